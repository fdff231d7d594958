package dev.stride.analytics.live;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.kpi.KgiProgress;
import dev.stride.analytics.kpi.KpiProgress;
import dev.stride.analytics.platform.CurrentTenant;
import dev.stride.analytics.platform.Problem;
import dev.stride.analytics.team.Teams;
import dev.stride.analytics.team.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/stream")
@Tag(name = "Live", description = "Server-Sent Events for live dashboards")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
class StreamResource {

    private final LiveUpdates updates;
    private final CurrentTenant tenant;
    private final SecurityIdentity identity;
    private final Teams teams;
    private final Duration heartbeat;

    StreamResource(LiveUpdates updates, CurrentTenant tenant, SecurityIdentity identity, Teams teams,
            AnalyticsConfig config) {
        this.updates = updates;
        this.tenant = tenant;
        this.identity = identity;
        this.teams = teams;
        this.heartbeat = config.streamHeartbeat();
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live changes of the caller's tenant",
            description = "Server-Sent Events. `progress` (JSON `KpiProgress`) carries a KPI's new progress "
                    + "whenever a CRM change or a definition changed it, for the KPIs the caller sees (an admin all; "
                    + "everyone the tenant's own, their own and their teams'; a manager also their members'); "
                    + "`kgi-progress` (JSON `KgiProgress`) likewise for a KGI; `metrics-changed` (JSON "
                    + "`MetricsChanged`) names the metrics whose values changed: fetch them again. A `keep-alive` "
                    + "comment comes at once and then every 15 s, so clients know the stream is open and proxies "
                    + "never see it idle.")
    @APIResponse(responseCode = "200", description = "An endless event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(oneOf = { KpiProgress.class, KgiProgress.class, MetricsChanged.class })))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Blocking
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        String tenantId = tenant.id();
        String userId = tenant.userId();
        boolean admin = identity.hasRole("admin");
        boolean manager = identity.hasRole("manager");
        AtomicReference<Viewer> viewer = new AtomicReference<>(teams.viewer(tenantId, userId, admin, manager));
        Multi<OutboundSseEvent> changes = updates.of(tenantId)
                .invoke(event -> {
                    if (LiveUpdates.TEAMS_CHANGED.equals(event.name())) {
                        viewer.set(teams.viewer(tenantId, userId, admin, manager));
                    }
                })
                .filter(event -> event.visibleTo(viewer.get()))
                .map(event -> sse.newEventBuilder()
                        .name(event.name())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(event.data())
                        .build());
        Multi<OutboundSseEvent> keepAlive = Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(0L), Multi.createFrom().ticks().every(heartbeat))
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(changes, keepAlive);
    }
}
