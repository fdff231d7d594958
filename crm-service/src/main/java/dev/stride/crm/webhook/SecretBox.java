package dev.stride.crm.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets at rest: AES-256-GCM under the key {@code stride.webhooks.encryption-key} (32 bytes,
 * base64), a random 96-bit nonce per value stored before the ciphertext, and the endpoint's id and the column as
 * associated data, so a sealed value opens only in the row and column it was sealed for: copied into another
 * endpoint's row, or from {@code previous_secret} into {@code secret}, it fails loudly instead of verifying. Values
 * sealed before that binding existed ({@code webhook_endpoint.sealing = 1}) still open, until
 * {@link WebhookSecretsResealing} seals them again at start.
 */
@ApplicationScoped
class SecretBox {

    /** {@code webhook_endpoint.sealing} of values sealed without associated data (before V15). */
    static final short UNBOUND = 1;
    /** {@code webhook_endpoint.sealing} of values bound to their endpoint and column: what {@link #seal} makes. */
    static final short BOUND = 2;

    /** The columns a sealed value can live in. */
    enum Column {
        SECRET("secret"), PREVIOUS_SECRET("previous_secret");

        private final String name;

        Column(String name) {
            this.name = name;
        }
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(WebhookConfig config) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(config.encryptionKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stride.webhooks.encryption-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("stride.webhooks.encryption-key must be 32 bytes (base64), not "
                    + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The secret sealed for one endpoint's column ({@link #BOUND}). */
    byte[] seal(String secret, UUID endpointId, Column column) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(endpointId, column));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    /** The secret of one endpoint's column, sealed as {@code sealing} says ({@link #BOUND} or {@link #UNBOUND}). */
    String open(byte[] sealed, short sealing, UUID endpointId, Column column) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            if (sealing == BOUND) {
                cipher.updateAAD(associatedData(endpointId, column));
            } else if (sealing != UNBOUND) {
                throw new IllegalStateException("Unknown sealing " + sealing + " of webhook endpoint " + endpointId);
            }
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new Unreadable("The " + column.name + " of webhook endpoint " + endpointId + " cannot be "
                    + "decrypted with this encryption key (or was sealed for another endpoint or column)", e);
        }
    }

    /** A sealed value that does not open: another key, or a value moved from another row or column. */
    static final class Unreadable extends IllegalStateException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static byte[] associatedData(UUID endpointId, Column column) {
        return ("stride.webhook_endpoint/" + endpointId + "/" + column.name).getBytes(StandardCharsets.UTF_8);
    }
}
