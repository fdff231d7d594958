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

/** A KGI as kpi-service last published it, read through the tenant filter; written by {@link KpiDefinitions}. */
@Entity
@Table(name = "kgi_definition")
class KgiDefinition extends PanacheEntityBase {

    /** Unique within a tenant; the table's primary key is (tenant_id, kgi_id). */
    @Id
    @Column(name = "kgi_id")
    UUID kgiId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    String tenantId;

    @Column(nullable = false)
    long version;

    /** The published definition ({@link KgiData}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String data;

    /** The KGIs of the current tenant (a request's, or the one a consumer acts for), through the tenant filter. */
    static List<KgiData> all(ObjectMapper json) {
        List<KgiData> kgis = new ArrayList<>();
        for (KgiDefinition definition : KgiDefinition.<KgiDefinition>listAll()) {
            try {
                kgis.add(json.readValue(definition.data, KgiData.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored KGI " + definition.kgiId + " cannot be read", e);
            }
        }
        return kgis;
    }
}
