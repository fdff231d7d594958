package dev.stride.kpi.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A metric's value over one past period; null when it had none (a ratio with an empty denominator). */
public record PeriodValue(LocalDate periodStart, BigDecimal value) {
}
