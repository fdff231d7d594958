package dev.stride.kpi.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.stride.kpi.metric.Metric;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    @Test
    void higherIsBetterIsActualOverTarget() {
        assertEquals(new BigDecimal("0.8000"), ReviewService.attainment(Metric.Direction.HIGHER,
                BigDecimal.valueOf(100), BigDecimal.valueOf(80)));
    }

    @Test
    void lowerIsBetterIsTargetOverActualAndNothingCountsAsFullyAttained() {
        assertEquals(new BigDecimal("0.5000"), ReviewService.attainment(Metric.Direction.LOWER,
                new BigDecimal("0.02"), new BigDecimal("0.04")));
        assertEquals(BigDecimal.ONE, ReviewService.attainment(Metric.Direction.LOWER, new BigDecimal("0.02"),
                BigDecimal.ZERO));
    }

    @Test
    void withoutATargetOrAnActualThereIsNone() {
        assertNull(ReviewService.attainment(Metric.Direction.HIGHER, null, BigDecimal.ONE));
        assertNull(ReviewService.attainment(Metric.Direction.HIGHER, BigDecimal.ONE, null));
        assertNull(ReviewService.attainment(Metric.Direction.HIGHER, BigDecimal.ZERO, BigDecimal.ONE));
    }
}
