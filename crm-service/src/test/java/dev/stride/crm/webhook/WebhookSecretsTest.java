package dev.stride.crm.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stride.crm.platform.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Webhook secrets are sealed for their endpoint and column: a value moved to another row or column no longer opens,
 * and values sealed before that binding are sealed again at start and keep verifying deliveries.
 */
@QuarkusTest
class WebhookSecretsTest {

    @Inject
    SecretBox box;

    @Inject
    WebhookSecretsResealing resealing;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookRows rows;

    @ConfigProperty(name = "stride.webhooks.encryption-key")
    String key;

    @Test
    void aSealedSecretOpensOnlyForItsEndpointAndColumn() {
        UUID endpoint = UUID.randomUUID();
        byte[] sealed = box.seal("whsec_only-here", endpoint, SecretBox.Column.SECRET);

        assertEquals("whsec_only-here", box.open(sealed, SecretBox.BOUND, endpoint, SecretBox.Column.SECRET));
        assertThrows(SecretBox.Unreadable.class,
                () -> box.open(sealed, SecretBox.BOUND, UUID.randomUUID(), SecretBox.Column.SECRET));
        assertThrows(SecretBox.Unreadable.class,
                () -> box.open(sealed, SecretBox.BOUND, endpoint, SecretBox.Column.PREVIOUS_SECRET));
    }

    @Test
    void aSecretCopiedIntoAnotherEndpointsRowVerifiesNothingThere() throws SQLException {
        Map<String, Object> first = endpoint();
        Map<String, Object> second = endpoint();
        assertEquals(1, rows.update("update webhook_endpoint set secret = (select secret from webhook_endpoint "
                + "where id = ?) where id = ?", UUID.fromString((String) first.get("id")),
                UUID.fromString((String) second.get("id"))));

        deliver(second, (String) first.get("secret")).then().statusCode(401);
        deliver(first, (String) first.get("secret")).then().statusCode(202);
    }

    @Test
    void secretsSealedBeforeTheBindingAreSealedAgainAndStillVerify() throws Exception {
        Map<String, Object> endpoint = endpoint();
        String secret = (String) endpoint.get("secret");
        assertEquals(1, rows.update("update webhook_endpoint set secret = ?, sealing = 1 where id = ?", unbound(secret),
                UUID.fromString((String) endpoint.get("id"))));
        deliver(endpoint, secret).then().statusCode(202); // still read as it was sealed

        assertEquals(true, resealing.reseal() >= 1);

        assertEquals(SecretBox.BOUND, sealing(endpoint));
        deliver(endpoint, secret).then().statusCode(202);
        assertEquals(0, resealing.reseal(), "nothing is left to reseal");
    }

    /** The secret sealed as before V15: AES-GCM under the same key, no associated data. */
    private byte[] unbound(String secret) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
    }

    private short sealing(Map<String, Object> endpoint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select sealing from webhook_endpoint where id = ?")) {
            select.setObject(1, UUID.fromString((String) endpoint.get("id")));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getShort(1);
            }
        }
    }

    private static Map<String, Object> endpoint() {
        return given().auth().oauth2(KeycloakTokens.accessToken("acme-admin")).contentType(ContentType.JSON)
                .body(Map.of("provider", "standard", "name", "Sealed " + UUID.randomUUID()))
                .post("/webhooks/endpoints").then().statusCode(201).extract().as(Map.class);
    }

    private static io.restassured.response.Response deliver(Map<String, Object> endpoint, String secret) {
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        return given().contentType(ContentType.JSON).header("webhook-id", id).header("webhook-timestamp", now)
                .header("webhook-signature", StandardWebhooks.signature(secret, id, now, body))
                .body(body).post("/webhooks/standard/{id}", endpoint.get("id"));
    }
}
