package dev.stride.crm.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * HTTP Basic credentials, as Pipedrive sends them (it does not sign its webhooks: the endpoint gives Pipedrive a user
 * name and password to send). Comparison is constant-time.
 */
final class BasicCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private BasicCredentials() {
    }

    static String newUsername() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "stride-" + HexFormat.of().formatHex(bytes);
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the {@code Authorization} header carries this user name and one of the passwords. */
    static boolean verify(String username, List<String> passwords, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean user = equal(username, pair.substring(0, colon));
        boolean password = false;
        for (String candidate : passwords) {
            password |= equal(candidate, pair.substring(colon + 1));
        }
        return user & password;
    }

    private static boolean equal(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
