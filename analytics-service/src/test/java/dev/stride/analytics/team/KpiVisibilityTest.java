package dev.stride.analytics.team;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.events.CrmEvents;
import dev.stride.analytics.live.SseClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees which KPI's progress, read and streamed (ARCHITECTURE.md, roles; {@link Viewer}): team T is managed by
 * manager-1 and has rep-1 and rep-2, team U is managed by manager-2 and has rep-1 (who leaves it in one test). The
 * tenant has a KPI of the whole tenant, one answered for by rep-2 but measuring the whole tenant, one measuring rep-1
 * (answered for by rep-1), one measuring rep-2, one measuring T, one measuring U and one measuring another team. Teams
 * come from crm-service's own example events on crm.teams.
 */
@QuarkusTest
class KpiVisibilityTest {

    static final String TENANT = "kpi-visibility-test";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID TEAM_U = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();
    private static final UUID ANSWERED_BY_REP_2 = UUID.randomUUID();
    private static final UUID REP_1 = UUID.randomUUID();
    private static final UUID REP_2 = UUID.randomUUID();
    private static final UUID OF_TEAM = UUID.randomUUID();
    private static final UUID OF_U = UUID.randomUUID();
    private static final UUID OF_OTHER = UUID.randomUUID();
    private static final Set<UUID> KPIS = Set.of(COMPANY, ANSWERED_BY_REP_2, REP_1, REP_2, OF_TEAM, OF_U, OF_OTHER);
    private static KafkaCompanion kafka;
    private static boolean defined;

    @TestHTTPResource("/stream")
    URI stream;

