package dev.stride.analytics.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.live.LiveUpdates;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tracker's pacing, with a recording stand-in for the recomputation. */
class ProgressTrackerTest {

    private static final long PATIENCE_SECONDS = 10;

    /** One recomputation the tracker started: of which tenant, for what, and when (System.nanoTime). */
    private record Started(String tenantId, Touched touched, long at) {
    }

    private final BlockingQueue<Started> started = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private ProgressTracker tracker;

    @AfterEach
    void stop() {
        release.countDown();
        tracker.stop();
    }

    @Test
    void busyTenantIsRecomputedOncePerIntervalWithEverythingTouchedMeanwhile() throws Exception {
        tracker = recording(Duration.ofMillis(300));
        tracker.touched("acme", Touched.metrics(Set.of("deals.won.count")));
        Started first = next();

        tracker.touched("acme", Touched.metrics(Set.of("deals.won.amount")));
        tracker.touched("acme", Touched.metrics(Set.of("leads.new")));
        Started second = next();
        assertEquals(Set.of("deals.won.amount", "leads.new"), second.touched().metrics(), "merged into one");
        assertTrue(second.at() - first.at() >= Duration.ofMillis(300).toNanos(),
                "started " + (second.at() - first.at()) / 1_000_000 + " ms after the one before");
        assertNull(started.poll(600, TimeUnit.MILLISECONDS), "nothing more was touched");
    }

    @Test
    void quietTenantIsRecomputedAtOnceAndTenantsDoNotWaitForEachOthersIntervals() throws Exception {
        // an hour: whatever waits for the interval is not seen within this test's patience
        tracker = recording(Duration.ofHours(1));
        tracker.touched("acme", Touched.metrics(Set.of("deals.won.count")));
        assertEquals("acme", next().tenantId(), "a quiet tenant's first change does not wait");

        tracker.touched("acme", Touched.metrics(Set.of("deals.won.amount")));
        tracker.touched("globex", Touched.metrics(Set.of("deals.won.count")));
        assertEquals("globex", next().tenantId(), "globex does not wait for acme's interval");
        assertNull(started.poll(200, TimeUnit.MILLISECONDS), "acme's second change waits for its interval");
    }

    @Test
    void changesDuringARecomputationAreRecomputedAfterIt() throws Exception {
        tracker = recording(Duration.ZERO, (tenant, touched) -> {
            if (touched.metrics().contains("deals.won.count")) {
                await(release);
            }
        });
        tracker.touched("acme", Touched.metrics(Set.of("deals.won.count")));
        next();
        tracker.touched("acme", Touched.metrics(Set.of("leads.new")));
        tracker.touched("acme", Touched.definition(UUID.randomUUID()));
        assertNull(started.poll(200, TimeUnit.MILLISECONDS), "one recomputation at a time");

        release.countDown();
        Started after = next();
        assertEquals(Set.of("leads.new"), after.touched().metrics());
        assertEquals(1, after.touched().definitions().size(), "both changes in one recomputation");
    }

    @Test
    void aFailedRecomputationDoesNotStopTheNext() throws Exception {
        tracker = recording(Duration.ZERO, (tenant, touched) -> {
            if ("broken".equals(tenant)) {
                throw new IllegalStateException("database gone");
            }
        });
        tracker.touched("broken", Touched.everything());
        next();
        tracker.touched("acme", Touched.everything());
        assertEquals("acme", next().tenantId());
    }

    @Test
    void touchingNoFigureRecomputesNothing() throws Exception {
        tracker = recording(Duration.ZERO);
        tracker.touched("acme", Touched.team());
        tracker.touched("acme", Touched.nothing());
        assertNull(started.poll(200, TimeUnit.MILLISECONDS));
    }

    private ProgressTracker recording(Duration interval) {
        return recording(interval, (tenant, touched) -> { });
    }

    /** A tracker whose recomputation records that it started, then does {@code then}. */
    private ProgressTracker recording(Duration interval, BiConsumer<String, Touched> then) {
        return new ProgressTracker((tenant, touched) -> {
            started.add(new Started(tenant, touched, System.nanoTime()));
            then.accept(tenant, touched);
        }, new LiveUpdates(), interval);
    }

    private Started next() throws InterruptedException {
        Started next = started.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(next, "a recomputation started");
        return next;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
