package dev.stride.crm.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "stride.webhooks")
interface WebhookConfig {

    /**
     * The AES-256 key (32 bytes, base64) webhook secrets are encrypted with at rest; from the environment
     * ({@code STRIDE_WEBHOOKS_ENCRYPTION_KEY}) outside development and tests.
     */
    String encryptionKey();

    /**
     * The address senders post to (the gateway's, as the outside world reaches it), without a trailing slash: HubSpot
     * signs the whole URI, so verifying its signature needs it.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The largest delivery accepted; a larger one is a 413 and is not stored. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** How often the processor looks for deliveries to apply (read by its {@code @Scheduled}). */
    @WithDefault("1s")
    Duration processEvery();

    /**
     * Deliveries applied at once per instance. One by default: on two cores a second worker only added contention
     * (measured with {@code deploy/local/stack bench webhooks}).
     */
    @WithDefault("1")
    int workers();

    /** How often stored delivery bodies past their endpoint's retention are purged (read by its {@code @Scheduled}). */
    @WithDefault("1h")
    Duration purgeEvery();

    /** How long the previous secret stays valid after a rotation, so senders can switch over. */
    @WithDefault("24h")
    Duration rotationGrace();
}
