package dev.stride.crm.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.stride.crm.platform.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "rep-leads", roles = "rep")
@OidcSecurity(claims = @Claim(key = "tenant", value = LeadResourceTest.TENANT))
class LeadResourceTest {

    static final String TENANT = "lead-resource-test";

    @Inject
    TenantRows rows;

    @Test
    void newLeadIsNewAndOwnedByItsCreator() {
        String location = given().contentType(ContentType.JSON).body(Leads.aLead())
                .post("/leads")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("NEW"))
                .body("ownerId", equalTo("rep-leads"))
                .body("source", equalTo("web"))
                .extract().header("Location");

        given().get(location).then().statusCode(200).body("company", equalTo("さくら精機株式会社"));
    }

    @Test
    void unknownSourceIsRejectedListingTheTenantsSources() {
        long before = rows.count("lead", TENANT);

        given().contentType(ContentType.JSON).body(Leads.aLead("source", "carrier pigeon"))
                .post("/leads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("source"))
                .body("detail", containsString("referral"));
        assertEquals(before, rows.count("lead", TENANT));
    }

    @Test
    void badEmailIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(Leads.aLead("email", "not-an-email"))
                .post("/leads")
                .then().statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    @TestSecurity(user = "admin-leads", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT + "-sources"))
    void anAdminsSourcesReplaceTheBuiltInOnes() {
        given().contentType(ContentType.JSON).body(Map.of("sources", List.of("展示会", "紹介")))
                .put("/leads/sources")
                .then().statusCode(200);

        given().get("/leads/sources").then().body("sources", equalTo(List.of("展示会", "紹介")));
        given().contentType(ContentType.JSON).body(Leads.aLead("source", "展示会"))
                .post("/leads").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Leads.aLead("source", "web"))
                .post("/leads").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("sources", List.of("展示会", "展示会")))
                .put("/leads/sources")
                .then().statusCode(400).body("errors.field", hasItem("sources"));
    }

    @Test
    void statusMovesThroughTheFunnelAndQualificationIsDated() {
        String id = Leads.create();
        Leads.setStatus(id, "CONTACTED", null);

        given().contentType(ContentType.JSON).body(Map.of("status", "QUALIFIED"))
                .post("/leads/{id}/status", id)
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("QUALIFIED"))
                .body("qualifiedAt", notNullValue());
    }

    @Test
    void disqualifyingNeedsAReasonAndCanBeUndone() {
        String id = Leads.create();

        given().contentType(ContentType.JSON).body(Map.of("status", "DISQUALIFIED"))
                .post("/leads/{id}/status", id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Leads.setStatus(id, "DISQUALIFIED", "Student, no budget");
        given().contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id)
                .then().statusCode(409).body("detail", containsString("disqualified"));
        Leads.setStatus(id, "CONTACTED", null);
        given().get("/leads/{id}", id).then().body("status", equalTo("CONTACTED"))
                .body("disqualifyReason", nullValue());
    }

    @Test
    void statusCannotBeSetToConvertedByHand() {
        String id = Leads.create();

        given().contentType(ContentType.JSON).body(Map.of("status", "CONVERTED"))
                .post("/leads/{id}/status", id)
                .then().statusCode(400).body("detail", containsString("/convert"));
    }

    @Test
    void conversionCreatesAccountContactAndDealInOneGo() {
        String id = Leads.create();

        var conversion = given().contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id)
                .then().statusCode(201)
                .header("Location", containsString("/deals/"))
                .body("accountCreated", equalTo(true))
                .body("contactCreated", equalTo(true))
                .body("lead.status", equalTo("CONVERTED"))
                .body("deal.sourceLeadId", equalTo(id))
                .body("deal.leadSource", equalTo("web"))
                .body("deal.ownerId", equalTo("rep-leads"))
                .extract();
        String account = conversion.path("accountId");
        String contact = conversion.path("contactId");

        given().get("/accounts/{id}", account).then().statusCode(200).body("name", equalTo("さくら精機株式会社"));
        given().get("/contacts/{id}", contact).then().statusCode(200)
                .body("accountId", equalTo(account))
                .body("email", equalTo("ichiro.tanaka@sakura-seiki.example"));
        given().get("/deals/{id}", conversion.<String>path("deal.id")).then().body("accountId", equalTo(account));
        given().get("/leads/{id}", id).then()
                .body("dealId", equalTo(conversion.<String>path("deal.id")))
                .body("convertedAt", notNullValue());
        given().queryParam("source", "web").queryParam("accountId", account).get("/deals")
                .then().body("total", equalTo(1));
        given().queryParam("source", "referral").queryParam("accountId", account).get("/deals")
                .then().body("total", equalTo(0));
    }

    @Test
    void conversionLinksAnExistingContactAndItsAccount() {
        String account = given().contentType(ContentType.JSON).body(Map.of("name", "既存商事"))
                .post("/accounts").then().statusCode(201).extract().path("id");
        String contact = given().contentType(ContentType.JSON).body(Map.of("accountId", account, "name", "既存 花子"))
                .post("/contacts").then().statusCode(201).extract().path("id");
        String id = Leads.create();
        long accounts = rows.count("account", TENANT);

        given().contentType(ContentType.JSON).body(Leads.aConversion("contactId", contact))
                .post("/leads/{id}/convert", id)
                .then().statusCode(201)
                .body("accountId", equalTo(account))
                .body("contactId", equalTo(contact))
                .body("accountCreated", equalTo(false))
                .body("contactCreated", equalTo(false));
        assertEquals(accounts, rows.count("account", TENANT));
    }

    @Test
    void aRefusedConversionWritesNothing() {
        String id = Leads.create();
        long accounts = rows.count("account", TENANT);
        long contacts = rows.count("contact", TENANT);
        long deals = rows.count("deal", TENANT);

        // the account and contact are created before the deal's stage is found unknown: all of it rolls back, and
        // with it their events, which are only ever written in the same transaction (the outbox)
        given().contentType(ContentType.JSON).body(Leads.aConversion("deal", Map.of("name", "Deal", "amount", 1,
                        "currency", "JPY", "stageId", UUID.randomUUID())))
                .post("/leads/{id}/convert", id)
                .then().statusCode(400).body("errors.field", hasItem("stageId"));

        assertEquals(accounts, rows.count("account", TENANT));
        assertEquals(contacts, rows.count("contact", TENANT));
        assertEquals(deals, rows.count("deal", TENANT));
        given().get("/leads/{id}", id).then().body("status", equalTo("NEW")).body("version", equalTo(0));
    }

    @Test
    void aLeadIsConvertedOnlyOnceAndThenNeverChanges() {
        String id = Leads.create();
        given().contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id).then().statusCode(201);

        given().contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id).then().statusCode(409)
                .body("detail", containsString("was converted"));
        given().contentType(ContentType.JSON).body(Map.of("status", "NEW"))
                .post("/leads/{id}/status", id).then().statusCode(409);
        given().delete("/leads/{id}", id).then().statusCode(409);
    }

    @Test
    void conversionWithADealMissingItsAmountIsRejectedNamingTheField() {
        String id = Leads.create();

        given().contentType(ContentType.JSON).body(Map.of("deal", Map.of("name", "No amount", "currency", "JPY")))
                .post("/leads/{id}/convert", id)
                .then().statusCode(400).body("errors.field", hasItem("deal.amount"));
    }

    @Test
    void listFiltersByStatusSourceAndText() {
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        Leads.create(given(), Leads.aLead("company", marker + " A", "source", "event"));
        String qualified = Leads.create(given(), Leads.aLead("company", marker + " B", "source", "event"));
        Leads.create(given(), Leads.aLead("company", marker + " C", "source", "ads"));
        Leads.setStatus(qualified, "QUALIFIED", null);

        given().queryParam("q", marker.toLowerCase()).queryParam("source", "event").get("/leads")
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("q", marker).queryParam("status", "qualified").get("/leads")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(qualified));
        given().queryParam("status", "LOST").get("/leads")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void staleIfMatchIsRefused() {
        String id = Leads.create();
        Leads.setStatus(id, "CONTACTED", null);

        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Leads.aLead())
                .put("/leads/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("instance", endsWith("/leads/" + id));
    }
}
