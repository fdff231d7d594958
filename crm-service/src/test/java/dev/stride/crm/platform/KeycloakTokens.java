package dev.stride.crm.platform;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test stack's Keycloak (client {@code stride-test}, direct grant, demo users). */
public final class KeycloakTokens {

    public static final String PASSWORD = "stride-demo";

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

    /** A token the realm's service-account client gets for itself: valid, but not minted for Stride's API. */
    public static String serviceAccountToken() {
        return given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "stride-services")
                .formParam("client_secret", "stride-services-secret")
                .post(tokenEndpoint())
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String tokenEndpoint() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class)
                + "/protocol/openid-connect/token";
    }
}
