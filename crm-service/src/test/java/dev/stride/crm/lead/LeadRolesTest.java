package dev.stride.crm.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.crm.platform.AcmeTeams;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may change a lead, with real tokens of the demo users. */
@QuarkusTest
class LeadRolesTest {

    @Test
    void aRepCannotChangeOrConvertAnotherTeamsLeadButItsManagerCan() {
        AcmeTeams.ensure();
        String id = Leads.create(as("acme-rep"), Leads.aLead());

        as("acme-rep-2").contentType(ContentType.JSON).body(Leads.aLead()).put("/leads/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        as("acme-rep-2").contentType(ContentType.JSON).body(Map.of("status", "CONTACTED"))
                .post("/leads/{id}/status", id).then().statusCode(403);
        as("acme-rep-2").contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id).then().statusCode(403);
        as("acme-manager").contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id).then().statusCode(201)
                .body("deal.ownerId", equalTo(KeycloakTokens.subjectOf("acme-rep")));
    }

    @Test
    void anotherTenantsLeadIsNotFoundOnEveryEndpoint() {
        String id = Leads.create(as("acme-rep"), Leads.aLead());

        as("globex-admin").get("/leads/{id}", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Leads.aLead()).put("/leads/{id}", id)
                .then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Map.of("status", "CONTACTED"))
                .post("/leads/{id}/status", id).then().statusCode(404);
        as("globex-admin").contentType(ContentType.JSON).body(Leads.aConversion())
                .post("/leads/{id}/convert", id).then().statusCode(404);
        as("globex-admin").delete("/leads/{id}", id).then().statusCode(404);
        as("acme-rep").get("/leads/{id}", id).then().statusCode(200).body("status", equalTo("NEW"));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
