package dev.stride.kpi.platform;

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
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "stride-test")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post(realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The user's id (the token subject), which Stride records as owner. */
    public static String subjectOf(String username) {
        String payload = accessToken(username).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
