package dev.stride.analytics.kpi;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an applied event may have changed in its tenant: the metrics computed from the facts it changed, and the KPIs
 * or KGIs whose definition it changed (their ids, in {@code kpis}); {@code all} when the tenant's calendar or rates changed.
 */
public record Touched(Set<String> metrics, Set<UUID> kpis, boolean all) {

    public static Touched metrics(Set<String> metrics) {
        return new Touched(metrics, Set.of(), false);
    }

    public static Touched kpi(UUID kpiId) {
        return new Touched(Set.of(), Set.of(kpiId), false);
    }

    public static Touched everything() {
        return new Touched(Set.of(), Set.of(), true);
    }

    /** Both at once: what either may have changed. */
    public Touched and(Touched other) {
        Set<String> allMetrics = new TreeSet<>(metrics);
        allMetrics.addAll(other.metrics);
        Set<UUID> allKpis = new HashSet<>(kpis);
        allKpis.addAll(other.kpis);
        return new Touched(Set.copyOf(allMetrics), Set.copyOf(allKpis), all || other.all);
    }
}
