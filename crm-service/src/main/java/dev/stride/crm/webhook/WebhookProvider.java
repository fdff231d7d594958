package dev.stride.crm.webhook;

import java.util.Arrays;
import java.util.Optional;

/** Who posts to an endpoint, as its URL names it ({@code /webhooks/<provider>/<endpointId>}). */
enum WebhookProvider {

    /** Any sender of Standard Webhooks v1 (standardwebhooks.com), in Stride's generic format. */
    STANDARD;

    /** The provider's name in URLs and JSON. */
    String path() {
        return name().toLowerCase();
    }

    static Optional<WebhookProvider> ofPath(String path) {
        return Arrays.stream(values()).filter(provider -> provider.path().equals(path)).findFirst();
    }
}