    @Inject
    EntityManager em;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** The teams and the KPIs, once for the class, all applied before any test reads. */
    @BeforeEach
    void defineOnce() {
        if (defined) {
            return;
        }
        send(team(TEAM, "manager-1", List.of("rep-1", "rep-2"), 1));
        send(team(TEAM_U, "manager-2", List.of("rep-1"), 1));
        send(kpi(COMPANY, "company", null, 0));
        send(kpi(ANSWERED_BY_REP_2, "answered by rep-2", "rep-2", 0));
        send(kpi(REP_1, "rep-1's", "rep-1", "ownerId", "rep-1", 0));
        send(kpi(REP_2, "rep-2's", null, "ownerId", "rep-2", 0));
        send(kpi(OF_TEAM, "the team's", null, "teamId", TEAM.toString(), 0));
        send(kpi(OF_U, "team U's", null, "teamId", TEAM_U.toString(), 0));
        send(kpi(OF_OTHER, "another team's", null, "teamId", OTHER.toString(), 0));
        await().atMost(PATIENCE).pollInSameThread().until(() -> count("kpi_definition", "kpi_id", KPIS) == KPIS.size()
                && count("team_fact", "team_id", Set.of(TEAM, TEAM_U)) == 2
                && count("kpi_progress", "kpi_id", KPIS) == KPIS.size());
        defined = true;
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void anAdminSeesEveryKpi() {
        assertEquals(KPIS, visible());
    }

    @Test
    @TestSecurity(user = "manager-1", roles = "manager")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void aManagerSeesTheTenantsTheTeamsAndTheirMembersKpis() {
        assertEquals(Set.of(COMPANY, ANSWERED_BY_REP_2, REP_1, REP_2, OF_TEAM), visible());
        given().get("/kpis/" + OF_U + "/progress").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "rep-1", roles = "rep")
    @OidcSecurity(claims = @Claim(key = "tenant", value = TENANT))
    void aRepSeesTheTenantsTheirOwnAndTheirTeamsKpisLiveToo() {
        Set<UUID> seen = Set.of(COMPANY, ANSWERED_BY_REP_2, REP_1, OF_TEAM, OF_U);
        assertEquals(seen, visible());
        given().get("/kpis/" + REP_2 + "/progress").then().statusCode(404);
        given().get("/kpis/" + REP_1 + "/progress").then().statusCode(200);

        try (SseClient client = new SseClient(stream)) {
            await().atMost(PATIENCE).until(client::open);
            List<String> lines = client.lines();

            // between them, the three deals change every KPI
            send(wonDeal("rep-1", TEAM));
            send(wonDeal("rep-2", TEAM_U));
            send(wonDeal("someone", OTHER));
            await().atMost(PATIENCE).until(() -> streamed(lines, 0).equals(seen));
            // a later change of a KPI rep-1 sees: once it arrives, everything the deals caused has been streamed
            send(kpi(COMPANY, "company, renamed", null, 1));
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(line -> line.contains("company, renamed")));
            assertEquals(seen, streamed(lines, 0), "rep-2's and the other team's KPIs never reach rep-1: " + lines);

            // rep-1 leaves team U: the open stream stops carrying U's KPI
            send(team(TEAM_U, "manager-2", List.of(), 2));
            await().atMost(PATIENCE).pollInSameThread().until(() -> count("team_fact where version = 2 and",
                    "team_id", Set.of(TEAM_U)) == 1);
            int from = lines.size();
            send(wonDeal("rep-2", TEAM_U));
            await().atMost(PATIENCE).until(() -> streamed(lines, from).contains(ANSWERED_BY_REP_2));
            send(kpi(COMPANY, "company, renamed again", null, 2));
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(line -> line.contains("renamed again")));
            assertEquals(Set.of(COMPANY, ANSWERED_BY_REP_2), streamed(lines, from), "no longer U's: " + lines);
        }
        assertEquals(Set.of(COMPANY, ANSWERED_BY_REP_2, REP_1, OF_TEAM), visible());
    }

    /** Which of this class's KPIs the caller reads the progress of (the tenant keeps earlier runs' too). */
    private static Set<UUID> visible() {
        List<Map<String, Object>> all = given().get("/kpis/progress").then().statusCode(200).extract().path("$");
        return all.stream().map(progress -> UUID.fromString((String) progress.get("kpiId"))).filter(KPIS::contains)
                .collect(Collectors.toSet());
    }

    /** This class's KPIs whose progress the stream carried, from line {@code from} on. */
    private static Set<UUID> streamed(List<String> lines, int from) {
        List<String> all = List.copyOf(lines); // a sublist of the live list fails once a line is added meanwhile
        List<String> since = all.subList(from, all.size());
        return KPIS.stream().filter(kpi -> since.stream().anyMatch(line -> line.contains("\"kpiId\":\"" + kpi + "\"")))
                .collect(Collectors.toSet());
    }

    /** How many rows of the table (optionally with a condition ending in "and") have one of these ids. */
    private long count(String table, String idColumn, Set<UUID> ids) {
        String from = table.endsWith(" and") ? table : table + " where";
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from "
                + from + " tenant_id = ?1 and " + idColumn + " = any (cast(?2 as uuid[]))")
                .setParameter(1, TENANT).setParameter(2, ids.toArray(UUID[]::new)).getSingleResult()).longValue());
    }

    private static ProducerRecord<String, String> team(UUID team, String manager, List<String> members,
            int version) {
        return CrmEvents.event("stride.crm.team.member-added.v1", TENANT, team, UUID.randomUUID(), data -> {
            data.put("managerId", manager).put("version", version);
            members.forEach(data.putArray("memberIds")::add);
        });
    }

    /** A monthly KPI on the tenant's won deals, answered for by a user or nobody. */
    private static ProducerRecord<String, String> kpi(UUID id, String name, String ownerId, String filter,
            String value, int version) {
        LocalDate month = LocalDate.now(ZoneId.of("Asia/Tokyo")).withDayOfMonth(1);
        return CrmEvents.kpiEvent("stride.kpi.kpi.defined.v1", TENANT, id.toString(), UUID.randomUUID(), data -> {
            data.put("name", name).put("ownerId", ownerId).putNull("ownerTeamId")
                    .put("metricId", "deals.won.count").put("periodType", "MONTH").put("direction", "HIGHER")
                    .put("version", version);
            ObjectNode filters = data.putObject("filters");
            if (filter != null) {
                filters.put(filter, value);
            }
            data.putArray("targets").addObject().put("periodStart", month.toString()).put("value", 10);
        });
    }

    /** The same, measuring the whole tenant. */
    private static ProducerRecord<String, String> kpi(UUID id, String name, String ownerId, int version) {
        return kpi(id, name, ownerId, null, null, version);
    }

    private static ProducerRecord<String, String> wonDeal(String owner, UUID team) {
        Instant now = Instant.now();
        return CrmEvents.event(CrmEvents.WON, TENANT, UUID.randomUUID(), UUID.randomUUID(),
                data -> data.put("ownerId", owner).put("ownerTeamId", team.toString())
                        .put("createdAt", now.minusSeconds(3600).toString()).put("wonAt", now.toString()));
    }

    private static void send(ProducerRecord<String, String> record) {
        kafka.produceStrings().fromRecords(List.of(record)).awaitCompletion(PATIENCE);
    }
}
