package dev.stride.kpi.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's calendar and money settings. A tenant without a row has the Japanese defaults of METRICS.md
 * ({@link #defaults()}); editing them arrives with the KPI domain.
 */
@Entity
@Table(name = "tenant_settings")
class TenantSettings extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, unique = true)
    String tenantId;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "fiscal_year_start_month", nullable = false)
    int fiscalYearStartMonth;

    @Column(nullable = false, length = 3)
    String currency;

    static TenantSettings defaults() {
        TenantSettings settings = new TenantSettings();
        settings.timeZone = "Asia/Tokyo";
        settings.fiscalYearStartMonth = 4;
        settings.currency = "JPY";
        return settings;
    }

    /** The tenant's stored settings, or the defaults (the tenant filter scopes the query to the caller). */
    static TenantSettings current() {
        return TenantSettings.<TenantSettings>findAll().firstResultOptional().orElseGet(TenantSettings::defaults);
    }
}
