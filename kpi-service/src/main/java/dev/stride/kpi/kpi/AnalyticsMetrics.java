package dev.stride.kpi.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * analytics-service's metric values: the one read call a service makes to another (ARCHITECTURE.md), for the SMART
 * check's history. Its URL and timeouts are {@code quarkus.rest-client.analytics.*}.
 */
@RegisterRestClient(configKey = "analytics")
@Path("/api/analytics/metrics")
interface AnalyticsMetrics {

    @GET
    @Path("/{metricId}")
    JsonNode value(@PathParam("metricId") String metricId, @QueryParam("from") String from,
            @QueryParam("to") String to, @HeaderParam("Authorization") String authorization);
}
