package dev.stride.crm.platform;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * The acme teams the role tests rely on, created through the API as acme-admin when missing: "East" (managed by
 * acme-manager, with acme-rep) and "West" (managed by acme-admin, with acme-rep-2).
 */
public final class AcmeTeams {

    private static boolean ready;

    private AcmeTeams() {
    }

    public static synchronized void ensure() {
        if (ready) {
            return;
        }
        String admin = KeycloakTokens.accessToken("acme-admin");
        team(admin, "East", "acme-manager", "acme-rep");
        team(admin, "West", "acme-admin", "acme-rep-2");
        ready = true;
    }

    private static void team(String admin, String name, String manager, String member) {
        List<Map<String, Object>> teams = given().auth().oauth2(admin).get("/teams").then().statusCode(200)
                .extract().path("findAll { it.name == '" + name + "' }");
        String id = teams.isEmpty()
                ? given().auth().oauth2(admin).contentType(ContentType.JSON)
                        .body(Map.of("name", name, "managerId", KeycloakTokens.subjectOf(manager)))
                        .post("/teams").then().statusCode(201).extract().path("id")
                : (String) teams.getFirst().get("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("userId", KeycloakTokens.subjectOf(member)))
                .post("/teams/{id}/members", id).then().statusCode(200);
    }
}
