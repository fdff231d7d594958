package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.crm.events.TopicTail;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Each provider's documented payloads, signed or authenticated as the provider does, become Stride's records with
 * the events of its own API; stages and statuses go through the endpoint's mapping, which admins edit, and a delivery
 * that failed for a missing mapping is applied when replayed after the mapping is fixed.
 */
@QuarkusTest
class WebhookProvidersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void hubSpotBatchesCreateChangeAndDeleteRecordsEachPropertyInItsOwnOrder() {
        String secret = "app-secret-" + UUID.randomUUID();
        Map<String, Object> endpoint = create(Map.of("provider", "hubspot", "name", "HubSpot " + UUID.randomUUID(),
                "secret", secret));
        long company = id();
        long contact = id();
        long deal = id();
        String suffix = Long.toString(deal);
        long t = Instant.now().minusSeconds(600).toEpochMilli();
        try (TopicTail deals = TopicTail.of("crm.deals")) {
            hubSpot(endpoint, secret, "[" + String.join(",",
                    event(t, "company.creation", company, null, null),
                    event(t + 1, "company.propertyChange", company, "name", "Hub KK " + suffix),
                    event(t + 2, "contact.creation", contact, null, null),
                    event(t + 3, "contact.propertyChange", contact, "firstname", "Hanako"),
                    event(t + 4, "contact.propertyChange", contact, "lastname", "Sato " + suffix),
                    event(t + 5, "contact.propertyChange", contact, "email", "hanako@example.jp"),
                    event(t + 6, "contact.propertyChange", contact, "hs_lead_status", "IN_PROGRESS"),
                    event(t + 7, "deal.creation", deal, null, null),
                    event(t + 8, "deal.propertyChange", deal, "dealname", "Hub deal " + suffix),
                    event(t + 9, "deal.propertyChange", deal, "amount", "1500000"),
                    event(t + 10, "deal.propertyChange", deal, "dealstage", "presentationscheduled"),
                    event(t + 11, "deal.propertyChange", deal, "hs_priority", "high")) + "]");
            assertEquals(List.of("PROCESSED"), statuses(settled(endpoint, 1)), log(endpoint).toString());
            assertEquals("Not mapped: deal property hs_priority", log(endpoint).getFirst().get("reason"));

            assertEquals("Hub KK " + suffix, only("/accounts", suffix).get("name"));
            Map<String, Object> lead = only("/leads", suffix);
            assertEquals("Hanako Sato " + suffix, lead.get("name"), "first and last name, which came one by one");
            assertEquals("hanako@example.jp", lead.get("email"));
            assertEquals("CONTACTED", lead.get("status"));
            assertEquals("other", lead.get("source"));
            Map<String, Object> opened = only("/deals", suffix);
            assertEquals("Hub deal " + suffix, opened.get("name"));
            assertEquals(1_500_000, opened.get("amount"));
            assertEquals("Proposal", opened.get("stageName"));

            // the deal is won; then a rename made before all of this arrives late, and changes nothing
            hubSpot(endpoint, secret, "[" + event(t + 20, "deal.propertyChange", deal, "dealstage", "closedwon") + "]");
            hubSpot(endpoint, secret, "[" + event(t - 5, "deal.propertyChange", deal, "dealname", "Old name") + "]");
            assertEquals(List.of("SUPERSEDED", "PROCESSED", "PROCESSED"), statuses(settled(endpoint, 3)),
                    "newest first: the late rename changed nothing");
            admin().get("/deals/{id}", opened.get("id")).then().body("status", equalTo("WON"))
                    .body("name", equalTo("Hub deal " + suffix));
            List<String> types = deals.awaitRecords((String) opened.get("id"), 3).stream()
                    .map(record -> TopicTail.header(record, "ce_type")).toList();
            assertEquals("stride.crm.deal.created.v1", types.getFirst());
            assertEquals("stride.crm.deal.won.v1", types.getLast(), types.toString());
        }

