package dev.stride.analytics.kpi;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What an applied event may have changed in its tenant: the metrics computed from the facts it changed, and the KPIs
 * or KGIs whose definition it changed (their ids); {@code all} when the tenant's calendar or rates changed;
 * {@code teams} when a team's manager or members changed (who sees which KPIs, not any figure).
 */
public record Touched(Set<String> metrics, Set<UUID> definitions, boolean all, boolean teams) {

    /** Changed no figure: a deleted KPI or KGI takes its progress with it, and no other progress depends on it. */
    public static Touched nothing() {
        return new Touched(Set.of(), Set.of(), false, false);
    }

    public static Touched metrics(Set<String> metrics) {
        return new Touched(metrics, Set.of(), false, false);
    }

    public static Touched definition(UUID id) {
        return definitions(Set.of(id));
    }

    public static Touched definitions(Set<UUID> ids) {
        return new Touched(Set.of(), Set.copyOf(ids), false, false);
    }

    public static Touched everything() {
        return new Touched(Set.of(), Set.of(), true, false);
    }

    public static Touched team() {
        return new Touched(Set.of(), Set.of(), false, true);
    }

    /** True when some KPI's or KGI's progress may have changed. */
    public boolean progress() {
        return all || !metrics.isEmpty() || !definitions.isEmpty();
    }

    /** Both at once: what either may have changed. */
    public Touched and(Touched other) {
        Set<String> allMetrics = new TreeSet<>(metrics);
        allMetrics.addAll(other.metrics);
        Set<UUID> allDefinitions = new HashSet<>(definitions);
        allDefinitions.addAll(other.definitions);
        return new Touched(Set.copyOf(allMetrics), Set.copyOf(allDefinitions), all || other.all,
                teams || other.teams);
    }
}
