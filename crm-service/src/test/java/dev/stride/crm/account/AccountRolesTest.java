package dev.stride.crm.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.stride.crm.platform.AcmeTeams;
import dev.stride.crm.platform.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Who may change what, with real tokens of the demo users. */
@QuarkusTest
class AccountRolesTest {

    @Test
    void aRepCannotChangeAnotherTeamsAccountButItsManagerCan() {
        AcmeTeams.ensure();
        String id = Accounts.create(given().auth().oauth2(KeycloakTokens.accessToken("acme-rep")),
                Accounts.anAccount("Roles Matrix KK"));

        given().auth().oauth2(KeycloakTokens.accessToken("acme-rep-2"))
                .contentType(ContentType.JSON).body(Accounts.anAccount("Taken over"))
                .put("/accounts/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.accessToken("acme-rep-2"))
                .delete("/accounts/{id}", id)
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessToken("acme-manager"))
                .contentType(ContentType.JSON).body(Accounts.anAccount("Roles Matrix GK"))
                .put("/accounts/{id}", id)
                .then().statusCode(200).body("ownerId", equalTo(KeycloakTokens.subjectOf("acme-rep")));
    }

    @Test
    void anotherTenantsAccountIsNotFoundOnEveryEndpoint() {
        String id = Accounts.create(given().auth().oauth2(KeycloakTokens.accessToken("acme-rep")),
                Accounts.anAccount("Acme Only KK"));
        String globex = KeycloakTokens.accessToken("globex-admin");

        given().auth().oauth2(globex).get("/accounts/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).contentType(ContentType.JSON).body(Accounts.anAccount("Stolen"))
                .put("/accounts/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).delete("/accounts/{id}", id).then().statusCode(404);
        given().auth().oauth2(globex).queryParam("q", "Acme Only KK").get("/accounts")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
