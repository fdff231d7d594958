package dev.stride.crm.platform;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test stack's Keycloak (client {@code stride-test}, direct grant, demo users). */
public final class KeycloakTokens {

    public static final String PASSWORD = "stride-demo-pass";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeycloakTokens() {
    }

    public static String accessToken(String username) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "stride-test")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The user id (token subject) of a demo user: what owner, manager and member fields hold. */
    public static String subjectOf(String username) {
        String payload = accessToken(username).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token the realm's service-account client gets for itself: valid, but not minted for Stride's API. */
    public static String serviceAccountToken() {
        return given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "stride-services")
                .formParam("client_secret", ConfigProvider.getConfig()
                        .getValue("quarkus.keycloak.admin-client.client-secret", String.class))
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String tokenEndpoint() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                + "/protocol/openid-connect/token";
    }
}
