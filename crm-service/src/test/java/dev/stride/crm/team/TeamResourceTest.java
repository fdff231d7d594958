package dev.stride.crm.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.crm.platform.AcmeTeams;
import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams with real tokens: the tenant's users come from the stack's Keycloak. */
@QuarkusTest
class TeamResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theTenantsUsersComeFromKeycloakWithTheirNames() {
        as("acme-admin").get("/teams/users")
                .then().statusCode(200)
                .body("username", hasItems("acme-admin", "acme-manager", "acme-rep", "acme-rep-2"))
                .body("username", not(hasItem("globex-rep")))
                .body("find { it.username == 'acme-rep' }.displayName", equalTo("Sota Takahashi"))
                .body("find { it.username == 'acme-rep' }.id", equalTo(KeycloakTokens.subjectOf("acme-rep")));
    }

    @Test
    void aUsersFirstRequestRecordsTheirNameWhichOutlivesTheirAccount() throws Exception {
        as("acme-rep-2").get("/teams").then().statusCode(200);
        String rep2 = KeycloakTokens.subjectOf("acme-rep-2");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into known_user (tenant_id, user_id, username, display_name, first_seen_at)
                values ('acme', 'departed-' || gen_random_uuid(), 'departed', 'Ayumi Departed', now())""")) {
            s.executeUpdate();
        }

        as("acme-admin").get("/teams/users")
                .then().statusCode(200)
                .body("find { it.id == '" + rep2 + "' }.active", equalTo(true))
                .body("find { it.displayName == 'Ayumi Departed' }.active", equalTo(false));
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select display_name from known_user where tenant_id = 'acme' and user_id = ?")) {
            s.setString(1, rep2);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "acme-rep-2 was recorded on their first request");
                assertEquals("Kenta Ito", rs.getString(1));
            }
        }
    }

    @Test
    void aManagerMustBeAUserOfTheTenant() {
        as("acme-admin").contentType(ContentType.JSON)
                .body(Map.of("name", "Ghosts " + UUID.randomUUID(),
                        "managerId", KeycloakTokens.subjectOf("globex-rep")))
                .post("/teams")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("managerId"));
    }

    @Test
    void aUserIsInOneTeamAtATime() {
        AcmeTeams.ensure();
        String other = as("acme-admin").contentType(ContentType.JSON)
                .body(Map.of("name", "North " + UUID.randomUUID(), "managerId", KeycloakTokens.subjectOf("acme-admin")))
                .post("/teams").then().statusCode(201).extract().path("id");

        as("acme-admin").contentType(ContentType.JSON).body(Map.of("userId", KeycloakTokens.subjectOf("acme-rep")))
                .post("/teams/{id}/members", other)
                .then().statusCode(409).body("detail", containsString("East"));
        as("acme-admin").delete("/teams/{id}", other).then().statusCode(204);
    }

    @Test
    void teamNamesAreUniqueInATenant() {
        AcmeTeams.ensure();

        as("acme-admin").contentType(ContentType.JSON)
                .body(Map.of("name", "east", "managerId", KeycloakTokens.subjectOf("acme-admin")))
                .post("/teams").then().statusCode(400).body("errors.field", hasItem("name"));
    }

    @Test
    void onlyAdminsChangeTeamsAndOtherTenantsCannotSeeThem() {
        AcmeTeams.ensure();
        String east = as("acme-rep").get("/teams").then().statusCode(200)
                .extract().path("find { it.name == 'East' }.id");

        as("acme-manager").contentType(ContentType.JSON)
                .body(Map.of("userId", KeycloakTokens.subjectOf("acme-rep-2"))).post("/teams/{id}/members", east)
                .then().statusCode(403);
        as("globex-admin").get("/teams/{id}", east).then().statusCode(404);
        as("globex-admin").delete("/teams/{id}", east).then().statusCode(404);
        as("globex-admin").get("/teams").then().body("id", not(hasItem(east)));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user));
    }
}
