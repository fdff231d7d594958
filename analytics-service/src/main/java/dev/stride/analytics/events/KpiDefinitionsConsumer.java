package dev.stride.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.KgiData;
import dev.stride.analytics.kpi.KpiData;
import dev.stride.analytics.kpi.KpiDefinitions;
import dev.stride.analytics.kpi.Touched;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code kpi.definitions} (compacted): the tenants' settings, KGIs and KPIs, each record the whole current state of its
 * aggregate; a tombstone (a record without data) deletes its KGI or KPI. KSFs and OKRs are not needed here yet.
 */
@ApplicationScoped
class KpiDefinitionsConsumer implements Topic<KpiDefinitionsConsumer.Definition> {

    static final String TOPIC = "kpi.definitions";
    static final String CHANNEL = "kpi-definitions";
    private static final String SETTINGS_DEFINED = "stride.kpi.settings.defined.v1";
    private static final String KPI_DEFINED = "stride.kpi.kpi.defined.v1";
    private static final String KPI_DELETED = "stride.kpi.kpi.deleted.v1";
    private static final String KGI_DEFINED = "stride.kpi.kgi.defined.v1";
    private static final String KGI_DELETED = "stride.kpi.kgi.deleted.v1";

    private final EventBatches batches;
    private final ObjectMapper json;
    private final SettingsStore settings;
    private final KpiDefinitions kpis;

    KpiDefinitionsConsumer(EventBatches batches, ObjectMapper json, SettingsStore settings, KpiDefinitions kpis) {
        this.batches = batches;
        this.json = json;
        this.settings = settings;
        this.kpis = kpis;
    }

    @Incoming(CHANNEL)
    @Blocking
    @ActivateRequestContext
    void consume(ConsumerRecords<String, String> records) {
        batches.consume(records, this);
    }

    @Override
    public String name() {
        return TOPIC;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Definition read(CloudEvent event) throws MalformedEventException {
        return switch (event.type()) {
            case SETTINGS_DEFINED -> new SettingsDefined(
                    EventData.read(json, event, TenantSettings.class, TenantSettings::problems));
            case KPI_DEFINED -> new KpiDefined(EventData.read(json, event, KpiData.class, KpiData::problems),
                    event.data().toString());
            case KPI_DELETED -> new KpiDeleted(subject(event));
            case KGI_DEFINED -> new KgiDefined(EventData.read(json, event, KgiData.class, KgiData::problems),
                    event.data().toString());
            case KGI_DELETED -> new KgiDeleted(subject(event));
            default -> null;
        };
    }

    @Override
    public void apply(String tenantId, List<Change<Definition>> changes) {
        for (Change<Definition> change : changes) {
            apply(change.event(), change.data());
        }
    }

    private void apply(CloudEvent event, Definition definition) {
        switch (definition) {
            case SettingsDefined defined -> settings.apply(event.tenantId(), event.time(), defined.settings());
            case KpiDefined defined -> kpis.define(event.tenantId(), defined.kpi(), defined.data());
            case KpiDeleted deleted -> kpis.delete(event.tenantId(), deleted.kpiId());
            case KgiDefined defined -> kpis.define(event.tenantId(), defined.kgi(), defined.data());
            case KgiDeleted deleted -> kpis.deleteKgi(event.tenantId(), deleted.kgiId());
        }
    }

    @Override
    public Touched touched(CloudEvent event, Definition definition) {
        return switch (definition) {
            case SettingsDefined defined -> Touched.everything();
            case KpiDefined defined -> Touched.definition(defined.kpi().id());
            case KpiDeleted deleted -> Touched.nothing();
            case KgiDefined defined -> Touched.definition(defined.kgi().id());
            case KgiDeleted deleted -> Touched.nothing();
        };
    }

    private static UUID subject(CloudEvent event) throws MalformedEventException {
        if (event.subject() == null) {
            throw new MalformedEventException(event.type() + " names no KPI or KGI (ce_subject is missing)");
        }
        try {
            return UUID.fromString(event.subject());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(event.type() + ": ce_subject is not an id: " + event.subject());
        }
    }

    /** One record of the topic, as this consumer uses it. */
    sealed interface Definition permits SettingsDefined, KpiDefined, KpiDeleted, KgiDefined, KgiDeleted {
    }

    record SettingsDefined(TenantSettings settings) implements Definition {
    }

    record KpiDefined(KpiData kpi, String data) implements Definition {
    }

    record KpiDeleted(UUID kpiId) implements Definition {
    }

    record KgiDefined(KgiData kgi, String data) implements Definition {
    }

    record KgiDeleted(UUID kgiId) implements Definition {
    }
}
