package dev.stride.kpi.settings;

import dev.stride.kpi.events.Outbox;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Tenant settings: read (defaults until changed), replaced by admins, published whole to {@code kpi.definitions}. */
@ApplicationScoped
public class SettingsService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Clock clock;

    SettingsService(Outbox outbox, CurrentTenant tenant, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.clock = clock;
    }

    SettingsResponse get() {
        return SettingsResponse.from(TenantSettings.current());
    }

    @Transactional
    SettingsResponse replace(String ifMatch, SettingsRequest request) {
        requireValid(request);
        TenantSettings settings = TenantSettings.stored().orElseGet(this::storeDefaults);
        Versions.requireMatch("The settings", ifMatch, settings.version);
        settings.apply(request, clock.instant());
        TenantSettings.flush();
        outbox.record(tenant.id(), SettingsDefined.of(tenant.id(), settings, clock.instant()));
        return SettingsResponse.from(settings);
    }

    List<Holiday> holidays(int year) {
        return TenantSettings.current().holidays(year);
    }

    /** The tenant's local date today: where periods begin and end. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return ZoneId.of(TenantSettings.current().timeZone);
    }

    public int fiscalYearStartMonth() {
        return TenantSettings.current().fiscalYearStartMonth;
    }

    /**
     * Stores and publishes the defaults for a tenant that never had settings, so analytics always finds a tenant's
     * calendar before its first definition; the first definition of a tenant calls it in its transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensurePublished() {
        if (TenantSettings.stored().isEmpty()) {
            TenantSettings settings = storeDefaults();
            outbox.record(tenant.id(), SettingsDefined.of(tenant.id(), settings, clock.instant()));
        }
    }

    /** The defaults, stored as version 0: the version a tenant that never changed them reads. */
    private TenantSettings storeDefaults() {
        TenantSettings settings = TenantSettings.defaults();
        settings.id = UUID.randomUUID();
        settings.updatedAt = clock.instant();
        settings.persistAndFlush();
        return settings;
    }

    private static void requireValid(SettingsRequest request) {
        try {
            if (ZoneId.of(request.timeZone()) instanceof ZoneOffset) {
                throw new DateTimeException("an offset, not a region");
            }
        } catch (DateTimeException e) {
            throw new ProblemException.InvalidField("timeZone", "must be an IANA time zone such as Asia/Tokyo or "
                    + "Europe/Berlin");
        }
        if (request.nationalHolidays() != null && !NationalHolidays.exists(request.nationalHolidays())) {
            throw new ProblemException.InvalidField("nationalHolidays", "must be JP (Japan's national holidays) or "
                    + "null for none");
        }
        Set<String> rates = new HashSet<>();
        for (ExchangeRate rate : request.exchangeRates()) {
            if (rate.currency().equals(request.currency())) {
                throw new ProblemException.InvalidField("exchangeRates", "need no rate for " + rate.currency()
                        + ", the tenant's own currency");
            }
            if (!rates.add(rate.month() + " " + rate.currency())) {
                throw new ProblemException.InvalidField("exchangeRates", "list " + rate.currency() + " for "
                        + rate.month() + " twice");
            }
        }
        Set<LocalDate> days = new HashSet<>();
        for (DayOff day : request.daysOff()) {
            if (!days.add(day.date())) {
                throw new ProblemException.InvalidField("daysOff", "list " + day.date() + " twice");
            }
        }
    }
}
