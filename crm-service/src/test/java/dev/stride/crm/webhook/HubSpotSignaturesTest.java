package dev.stride.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** HubSpot's signatures: its documentation's own v1 and v2 examples, and v3 as the documentation describes it. */
class HubSpotSignaturesTest {

    private static final String SECRET = "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy";
    private static final byte[] DOCUMENTED_BODY = ("[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,"
            + "\"occurredAt\":1564113600000,\"subscriptionType\":\"contact.creation\",\"attemptNumber\":0,"
            + "\"objectId\":123,\"changeSource\":\"CRM\",\"changeFlag\":\"NEW\",\"appId\":54321}]")
            .getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    @Test
    void theDocumentationsV1AndV2ExamplesHashAsDocumented() {
        assertEquals("232db2615f3d666fe21a8ec971ac7b5402d33b9a925784df3ca654d05f4817de",
                HubSpotSignatures.v1(SECRET, DOCUMENTED_BODY));
        assertEquals("eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e",
                HubSpotSignatures.v2(SECRET, "GET", "https://www.example.com/webhook_uri", new byte[0]));
    }

    @Test
    void v3IsTheBase64HmacOfMethodDecodedUriBodyAndTimestamp() throws Exception {
        String timestamp = Long.toString(NOW.toEpochMilli());
        String sent = "https://stride.example.com/api/crm/webhooks/hubspot/e1?name=a%3Ab%2Fc%20d";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                ("POST" + "https://stride.example.com/api/crm/webhooks/hubspot/e1?name=a:b/c%20d"
                        + new String(DOCUMENTED_BODY, StandardCharsets.UTF_8) + timestamp)
                        .getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, HubSpotSignatures.v3(SECRET, "POST", sent, DOCUMENTED_BODY, timestamp),
                "%3A and %2F are decoded, %20 is not (HubSpot's list)");
        assertTrue(verify(List.of("another", SECRET), false, sent, expected, timestamp, NOW.plusSeconds(300)));
        assertFalse(verify(List.of(SECRET), false, sent, expected, timestamp, NOW.plusSeconds(301)), "stale");
        assertFalse(verify(List.of("another"), false, sent, expected, timestamp, NOW), "wrong secret");
        assertFalse(verify(List.of(SECRET), false, sent.replace("e1", "e2"), expected, timestamp, NOW),
                "another URI");
    }

    @Test
    void v1AndV2CountOnlyWhereTheEndpointAcceptsThem() {
        Map<String, String> v1 = Map.of("x-hubspot-signature", HubSpotSignatures.v1(SECRET, DOCUMENTED_BODY),
                "x-hubspot-signature-version", "v1");
        assertTrue(HubSpotSignatures.verify(List.of(SECRET), true, "POST", "https://x/y", v1, DOCUMENTED_BODY, NOW));
        assertFalse(HubSpotSignatures.verify(List.of(SECRET), false, "POST", "https://x/y", v1, DOCUMENTED_BODY,
                NOW));
    }

    private static boolean verify(List<String> secrets, boolean legacy, String uri, String signature,
            String timestamp, Instant now) {
        return HubSpotSignatures.verify(secrets, legacy, "POST", uri, Map.of("x-hubspot-signature-v3", signature,
                "x-hubspot-request-timestamp", timestamp), DOCUMENTED_BODY, now);
    }
}
