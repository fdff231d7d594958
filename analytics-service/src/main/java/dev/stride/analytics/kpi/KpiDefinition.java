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

    /**
     * The tenant's KPIs. Native SQL with the tenant as a parameter, not an entity query: every progress read and
     * recomputation lists them, and Hibernate translates an entity query afresh each time while the tenant filter is
     * on (it caches no plan for a session with filters), besides managing each row as an entity.
     */
    static List<KpiData> all(String tenantId, ObjectMapper json) {
        List<KpiData> kpis = new ArrayList<>();
        for (Object row : getEntityManager()
                .createNativeQuery("select kpi_id, cast(data as text) from kpi_definition where tenant_id = ?1")
                .setParameter(1, tenantId)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            kpis.add(read((UUID) columns[0], (String) columns[1], json));
        }
        return kpis;
    }

    KpiData read(ObjectMapper json) {
        return read(kpiId, data, json);
    }

    private static KpiData read(UUID kpiId, String data, ObjectMapper json) {
        try {
            return json.readValue(data, KpiData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored KPI " + kpiId + " cannot be read", e);
        }
    }
}
