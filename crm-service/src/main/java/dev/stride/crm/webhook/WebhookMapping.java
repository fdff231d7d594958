package dev.stride.crm.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.imports.CsvImport;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an endpoint's provider names deal stages and lead statuses, in Stride's terms, and what Stride fills in where
 * the provider says nothing. Every provider but Standard Webhooks (whose senders use Stride's own names) has one:
 * the provider's defaults until an admin edits it.
 */
@Schema(name = "WebhookMapping")
record WebhookMapping(
        @Schema(description = "The provider's deal stages (HubSpot `dealstage` values, Pipedrive stage ids, Salesforce "
                + "`StageName`s) as Stride stages, or as won or lost")
        List<DealStage> dealStages,
        @Schema(description = "The provider's lead statuses (HubSpot `hs_lead_status`, Salesforce lead `Status`) as "
                + "Stride's")
        List<LeadStatusMapping> leadStatuses,
        @Schema(description = "The source of the leads the provider creates (one of the tenant's lead sources)",
                examples = "other")
        String leadSource,
        @Schema(description = "The reason recorded for deals the provider reports lost (one of the tenant's loss "
                + "reasons)", examples = "Other")
        String lostReason,
        @Schema(description = "The currency of deals whose provider gives none", examples = "JPY")
        String currency) {

    /** A provider's deal stage as a Stride stage (OPEN, with the stage and optionally its pipeline), or WON or LOST. */
    @Schema(name = "WebhookDealStage")
    record DealStage(
            @Schema(description = "The provider's stage", examples = "closedwon") String from,
            @Schema(description = "OPEN, WON or LOST", examples = "OPEN") String status,
            @Schema(description = "For OPEN: the pipeline (default: the tenant's default pipeline)", nullable = true)
            String pipeline,
            @Schema(description = "For OPEN: the stage of that pipeline", nullable = true, examples = "Proposal")
            String stage) {
    }

    /** A provider's lead status as Stride's. */
    @Schema(name = "WebhookLeadStatus")
    record LeadStatusMapping(
            @Schema(description = "The provider's status", examples = "IN_PROGRESS") String from,
            @Schema(description = "NEW, CONTACTED, QUALIFIED or DISQUALIFIED", examples = "CONTACTED")
            String status) {
    }

    /** The mapping an endpoint of the provider starts with. */
    static WebhookMapping defaults(WebhookProvider provider) {
        return switch (provider) {
            case HUBSPOT -> new WebhookMapping(List.of(open("appointmentscheduled", "Qualification"),
                    open("qualifiedtobuy", "Needs analysis"), open("presentationscheduled", "Proposal"),
                    open("decisionmakerboughtin", "Negotiation"), open("contractsent", "Contract"),
                    closed("closedwon", "WON"), closed("closedlost", "LOST")),
                    List.of(status("NEW", "NEW"), status("OPEN", "NEW"), status("IN_PROGRESS", "CONTACTED"),
                            status("ATTEMPTED_TO_CONTACT", "CONTACTED"), status("CONNECTED", "CONTACTED"),
                            status("OPEN_DEAL", "QUALIFIED"), status("UNQUALIFIED", "DISQUALIFIED"),
                            status("BAD_TIMING", "DISQUALIFIED")),
                    "other", "Other", "JPY");
            // a new Pipedrive company's pipeline has the stages 1 to 5; won and lost come as the deal's status
            case PIPEDRIVE -> new WebhookMapping(List.of(open("1", "Qualification"), open("2", "Needs analysis"),
                    open("3", "Proposal"), open("4", "Negotiation"), open("5", "Contract")), List.of(),
                    "other", "Other", "JPY");
            case SALESFORCE -> new WebhookMapping(List.of(open("Prospecting", "Qualification"),
                    open("Qualification", "Qualification"), open("Needs Analysis", "Needs analysis"),
                    open("Value Proposition", "Proposal"), open("Id. Decision Makers", "Proposal"),
                    open("Perception Analysis", "Proposal"), open("Proposal/Price Quote", "Proposal"),
                    open("Negotiation/Review", "Negotiation"), closed("Closed Won", "WON"),
                    closed("Closed Lost", "LOST")),
                    List.of(status("Open - Not Contacted", "NEW"), status("Working - Contacted", "CONTACTED"),
                            status("Closed - Converted", "QUALIFIED"), status("Closed - Not Converted",
                                    "DISQUALIFIED")),
                    "other", "Other", "JPY");
            case STANDARD -> throw new IllegalArgumentException("Standard Webhooks senders use Stride's own names");
        };
    }

    /** An endpoint's mapping as stored (JSON), or the provider's defaults where none is. */
    static WebhookMapping stored(ObjectMapper json, String stored, WebhookProvider provider) {
        if (stored == null) {
            return defaults(provider);
        }
        try {
            return json.readValue(stored, WebhookMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook mapping is unreadable", e);
        }
    }

    /**
     * The deal columns a provider's stage sets, as of {@code at}: the stage of an open deal, or the outcome and its
     * time. A stage the mapping lacks is a {@link CsvImport.RowError} that says how to fix it.
     */
    Map<String, String> dealStage(WebhookProvider provider, String from, Instant at) {
        DealStage stage = dealStages.stream().filter(s -> s.from().equals(from)).findFirst()
                .orElseThrow(() -> new CsvImport.RowError("stage", provider.label() + " deal stage \"" + from
                        + "\" has no mapping; add it to the endpoint's mapping and replay the delivery"));
        return outcome(stage.status(), stage.pipeline(), stage.stage(), at);
    }

    /** The deal columns of an outcome: OPEN in a stage, or WON or LOST at {@code at}. */
    Map<String, String> outcome(String status, String pipeline, String stage, Instant at) {
        Map<String, String> values = new HashMap<>();
        values.put("status", status);
        values.put("closedAt", status.equals("OPEN") ? null : at.toString());
        values.put("lostReason", status.equals("LOST") ? lostReason : null);
        if (status.equals("OPEN")) {
            values.put("pipeline", pipeline);
            values.put("stage", stage);
        }
        return values;
    }

    /** Stride's lead status for a provider's, or a {@link CsvImport.RowError} that says how to fix it. */
    String leadStatus(WebhookProvider provider, String from) {
        return leadStatuses.stream().filter(s -> s.from().equals(from)).findFirst()
                .map(LeadStatusMapping::status)
                .orElseThrow(() -> new CsvImport.RowError("status", provider.label() + " lead status \"" + from
                        + "\" has no mapping; add it to the endpoint's mapping and replay the delivery"));
    }

    private static DealStage open(String from, String stage) {
        return new DealStage(from, "OPEN", null, stage);
    }

    private static DealStage closed(String from, String status) {
        return new DealStage(from, status.toUpperCase(Locale.ROOT), null, null);
    }

    private static LeadStatusMapping status(String from, String status) {
        return new LeadStatusMapping(from, status);
    }
}
