package dev.stride.kpi.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * A starter goal tree, named in Japanese and English: one KGI over the fiscal year, its KSFs, and under each the KPIs
 * with a monthly target. Targets are sensible defaults for a small company, meant to be edited.
 */
record Template(String id, Words name, Words description, Goal kgi, List<Factor> factors) {

    /** A text in both languages Stride speaks. */
    record Words(String ja, String en) {

        String in(boolean japanese) {
            return japanese ? ja : en;
        }
    }

    record Goal(Words name, Words description, String metricId, BigDecimal target) {
    }

    record Factor(Words name, List<Measure> kpis) {
    }

    record Measure(Words name, Words description, String metricId, BigDecimal monthlyTarget) {
    }
}
