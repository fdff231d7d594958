package dev.stride.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.imports.CsvImport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each provider's documented payload shapes read as the changes Stride applies: kinds, external ids, columns, times,
 * aspects, and what is left out. (The same changes applied to a real database: {@code WebhookProvidersTest}.)
 */
class ProviderFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void hubSpotBatchesBecomeOneChangePerEventEachPropertyOrderedOnItsOwn() throws Exception {
        DeliveryChanges read = HubSpotEvents.read(json("""
                [{"eventId":1,"subscriptionId":12,"portalId":62515,"appId":54321,"occurredAt":1764320400000,
                  "subscriptionType":"deal.creation","attemptNumber":0,"objectId":501,"changeSource":"CRM"},
                 {"eventId":2,"subscriptionId":13,"portalId":62515,"appId":54321,"occurredAt":1764320400001,
                  "subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":501,
                  "propertyName":"dealstage","propertyValue":"closedwon","changeSource":"CRM"},
                 {"eventId":3,"occurredAt":1764320400002,"subscriptionType":"deal.propertyChange","objectId":501,
                  "propertyName":"closedate","propertyValue":"1764288000000"},
                 {"eventId":4,"occurredAt":1764320400003,"subscriptionType":"contact.propertyChange","objectId":77,
                  "propertyName":"hs_lead_status","propertyValue":"UNQUALIFIED"},
                 {"eventId":5,"occurredAt":1764320400004,"subscriptionType":"contact.propertyChange","objectId":77,
                  "propertyName":"favourite_colour","propertyValue":"red"},
                 {"eventId":6,"occurredAt":1764320400005,"subscriptionType":"ticket.creation","objectId":9},
                 {"eventId":7,"occurredAt":1764320400006,"subscriptionType":"company.deletion","objectId":300}]
                """), WebhookMapping.defaults(WebhookProvider.HUBSPOT));

        assertEquals(5, read.changes().size());
        assertEquals(List.of("contact property favourite_colour", "ticket.creation events"), read.ignored());
        RecordChange creation = read.changes().get(0);
        assertEquals("deals", creation.kind());
        assertEquals("hubspot:501", creation.externalId());
        assertEquals(RecordChange.WHOLE, creation.aspect());
        assertEquals(Instant.ofEpochMilli(1764320400000L), creation.occurredAt());
        assertEquals("HubSpot deal 501", creation.composed().placeholder());
        assertEquals(List.of("dealname"), creation.composed().properties());
        assertEquals("JPY", creation.defaults().get("currency"));

        RecordChange won = read.changes().get(1);
        assertEquals("dealstage", won.aspect());
        assertEquals("closedwon", won.value());
        assertEquals("WON", won.values().get("status"));
        assertEquals(Instant.ofEpochMilli(1764320400001L).toString(), won.values().get("closedAt"));
        assertTrue(won.values().containsKey("lostReason") && won.values().get("lostReason") == null,
                "a won deal has no loss reason any more");
        assertEquals("2025-11-28", read.changes().get(2).values().get("expectedCloseDate"));

        RecordChange status = read.changes().get(3);
        assertEquals("leads", status.kind());
        assertEquals("DISQUALIFIED", status.leadStatus().status());
        assertEquals("HubSpot lead status UNQUALIFIED", status.leadStatus().reason());
        assertEquals("other", status.defaults().get("source"));

