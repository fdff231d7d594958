package dev.stride.crm.webhook;

import java.util.Arrays;
import java.util.Optional;

/** Who posts to an endpoint, as its URL names it ({@code /webhooks/<provider>/<endpointId>}). */
enum WebhookProvider {

    /** Any sender of Standard Webhooks v1 (standardwebhooks.com), in Stride's generic format. */
    STANDARD,
    /** HubSpot webhooks, signed with the app's client secret (v3; v1 and v2 where the endpoint accepts them). */
    HUBSPOT,
    /** Pipedrive webhooks v2, with HTTP Basic credentials the endpoint gives Pipedrive. */
    PIPEDRIVE,
    /** Salesforce Outbound Messages (SOAP), from the endpoint's organization. */
    SALESFORCE;

    /** The provider's name for people. */
    String label() {
        return switch (this) {
            case STANDARD -> "Standard Webhooks";
            case HUBSPOT -> "HubSpot";
            case PIPEDRIVE -> "Pipedrive";
            case SALESFORCE -> "Salesforce";
        };
    }

    /** The provider's name in URLs and JSON. */
    String path() {
        return name().toLowerCase();
    }

    static Optional<WebhookProvider> ofPath(String path) {
        return Arrays.stream(values()).filter(provider -> provider.path().equals(path)).findFirst();
    }
}