        hubSpot(endpoint, secret, "[" + event(t + 30, "contact.deletion", contact, null, null) + "]");
        await().atMost(PATIENCE).until(() -> find("/leads", suffix) == null);
    }

    @Test
    void pipedriveEventsBuildAccountsContactsDealsAndActivitiesAndAnUnmappedStageWaitsForTheMapping() {
        Map<String, Object> endpoint = create(Map.of("provider", "pipedrive", "name",
                "Pipedrive " + UUID.randomUUID()));
        long org = id();
        long person = id();
        long deal = id();
        long custom = id();
        long activity = id();
        String suffix = Long.toString(deal);
        Instant t = Instant.now().minusSeconds(600);
        pipedrive(endpoint, "create", "organization", org, t, "{\"id\":" + org + ",\"name\":\"Pipe KK " + suffix
                + "\"}");
        pipedrive(endpoint, "create", "person", person, t.plusSeconds(1), "{\"id\":" + person + ",\"name\":\"Ito "
                + suffix + "\",\"org_id\":" + org + ",\"emails\":[{\"value\":\"ito@example.jp\",\"primary\":true}]}");
        pipedrive(endpoint, "create", "deal", deal, t.plusSeconds(2), "{\"id\":" + deal + ",\"title\":\"Pipe deal "
                + suffix + "\",\"value\":800000,\"currency\":\"JPY\",\"status\":\"open\",\"stage_id\":2,"
                + "\"org_id\":" + org + "}");
        pipedrive(endpoint, "create", "activity", activity, t.plusSeconds(3), "{\"id\":" + activity + ",\"subject\":"
                + "\"Call " + suffix + "\",\"type\":\"call\",\"due_date\":\"2026-11-20\",\"due_time\":\"01:00\","
                + "\"done\":true,\"deal_id\":" + deal + "}");
        assertEquals(List.of("PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED"), statuses(settled(endpoint, 4)),
                log(endpoint).toString());

        Map<String, Object> account = only("/accounts", suffix);
        assertEquals("Pipe KK " + suffix, account.get("name"));
        Map<String, Object> contact = only("/contacts", suffix);
        assertEquals("ito@example.jp", contact.get("email"));
        assertEquals(account.get("id"), contact.get("accountId"));
        Map<String, Object> opened = only("/deals", suffix);
        assertEquals("Needs analysis", opened.get("stageName"));
        assertEquals(account.get("id"), opened.get("accountId"));
        List<Map<String, Object>> activities = admin().queryParam("dealId", opened.get("id")).get("/activities")
                .then().statusCode(200).extract().path("items");
        assertEquals("CALL", activities.getFirst().get("type"));

        try (TopicTail deals = TopicTail.of("crm.deals")) {
            pipedrive(endpoint, "change", "deal", deal, t.plusSeconds(10), "{\"id\":" + deal + ",\"title\":"
                    + "\"Pipe deal " + suffix + "\",\"value\":800000,\"currency\":\"JPY\",\"status\":\"won\","
                    + "\"stage_id\":2,\"won_time\":\"" + t.plusSeconds(10) + "\",\"org_id\":" + org + "}");
            assertEquals("stride.crm.deal.won.v1", TopicTail.header(deals.awaitRecords((String) opened.get("id"), 1)
                    .getFirst(), "ce_type"), "the event the API's win publishes");
        }
        admin().get("/deals/{id}", opened.get("id")).then().body("status", equalTo("WON"));

        // a stage of a pipeline of their own: no mapping yet, so the delivery fails and says what to do
        pipedrive(endpoint, "create", "deal", custom, t.plusSeconds(20), "{\"id\":" + custom + ",\"title\":\"Custom "
                + suffix + "\",\"value\":1000,\"currency\":\"JPY\",\"status\":\"open\",\"stage_id\":77}");
        Map<String, Object> failed = await().atMost(PATIENCE).until(() -> log(endpoint).getFirst(),
                d -> "FAILED".equals(d.get("status")));
        assertEquals("stage: Pipedrive deal stage \"77\" has no mapping; add it to the endpoint's mapping and replay "
                + "the delivery", failed.get("reason"));
        assertNull(find("/deals", "Custom " + suffix), "nothing of it was applied");

        Map<String, Object> mapping = admin().get("/webhooks/endpoints/{id}/mapping", endpoint.get("id")).then()
                .statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        List<Object> stages = new java.util.ArrayList<>((List<Object>) mapping.get("dealStages"));
        stages.add(Map.of("from", "77", "status", "OPEN", "stage", "Contract"));
        mapping.put("dealStages", stages);
        admin().contentType(ContentType.JSON).body(mapping).put("/webhooks/endpoints/{id}/mapping", endpoint.get("id"))
                .then().statusCode(200).body("dealStages.from", hasItem("77"));
        admin().post("/webhooks/endpoints/{id}/deliveries/{delivery}/replay", endpoint.get("id"), failed.get("id"))
                .then().statusCode(204);
        await().atMost(PATIENCE).until(() -> find("/deals", "Custom " + suffix) != null);
        assertEquals("Contract", only("/deals", "Custom " + suffix).get("stageName"));

        pipedrive(endpoint, "delete", "activity", activity, t.plusSeconds(30), "null");
        await().atMost(PATIENCE).until(() -> admin().queryParam("dealId", opened.get("id")).get("/activities").then()
                .extract().path("items.size()").equals(0));
    }

    @Test
    void salesforceOutboundMessagesUpsertOpportunitiesLeadsAndAccounts() {
        Map<String, Object> endpoint = create(Map.of("provider", "salesforce", "name", "SF " + UUID.randomUUID(),
                "organizationId", "00D5g000004abcD", "allowedSenders", List.of("127.0.0.1/32")));
        String suffix = Long.toString(id());
        String account = "0015g" + suffix;
        String opportunity = "0065g" + suffix;
        String lead = "00Q5g" + suffix;
        Instant t = Instant.now().minusSeconds(600);
        TopicTail leads = TopicTail.of("crm.leads");
        salesforce(endpoint, "04k5g" + suffix,
                sObject("Account", account, t, "<sf:Name>SF KK " + suffix + "</sf:Name>")
                + sObject("Opportunity", opportunity, t.plusSeconds(1), "<sf:AccountId>" + account
                        + "</sf:AccountId><sf:Amount>2400000.0</sf:Amount><sf:CloseDate>2026-12-24</sf:CloseDate>"
                        + "<sf:Name>SF deal " + suffix + "</sf:Name><sf:StageName>Negotiation/Review</sf:StageName>")
                + sObject("Lead", lead, t.plusSeconds(2), "<sf:Company>SF Shoji</sf:Company><sf:FirstName>Jiro"
                        + "</sf:FirstName><sf:LastName>Suzuki " + suffix + "</sf:LastName><sf:Status>Closed - Not "
                        + "Converted</sf:Status>"));
        assertEquals(List.of("PROCESSED"), statuses(settled(endpoint, 1)), log(endpoint).toString());

        Map<String, Object> opened = only("/deals", suffix);
        assertEquals("Negotiation", opened.get("stageName"));
        assertEquals(2_400_000, opened.get("amount"));
        assertEquals(only("/accounts", suffix).get("id"), opened.get("accountId"));
        Map<String, Object> disqualified = only("/leads", suffix);
        assertEquals("Jiro Suzuki " + suffix, disqualified.get("name"));
        assertEquals("DISQUALIFIED", disqualified.get("status"));
        assertEquals("Salesforce lead status Closed - Not Converted", disqualified.get("disqualifyReason"));
        try (leads) {
            assertEquals(List.of("stride.crm.lead.created.v1", "stride.crm.lead.status-changed.v1"), leads
                    .awaitRecords((String) disqualified.get("id"), 2).stream()
                    .map(record -> TopicTail.header(record, "ce_type")).toList());
        }

        try (TopicTail deals = TopicTail.of("crm.deals")) {
            salesforce(endpoint, "04k5h" + suffix, sObject("Opportunity", opportunity, t.plusSeconds(60),
                    "<sf:StageName>Closed Won</sf:StageName>"));
            assertEquals("stride.crm.deal.won.v1", TopicTail.header(deals.awaitRecords((String) opened.get("id"), 1)
                    .getFirst(), "ce_type"), "the event the API's win publishes");
        }
        admin().get("/deals/{id}", opened.get("id")).then().body("amount", equalTo(2_400_000))
                .body("name", equalTo("SF deal " + suffix));
    }

    @Test
    void theMappingIsCheckedAndOnlyAdminsOfProvidersWithNamesOfTheirOwnHaveOne() {
        Map<String, Object> endpoint = create(Map.of("provider", "hubspot", "name", "HubSpot " + UUID.randomUUID(),
                "secret", "s"));
        Object id = endpoint.get("id");
        admin().get("/webhooks/endpoints/{id}/mapping", id).then().statusCode(200)
                .body("dealStages.find { it.from == 'closedwon' }.status", equalTo("WON"))
                .body("leadSource", equalTo("other")).body("currency", equalTo("JPY"));

        Map<String, Object> bad = Map.of("dealStages", List.of(Map.of("from", "closedwon", "status", "WON"),
                Map.of("from", "s1", "status", "OPEN", "stage", "Nowhere")), "leadStatuses", List.of(),
                "leadSource", "other", "lostReason", "Other", "currency", "JPY");
        admin().contentType(ContentType.JSON).body(bad).put("/webhooks/endpoints/{id}/mapping", id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dealStages[1].stage"))
                .body("errors[0].message", startsWith("pipeline \"Sales\" has no active stage called \"Nowhere\""));
        Map<String, Object> twice = Map.of("dealStages", List.of(), "leadStatuses", List.of(
                Map.of("from", "NEW", "status", "NEW"), Map.of("from", "NEW", "status", "QUALIFIED")),
                "leadSource", "other", "lostReason", "Other", "currency", "JPY");
        admin().contentType(ContentType.JSON).body(twice).put("/webhooks/endpoints/{id}/mapping", id).then()
                .statusCode(400).body("errors[0].field", equalTo("leadStatuses[1].from"));
        Map<String, Object> source = Map.of("dealStages", List.of(), "leadStatuses", List.of(),
                "leadSource", "carrier pigeon", "lostReason", "Other", "currency", "JPY");
        admin().contentType(ContentType.JSON).body(source).put("/webhooks/endpoints/{id}/mapping", id).then()
                .statusCode(400).body("errors[0].field", equalTo("leadSource"));
        admin().get("/webhooks/endpoints/{id}/mapping", id).then().body("dealStages.size()", equalTo(7));

        Map<String, Object> good = Map.of("dealStages", List.of(Map.of("from", "s1", "status", "OPEN",
                "pipeline", "Sales", "stage", "Proposal")), "leadStatuses", List.of(), "leadSource", "web",
                "lostReason", "Price", "currency", "USD");
        admin().contentType(ContentType.JSON).body(good).put("/webhooks/endpoints/{id}/mapping", id).then()
                .statusCode(200);
        admin().get("/webhooks/endpoints/{id}/mapping", id).then().body("dealStages.size()", equalTo(1))
                .body("currency", equalTo("USD"));
        admin().delete("/webhooks/endpoints/{id}/mapping", id).then().statusCode(200)
                .body("dealStages.size()", equalTo(7));
        admin().get("/webhooks/endpoints/{id}/mapping", id).then().body("currency", equalTo("JPY"));

        given().auth().oauth2(KeycloakTokens.accessToken("acme-rep")).get("/webhooks/endpoints/{id}/mapping", id)
                .then().statusCode(403);
        Map<String, Object> standard = create(Map.of("provider", "standard", "name", "Std " + UUID.randomUUID()));
        admin().get("/webhooks/endpoints/{id}/mapping", standard.get("id")).then().statusCode(409)
                .contentType("application/problem+json");
    }

    private static long id() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_000_000_000_000L);
    }

    private static String event(long at, String type, long objectId, String property, String value) {
        return "{\"eventId\":" + id() + ",\"subscriptionId\":1,\"portalId\":62515,\"appId\":54321,\"occurredAt\":" + at
                + ",\"subscriptionType\":\"" + type + "\",\"attemptNumber\":0,\"objectId\":" + objectId
                + (property == null ? "" : ",\"propertyName\":\"" + property + "\",\"propertyValue\":\"" + value + "\"")
                + ",\"changeSource\":\"CRM\"}";
    }

    private static void hubSpot(Map<String, Object> endpoint, String secret, String events) {
        byte[] body = events.getBytes(StandardCharsets.UTF_8);
        String now = Long.toString(Instant.now().toEpochMilli());
        String uri = "http://localhost:8080" + endpoint.get("path");
        given().contentType(ContentType.JSON).header("X-HubSpot-Request-Timestamp", now)
                .header("X-HubSpot-Signature-v3", HubSpotSignatures.v3(secret, "POST", uri, body, now)).body(body)
                .post("/webhooks/hubspot/{id}", endpoint.get("id")).then().statusCode(202);
    }

    private static void pipedrive(Map<String, Object> endpoint, String action, String entity, long id, Instant at,
            String data) {
        String body = "{\"meta\":{\"id\":\"" + UUID.randomUUID() + "\",\"action\":\"" + action + "\",\"entity\":\""
                + entity + "\",\"entity_id\":\"" + id + "\",\"version\":\"2.0\",\"timestamp\":\"" + at
                + "\",\"company_id\":\"12882925\"},\"data\":" + data + ",\"previous\":null}";
        given().auth().preemptive().basic((String) endpoint.get("username"), (String) endpoint.get("secret"))
                .contentType(ContentType.JSON).body(body).post("/webhooks/pipedrive/{id}", endpoint.get("id")).then()
                .statusCode(202);
    }

    private static String sObject(String type, String id, Instant modified, String fields) {
        return """
                <Notification><Id>04l%s%s</Id>
                 <sObject xsi:type="sf:%s" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <sf:Id>%s</sf:Id><sf:LastModifiedDate>%s</sf:LastModifiedDate>%s
                 </sObject>
                </Notification>""".formatted(id, modified.toEpochMilli(), type, id, modified, fields);
    }

    private static void salesforce(Map<String, Object> endpoint, String action, String notifications) {
        String message = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
                 <soapenv:Body>
                  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
                   <OrganizationId>00D5g000004abcDEAX</OrganizationId>
                   <ActionId>%s</ActionId>
                   %s
                  </notifications>
                 </soapenv:Body>
                </soapenv:Envelope>
                """.formatted(action, notifications);
        given().contentType("text/xml; charset=UTF-8").body(message).post("/webhooks/salesforce/{id}",
                endpoint.get("id")).then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> create(Map<String, ?> request) {
        return admin().contentType(ContentType.JSON).body(request).post("/webhooks/endpoints").then().statusCode(201)
                .extract().as(Map.class);
    }

    private static List<Map<String, Object>> log(Map<String, Object> endpoint) {
        return admin().get("/webhooks/endpoints/{id}/deliveries", endpoint.get("id")).then().statusCode(200)
                .extract().path("$");
    }

    /** The log once it holds {@code count} deliveries and none waits any more. */
    private static List<Map<String, Object>> settled(Map<String, Object> endpoint, int count) {
        return await().atMost(PATIENCE).until(() -> log(endpoint), log -> log.size() == count
                && log.stream().noneMatch(delivery -> "RECEIVED".equals(delivery.get("status"))));
    }

    private static List<String> statuses(List<Map<String, Object>> log) {
        return log.stream().map(delivery -> (String) delivery.get("status")).toList();
    }

    /** The one record of the collection whose text matches, or null. */
    private static Map<String, Object> find(String collection, String text) {
        List<Map<String, Object>> items = admin().queryParam("q", text).get(collection).then().statusCode(200)
                .extract().path("items");
        assertTrue(items.size() <= 1, items.toString());
        return items.isEmpty() ? null : items.getFirst();
    }

    private static Map<String, Object> only(String collection, String text) {
        Map<String, Object> found = find(collection, text);
        assertTrue(found != null, "no " + collection + " matches " + text);
        return found;
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(KeycloakTokens.accessToken("acme-admin"));
    }
}
