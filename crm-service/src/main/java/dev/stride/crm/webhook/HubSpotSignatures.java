package dev.stride.crm.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's request signatures (developers.hubspot.com, "Validating requests"). v3: {@code X-HubSpot-Signature-v3} is
 * the base64 HMAC-SHA256, under the app's client secret, of method + URI + body + {@code X-HubSpot-Request-Timestamp}
 * (milliseconds, within five minutes of now), the URI with HubSpot's listed percent-escapes decoded. v1 and v2 (only
 * where the endpoint accepts them): {@code X-HubSpot-Signature} is the hex SHA-256 of secret + body (v1) or secret +
 * method + URI + body (v2), as {@code X-HubSpot-Signature-Version} says; they carry no timestamp, so replays are not
 * caught. Comparison is constant-time.
 */
final class HubSpotSignatures {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** The escapes HubSpot decodes in the URI before signing it. */
    private static final Map<String, String> DECODED = Map.ofEntries(Map.entry("%3A", ":"), Map.entry("%2F", "/"),
            Map.entry("%3F", "?"), Map.entry("%40", "@"), Map.entry("%21", "!"), Map.entry("%24", "$"),
            Map.entry("%27", "'"), Map.entry("%28", "("), Map.entry("%29", ")"), Map.entry("%2A", "*"),
            Map.entry("%2C", ","), Map.entry("%3B", ";"));

    private HubSpotSignatures() {
    }

    /** True when a v3 signature (or, if {@code legacy}, a v1 or v2 one) made with one of the secrets matches. */
    static boolean verify(List<String> secrets, boolean legacy, String method, String uri, Map<String, String> headers,
            byte[] body, Instant now) {
        String v3 = headers.get("x-hubspot-signature-v3");
        if (v3 != null) {
            String timestamp = headers.get("x-hubspot-request-timestamp");
            if (timestamp == null || !fresh(timestamp, now)) {
                return false;
            }
            boolean matched = false;
            for (String secret : secrets) {
                matched |= MessageDigest.isEqual(v3(secret, method, uri, body, timestamp)
                        .getBytes(StandardCharsets.US_ASCII), v3.getBytes(StandardCharsets.US_ASCII));
            }
            return matched;
        }
        String signature = headers.get("x-hubspot-signature");
        String version = headers.get("x-hubspot-signature-version");
        if (!legacy || signature == null || version == null || !List.of("v1", "v2").contains(version)) {
            return false;
        }
        boolean matched = false;
        for (String secret : secrets) {
            String expected = "v1".equals(version) ? v1(secret, body) : v2(secret, method, uri, body);
            matched |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.toLowerCase().getBytes(StandardCharsets.US_ASCII));
        }
        return matched;
    }

    static String v3(String secret, String method, String uri, byte[] body, String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((method + decode(uri)).getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return Base64.getEncoder().encodeToString(mac.doFinal(timestamp.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static String v1(String secret, byte[] body) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8), body);
    }

    static String v2(String secret, String method, String uri, byte[] body) {
        return sha256((secret + method + uri).getBytes(StandardCharsets.UTF_8), body);
    }

    /** The URI with HubSpot's listed percent-escapes decoded (either case of hex digits). */
    static String decode(String uri) {
        StringBuilder decoded = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '%' && i + 2 < uri.length()) {
                String plain = DECODED.get(uri.substring(i, i + 3).toUpperCase());
                if (plain != null) {
                    decoded.append(plain);
                    i += 2;
                    continue;
                }
            }
            decoded.append(uri.charAt(i));
        }
        return decoded.toString();
    }

    private static boolean fresh(String timestamp, Instant now) {
        try {
            Instant sent = Instant.ofEpochMilli(Long.parseLong(timestamp.trim()));
            return Duration.between(sent, now).abs().compareTo(TOLERANCE) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String sha256(byte[] head, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(head);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