        RecordChange deletion = read.changes().get(4);
        assertEquals("accounts", deletion.kind());
        assertTrue(deletion.delete());
    }

    @Test
    void anUnmappedHubSpotStageSaysHowToFixIt() {
        CsvImport.RowError error = assertThrows(CsvImport.RowError.class, () -> HubSpotEvents.read(json("""
                [{"occurredAt":1764320400000,"subscriptionType":"deal.propertyChange","objectId":1,
                  "propertyName":"dealstage","propertyValue":"123456789"}]"""),
                WebhookMapping.defaults(WebhookProvider.HUBSPOT)));
        assertEquals("stage", error.column());
        assertEquals("HubSpot deal stage \"123456789\" has no mapping; add it to the endpoint's mapping and replay the "
                + "delivery", error.getMessage());
    }

    @Test
    void pipedriveEventsCarryTheWholeObjectAndItsStatus() throws Exception {
        WebhookMapping mapping = WebhookMapping.defaults(WebhookProvider.PIPEDRIVE);
        DeliveryChanges open = PipedriveEvents.read(json("""
                {"meta":{"action":"create","entity":"deal","entity_id":"42","id":"9f0c","version":"2.0",
                         "timestamp":"2026-11-27T10:15:00.123Z","company_id":"12882925","user_id":"18487521"},
                 "data":{"id":42,"title":"Kaizen rollout","value":2500000,"currency":"JPY","status":"open",
                         "stage_id":3,"pipeline_id":1,"org_id":7,"owner_id":18487521,
                         "add_time":"2026-11-27T10:15:00Z","update_time":"2026-11-27T10:15:00Z",
                         "expected_close_date":"2026-12-20"},
                 "previous":null}"""), mapping, RECEIVED);
        RecordChange deal = open.changes().getFirst();
        assertEquals("deals", deal.kind());
        assertEquals("pipedrive:42", deal.externalId());
        assertEquals(Instant.parse("2026-11-27T10:15:00.123Z"), deal.occurredAt());
        assertEquals("Kaizen rollout", deal.values().get("name"));
        assertEquals("2500000", deal.values().get("amount"));
        assertEquals("pipedrive:7", deal.values().get("accountExternalId"));
        assertEquals("Proposal", deal.values().get("stage"));
        assertEquals("OPEN", deal.values().get("status"));
        assertEquals("2026-11-27T10:15:00Z", deal.values().get("createdAt"));

        DeliveryChanges lost = PipedriveEvents.read(json("""
                {"meta":{"action":"change","entity":"deal","entity_id":"42","timestamp":1764320400},
                 "data":{"id":42,"title":"Kaizen rollout","value":2500000,"currency":"JPY","status":"lost",
                         "stage_id":3,"lost_time":"2026-11-28 08:00:00","lost_reason":"Too expensive"},
                 "previous":{"status":"open"}}"""), mapping, RECEIVED);
        RecordChange change = lost.changes().getFirst();
        assertEquals(Instant.ofEpochSecond(1764320400), change.occurredAt());
        assertEquals("LOST", change.values().get("status"));
        assertEquals("2026-11-28T08:00:00Z", change.values().get("closedAt"));
        assertEquals("Other", change.values().get("lostReason"));
        assertTrue(!change.values().containsKey("stage"), "a closed deal keeps the stage it was in");
    }

    @Test
    void pipedrivePersonsActivitiesAndDeletions() throws Exception {
        WebhookMapping mapping = WebhookMapping.defaults(WebhookProvider.PIPEDRIVE);
        RecordChange person = PipedriveEvents.read(json("""
                {"meta":{"action":"create","entity":"person","entity_id":"11","timestamp":"2026-11-27T10:00:00Z"},
                 "data":{"id":11,"name":"佐藤 花子","org_id":7,"emails":[{"label":"work","value":"old@example.jp",
                         "primary":false},{"label":"work","value":"hanako@example.jp","primary":true}],
                         "phones":[{"label":"mobile","value":"090-1234-5678","primary":true}]}}"""), mapping,
                RECEIVED).changes().getFirst();
        assertEquals("contacts", person.kind());
        assertEquals("hanako@example.jp", person.values().get("email"));
        assertEquals("090-1234-5678", person.values().get("phone"));
        assertEquals("pipedrive:7", person.values().get("accountExternalId"));

        DeliveryChanges orphan = PipedriveEvents.read(json("""
                {"meta":{"action":"create","entity":"person","entity_id":"12"},"data":{"id":12,"name":"x"}}"""),
                mapping, RECEIVED);
        assertEquals(List.of(), orphan.changes());
        assertTrue(orphan.ignored().getFirst().contains("without an organization"), orphan.ignored().toString());

        RecordChange activity = PipedriveEvents.read(json("""
                {"meta":{"action":"change","entity":"activity","entity_id":"55","timestamp":"2026-11-27T11:00:00Z"},
                 "data":{"id":55,"subject":"Demo","type":"meeting","due_date":"2026-11-28","due_time":"02:30",
                         "duration":"01:30","done":true,"deal_id":42,"note":"went well"}}"""), mapping, RECEIVED)
                .changes().getFirst();
        assertEquals("MEETING", activity.values().get("type"));
        assertEquals("2026-11-28T02:30:00Z", activity.values().get("at"));
        assertEquals("90", activity.values().get("durationMinutes"));
        assertEquals("true", activity.values().get("completed"));
        assertEquals("pipedrive:42", activity.values().get("dealExternalId"));
        assertNull(activity.values().get("leadExternalId"));

        RecordChange deletion = PipedriveEvents.read(json("""
                {"meta":{"action":"delete","entity":"organization","entity_id":"7","timestamp":"2026-11-28T00:00:00Z"},
                 "data":null,"previous":{"id":7,"name":"Acme"}}"""), mapping, RECEIVED).changes().getFirst();
        assertTrue(deletion.delete());
        assertEquals("accounts", deletion.kind());
        assertEquals(List.of("Pipedrive product events"), PipedriveEvents.read(json("""
                {"meta":{"action":"create","entity":"product","entity_id":"1"},"data":{"id":1}}"""), mapping,
                RECEIVED).ignored());
    }

    @Test
    void salesforceNotificationsCarryTheFieldsTheMessageSends() {
        String message = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
                 <soapenv:Body>
                  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
                   <OrganizationId>00D5g000004abcDEAX</OrganizationId>
                   <ActionId>04k5g000000abcdAAA</ActionId>
                   <Notification>
                    <Id>04l5g0000000001AAA</Id>
                    <sObject xsi:type="sf:Opportunity" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                     <sf:Id>0065g00000AbCdEAAV</sf:Id>
                     <sf:AccountId>0015g00000XyZwVAAV</sf:AccountId>
                     <sf:Amount>1800000.0</sf:Amount>
                     <sf:CloseDate>2026-12-24</sf:CloseDate>
                     <sf:LastModifiedDate>2026-11-28T08:30:00.000Z</sf:LastModifiedDate>
                     <sf:Name>Global rollout</sf:Name>
                     <sf:StageName>Negotiation/Review</sf:StageName>
                    </sObject>
                   </Notification>
                   <Notification>
                    <Id>04l5g0000000002AAA</Id>
                    <sObject xsi:type="sf:Lead" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                     <sf:Id>00Q5g00000LmNoPEAV</sf:Id>
                     <sf:Company>Tanaka Shoji</sf:Company>
                     <sf:Email xsi:nil="true"/>
                     <sf:FirstName>Ichiro</sf:FirstName>
                     <sf:LastName>Tanaka</sf:LastName>
                     <sf:Status>Working - Contacted</sf:Status>
                    </sObject>
                   </Notification>
                   <Notification>
                    <Id>04l5g0000000003AAA</Id>
                    <sObject xsi:type="sf:Case" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                     <sf:Id>5005g00000AAAAAAA1</sf:Id>
                    </sObject>
                   </Notification>
                  </notifications>
                 </soapenv:Body>
                </soapenv:Envelope>
                """;
        DeliveryChanges read = SalesforceOutboundMessages.changes(message.getBytes(StandardCharsets.UTF_8),
                WebhookMapping.defaults(WebhookProvider.SALESFORCE), RECEIVED);

        assertEquals(List.of("Salesforce Case notifications"), read.ignored());
        RecordChange deal = read.changes().get(0);
        assertEquals("salesforce:0065g00000AbCdEAAV", deal.externalId());
        assertEquals(Instant.parse("2026-11-28T08:30:00Z"), deal.occurredAt());
        assertEquals("salesforce:0015g00000XyZwVAAV", deal.values().get("accountExternalId"));
        assertEquals("1800000.0", deal.values().get("amount"));
        assertEquals("2026-12-24", deal.values().get("expectedCloseDate"));
        assertEquals("Negotiation", deal.values().get("stage"));

        RecordChange lead = read.changes().get(1);
        assertEquals("leads", lead.kind());
        assertEquals(RECEIVED, lead.occurredAt(), "undated notifications are dated by their arrival");
        assertEquals("Ichiro Tanaka", lead.values().get("name"));
        assertTrue(lead.values().containsKey("email") && lead.values().get("email") == null, "nil clears it");
        assertTrue(!lead.values().containsKey("phone"), "a field the message leaves out is left alone");
        assertEquals("CONTACTED", lead.leadStatus().status());
    }

    @Test
    void theGenericFormatDeletesAndSetsLeadStatuses() throws Exception {
        RecordChange deletion = GenericFormat.read(json("""
                {"kind":"deals","externalId":"D-1","occurredAt":"2026-11-28T09:00:00Z","action":"delete"}"""))
                .changes().getFirst();
        assertTrue(deletion.delete());
        RecordChange lead = GenericFormat.read(json("""
                {"kind":"leads","externalId":"L-1","occurredAt":"2026-11-28T09:00:00Z",
                 "fields":{"name":"x","status":"DISQUALIFIED","statusReason":"no budget"}}""")).changes().getFirst();
        assertEquals(new RecordChange.LeadStatus("DISQUALIFIED", "no budget"), lead.leadStatus());
        assertTrue(!lead.values().containsKey("status"), "the status is no import column");
        CsvImport.RowError error = assertThrows(CsvImport.RowError.class, () -> GenericFormat.read(json("""
                {"kind":"deals","externalId":"D-1","occurredAt":"2026-11-28T09:00:00Z","action":"archive"}""")));
        assertEquals("action", error.column());
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
