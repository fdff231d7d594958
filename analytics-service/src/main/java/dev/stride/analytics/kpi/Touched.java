package dev.stride.analytics.kpi;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an applied event may have changed in its tenant: the metrics computed from the facts it changed, and the KPIs
 * or KGIs whose definition it changed (their ids); {@code all} when the tenant's calendar or rates changed.
 */
public record Touched(Set<String> metrics, Set<UUID> definitions, boolean all) {

    public static Touched metrics(Set<String> metrics) {
        return new Touched(metrics, Set.of(), false);
    }

    public static Touched definition(UUID id) {
        return new Touched(Set.of(), Set.of(id), false);
    }

    public static Touched everything() {
        return new Touched(Set.of(), Set.of(), true);
    }

    /** Both at once: what either may have changed. */
    public Touched and(Touched other) {
        Set<String> allMetrics = new TreeSet<>(metrics);
        allMetrics.addAll(other.metrics);
        Set<UUID> allDefinitions = new HashSet<>(definitions);
        allDefinitions.addAll(other.definitions);
        return new Touched(Set.copyOf(allMetrics), Set.copyOf(allDefinitions), all || other.all);
    }
}
