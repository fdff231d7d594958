package dev.stride.crm.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook endpoint, with what its provider is verified by. */
@Schema(name = "WebhookEndpointRequest")
record WebhookEndpointRequest(
        @Schema(required = true, enumeration = { "standard", "hubspot", "pipedrive", "salesforce" },
                description = "Who will post to it: `standard` for any Standard Webhooks v1 sender in Stride's "
                        + "generic format")
        @NotNull(message = "is required") String provider,
        @Schema(required = true, examples = "本番 CRM", description = "A name unique in the tenant")
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
        @Schema(description = "`hubspot` only, and required there: the app's client secret HubSpot signs with")
        @Size(max = 512, message = "must be at most 512 characters") String secret,
        @Schema(description = "`salesforce` only, and required there: the organization id (15 or 18 characters) "
                + "whose Outbound Messages the endpoint takes", examples = "00D5g000004abcDEAX")
        String organizationId,
        @Schema(description = "`hubspot` only: also accept v1 and v2 signatures, which carry no timestamp (so a "
                + "replayed delivery is not caught); default false") Boolean acceptLegacySignatures,
        @Schema(description = "The address ranges (CIDR, IPv4 or IPv6; a lone address is its own range) deliveries "
                + "may come from, checked on the client address the gateway sees; empty or absent: any address. "
                + "Required for `salesforce`, whose messages carry no signature: list the ranges Salesforce publishes "
                + "for its outbound messages (Salesforce Help, \"Allow the Required Domain Names and IP Ranges\").",
                examples = "[\"13.108.0.0/14\", \"2001:db8::/32\"]") List<String> allowedSenders,
        @Schema(description = "Days each delivery's raw headers and body are kept (1 to 3650, default 30); then they "
                + "are purged and the log line stays", examples = "30")
        @Min(value = 1, message = "must be at least 1 day") @Max(value = 3650, message = "must be at most 3650 days")
        Integer bodyRetentionDays) {
}
