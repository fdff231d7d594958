package dev.stride.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks specification's own test vector, with the clock fixed at its timestamp, and what fails. */
class StandardWebhooksTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant SENT = Instant.ofEpochSecond(1614265330);

    @Test
    void theSpecificationsTestVectorPasses() {
        assertEquals(SIGNATURE, StandardWebhooks.signature(SECRET, ID, 1614265330, BODY));
        assertTrue(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE, BODY, SENT));
    }

    @Test
    void anyV1EntryOfTheListMayMatchAndAnyOfTheSecrets() {
        assertTrue(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP,
                "v1,bm90IGl0 v1a,whatever " + SIGNATURE, BODY, SENT));
        assertTrue(StandardWebhooks.verify(List.of(StandardWebhooks.newSecret(), SECRET), ID, TIMESTAMP, SIGNATURE,
                BODY, SENT), "the previous secret, kept valid after a rotation");
    }

    @Test
    void fiveMinutesOfToleranceBothWaysAndNotASecondMore() {
        assertTrue(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(300)));
        assertTrue(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE, BODY, SENT.minusSeconds(300)));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE, BODY, SENT.plusSeconds(301)));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE, BODY, SENT.minusSeconds(301)));
    }

    @Test
    void aTamperedBodyAnotherIdAWrongSecretOrMalformedHeadersFail() {
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, SIGNATURE,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), SENT));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), "msg_other", TIMESTAMP, SIGNATURE, BODY, SENT));
        assertFalse(StandardWebhooks.verify(List.of(StandardWebhooks.newSecret()), ID, TIMESTAMP, SIGNATURE, BODY,
                SENT));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, "soon", SIGNATURE, BODY, SENT));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, "g0hM9SsE+OTPJTGt", BODY, SENT));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), ID, TIMESTAMP, "v1,***", BODY, SENT));
        assertFalse(StandardWebhooks.verify(List.of(SECRET), null, TIMESTAMP, SIGNATURE, BODY, SENT));
    }
}
