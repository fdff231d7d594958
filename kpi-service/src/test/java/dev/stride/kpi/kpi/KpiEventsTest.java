package dev.stride.kpi.kpi;

import static dev.stride.kpi.events.TopicTail.header;
import static dev.stride.kpi.kpi.Kpis.aKpi;
import static dev.stride.kpi.kpi.Kpis.with;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stride.kpi.events.Contracts;
import dev.stride.kpi.events.TopicTail;
import dev.stride.kpi.goal.Goals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin-kpi-events", roles = "admin")
@OidcSecurity(claims = @Claim(key = "tenant", value = KpiEventsTest.TENANT))
class KpiEventsTest {

    static final String TENANT = "kpi-events-test";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyDefinitionReachesKpiDefinitionsWholeAndADeletionIsATombstone() throws SQLException {
        forgetSettings();
        try (TopicTail tail = TopicTail.of("kpi.definitions")) {
            Map<String, Object> kgiBody = Goals.aKgi("売上 +30% " + UUID.randomUUID());
            kgiBody.put("description", "FY2027 の売上目標");
            kgiBody.put("ownerId", "admin-kpi-events");
            String kgi = given().contentType(ContentType.JSON).body(kgiBody).post("/kgis")
                    .then().statusCode(201).extract().path("id");
            String ksf = Goals.createKsf(kgi, "新規リードの量を増やす");
            Map<String, Object> kpiBody = with(with(aKpi("月間新規リード数"), "ksfId", ksf), "benchmarks",
                    List.of(Map.of("kind", "INDUSTRY_AVERAGE", "name", "SaaS (Japan)", "value", 110,
                            "source", "Industry survey 2026", "asOf", "2026-06-30")));
            String kpi = Kpis.create(kpiBody);
            given().contentType(ContentType.JSON).body(with(kpiBody, "name", "月間新規リード数 (Web)"))
                    .put("/kpis/{id}", kpi).then().statusCode(200);
            given().delete("/kpis/{id}", kpi).then().statusCode(204);

            Contracts.assertMatches(tail.awaitRecords(kgi, 1).getFirst(), "stride.kpi.kgi.defined.v1", kgi, TENANT);
            Contracts.assertMatches(tail.awaitRecords(ksf, 1).getFirst(), "stride.kpi.ksf.defined.v1", ksf, TENANT);
            List<ConsumerRecord<String, String>> records = tail.awaitRecords(kpi, 3);
            Contracts.assertMatches(records.get(0), "stride.kpi.kpi.defined.v1", kpi, TENANT);
            Contracts.assertMatches(records.get(1), "stride.kpi.kpi.defined.v1", kpi, TENANT);
            assertEquals("月間新規リード数 (Web)", Contracts.data(records.get(1)).get("name").asText());
            assertEquals(1, Contracts.data(records.get(1)).get("version").asInt());
            assertEquals(130, Contracts.data(records.get(1)).get("targets").get(1).get("value").asInt());
            ConsumerRecord<String, String> tombstone = records.get(2);
            assertNull(tombstone.value(), "a deletion is a tombstone: compaction forgets the KPI");
            assertEquals("stride.kpi.kpi.deleted.v1", header(tombstone, "ce_type"));
            assertEquals(TENANT, header(tombstone, "ce_tenantid"));
            assertEquals(TENANT, tail.awaitRecords(TENANT, 1).getFirst().key(),
                    "the tenant's first definition published its settings");
        }
    }

    /** As if the tenant were new: no stored settings (a run against a kept test database may have left some). */
    private void forgetSettings() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from tenant_settings where tenant_id = ?")) {
            delete.setString(1, TENANT);
            delete.executeUpdate();
        }
    }
}
