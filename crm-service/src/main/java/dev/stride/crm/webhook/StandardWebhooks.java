package dev.stride.crm.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks v1 (standardwebhooks.com): the sender signs {@code <webhook-id>.<webhook-timestamp>.<body>} with
 * HMAC-SHA256 under the secret's bytes (the base64 after {@code whsec_}) and sends {@code webhook-signature}: a
 * space-separated list of {@code v1,<base64>} entries, any of which may match (so a sender can rotate). The timestamp
 * (seconds) must lie within five minutes of now, both ways. Comparison is constant-time.
 */
final class StandardWebhooks {

    static final String PREFIX = "whsec_";
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {
    }

    /** A new secret: 24 random bytes, base64, with the {@code whsec_} prefix. */
    static String newSecret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * True when the delivery is signed by one of the secrets and its timestamp is within the tolerance of now; false
     * for anything missing, malformed, stale or wrong (the caller never says which).
     */
    static boolean verify(List<String> secrets, String id, String timestamp, String signatures, byte[] body,
            Instant now) {
        if (id == null || timestamp == null || signatures == null || !fresh(timestamp, now)) {
            return false;
        }
        byte[] content = concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        boolean matched = false;
        for (String secret : secrets) {
            byte[] expected = sign(secret, content);
            if (expected == null) {
                continue;
            }
            for (String entry : signatures.trim().split(" +")) {
                if (entry.startsWith("v1,")) {
                    byte[] given = decode(entry.substring(3));
                    // every entry is compared, so the time taken says nothing about which one matched
                    matched |= given != null && MessageDigest.isEqual(expected, given);
                }
            }
        }
        return matched;
    }

    /** The {@code webhook-signature} value for this content: {@code v1,<base64>}. */
    static String signature(String secret, String id, long timestamp, byte[] body) {
        byte[] content = concat((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
        return "v1," + Base64.getEncoder().encodeToString(sign(secret, content));
    }

    private static boolean fresh(String timestamp, Instant now) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
            return Duration.between(sent, now).abs().compareTo(TOLERANCE) <= 0;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }

    private static byte[] sign(String secret, byte[] content) {
        byte[] key = decode(secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret);
        if (key == null || key.length == 0) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
