package dev.stride.analytics.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A KPI as kpi-service last published it, read through the tenant filter; written by the consumer
 * ({@link KpiDefinitions}) with the event's tenant.
 */
@Entity
@Table(name = "kpi_definition")
class KpiDefinition extends PanacheEntityBase {

    /** Unique within a tenant; the table's primary key is (tenant_id, kpi_id). */
    @Id
    @Column(name = "kpi_id")
    UUID kpiId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    long version;

    /** The published definition ({@link KpiData}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String data;

    /** The KPIs of the current tenant (a request's, or the one a consumer acts for), through the tenant filter. */
    static List<KpiData> all(ObjectMapper json) {
        List<KpiData> kpis = new ArrayList<>();
        for (KpiDefinition definition : KpiDefinition.<KpiDefinition>listAll()) {
            kpis.add(definition.read(json));
        }
        return kpis;
    }

    KpiData read(ObjectMapper json) {
        try {
            return json.readValue(data, KpiData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored KPI " + kpiId + " cannot be read", e);
        }
    }
}
