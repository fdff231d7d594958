package dev.stride.analytics.platform;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test stack's Keycloak (client {@code stride-test}, direct grant, demo users). */
public final class KeycloakTokens {

    public static final String PASSWORD = "stride-demo-pass";

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
}
