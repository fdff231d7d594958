package dev.stride.kpi.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A metric's past, period by period, from analytics: empty when analytics cannot answer in time. */
public interface MetricHistory {

    Optional<List<PeriodValue>> of(String metricId, PeriodType type, List<LocalDate> periodStarts);
}
