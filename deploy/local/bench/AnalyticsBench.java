import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Benchmarks of analytics-service on the running local stack (not tests: they print figures and assert nothing).
 *
 * <pre>
 * java -cp 'kafka libs:postgresql jar' deploy/local/bench/AnalyticsBench.java latency [writes/s] [seconds] [warm-up]
 *                           deals created at crm-service (default 200/s for 60 s after 180 s of the same): write ->
 *                           SSE progress event at a client, p50/p99
 * ... ingest [events]       events straight onto crm.deals: sustained ingest with progress current, beside the raw
 *                           ceiling of the same events (Kafka produce, then a PostgreSQL batch insert)
 * ... history [events]      per-event ingest cost with 10 thousand vs [events] (default 5 million) facts in the tenant
 * ... webhooks [rate] [s] [warm-up]
 *                           deals delivered as signed Standard Webhooks (generic format) to crm-service: accepted
 *                           deliveries/s and delivery -> SSE progress event, as latency measures a CRM write
 * ... progress [facts]      GET /kpis/progress for 100 KPIs with [facts] (default 5 million) deal facts in globex,
 *                           p50/p99 over 1,000 requests as it is read (the progress kept current) and over 10 requests
 *                           after a change of everything (every KPI computed afresh); the facts and KPIs are removed
 *                           afterwards
 * </pre>
 * deploy/local/stack bench runs them (it puts the Kafka client and the PostgreSQL driver on the class path).
 */
public class AnalyticsBench {

    static final String GATEWAY = "http://localhost:8080";
    /** crm-service itself: the gateway limits each client to 20 requests a second, by design. */
    static final String CRM = "http://localhost:8081";
    /** analytics-service itself: the gateway would limit the progress benchmark's requests to 20 a second. */
    static final String ANALYTICS = "http://localhost:8083";
    static final String TOKEN_URL = "http://localhost:8180/auth/realms/stride/protocol/openid-connect/token";
    static final String DATABASE = "jdbc:postgresql://localhost:55432/analytics";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern ACTUAL = Pattern.compile("\"actual\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "latency" -> latency(args.length > 1 ? Integer.parseInt(args[1]) : 200,
                    args.length > 2 ? Integer.parseInt(args[2]) : 60,
                    args.length > 3 ? Integer.parseInt(args[3]) : 180);
            case "ingest" -> ingest(args.length > 1 ? Integer.parseInt(args[1]) : 50_000);
            case "history" -> history(args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000);
            case "progress" -> progress(args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000);
            case "webhooks" -> webhooks(args.length > 1 ? Integer.parseInt(args[1]) : 100,
                    args.length > 2 ? Integer.parseInt(args[2]) : 20,
                    args.length > 3 ? Integer.parseInt(args[3]) : 0);
            default -> {
                System.err.println("usage: AnalyticsBench latency [writes/s] [seconds] [warm-up seconds] | "
                        + "ingest [events] | history [events] | progress [facts] | "
                        + "webhooks [deliveries/s] [seconds] [warm-up seconds]");
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- latency

    /**
     * The timed requests' HTTP/1.1 client: persistent connections, each carrying one request at a time, as many as
     * calls are in flight. java.net.http took about 3 ms of CPU per request on this 2-core machine, a quarter of it at
     * 150 writes/s, which the system under test then lacked; this takes a fraction of that.
     */
    static final class Http1 {

        private final String host;
        private final int port;
        private final java.util.concurrent.BlockingQueue<Connection> idle =
                new java.util.concurrent.LinkedBlockingQueue<>();

        Http1(URI base) {
            this.host = base.getHost();
            this.port = base.getPort();
        }

        /** POSTs a JSON body; throws unless the answer has the expected status. */
        void post(String path, Map<String, String> headers, byte[] body, int expected) throws IOException {
            send("POST", path, headers, body, expected);
        }

        /** GETs a path; throws unless the answer has the expected status. */
        void get(String path, Map<String, String> headers, int expected) throws IOException {
            send("GET", path, headers, new byte[0], expected);
        }

        private void send(String method, String path, Map<String, String> headers, byte[] body, int expected)
                throws IOException {
            Connection connection = idle.poll();
            if (connection == null) {
                connection = new Connection(new java.net.Socket(host, port));
            }
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                    .append(host).append(':').append(port).append("\r\n");
            if (body.length > 0) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            int status;
            try {
                status = connection.exchange(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1),
                        body);
            } catch (IOException e) {
                connection.socket.close();
                throw e;
            }
            if (connection.open) {
                idle.offer(connection);
            } else {
                connection.socket.close();
            }
            if (status != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + status);
            }
        }

        /** One keep-alive connection; reads answers framed by Content-Length or chunked. */
        static final class Connection {

            final java.net.Socket socket;
            final java.io.BufferedInputStream in;
            final java.io.OutputStream out;
            boolean open = true;

            Connection(java.net.Socket socket) throws IOException {
                socket.setTcpNoDelay(true);
                this.socket = socket;
                this.in = new java.io.BufferedInputStream(socket.getInputStream());
                this.out = socket.getOutputStream();
            }

            int exchange(byte[] head, byte[] body) throws IOException {
                out.write(head);
                out.write(body);
                out.flush();
                String statusLine = line();
                int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
                long length = 0;
                boolean chunked = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String lower = header.toLowerCase(java.util.Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(lower.substring(15).strip());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    } else if (lower.startsWith("connection:") && lower.contains("close")) {
                        open = false;
                    }
                }
                if (!chunked) {
                    in.skipNBytes(length);
                    return status;
                }
                for (long chunk = Long.parseLong(line().split(";")[0].strip(), 16); chunk > 0;
                        chunk = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    in.skipNBytes(chunk + 2);
                }
                String trailer;
                do { // none are used
                    trailer = line();
                } while (!trailer.isEmpty());
                return status;
            }

            private String line() throws IOException {
                StringBuilder line = new StringBuilder();
                for (int b = in.read(); b != '\n'; b = in.read()) {
                    if (b < 0) {
                        throw new java.io.EOFException("connection closed mid-answer");
                    }
                    if (b != '\r') {
                        line.append((char) b);
                    }
                }
                return line.toString();
            }
        }
    }

    /** One write of a latency benchmark: creates the {@code index}-th deal, or throws. */
    interface Write {
        void deal(int index) throws Exception;
    }

    /** Deals created at crm-service's API, straight (the gateway limits each client to 20 requests a second). */
    static void latency(int rate, int seconds, int warmUp) throws Exception {
        String token = token("globex-admin");
        Http1 crm = new Http1(URI.create(CRM));
        byte[] deal = "{\"name\":\"Bench deal\",\"amount\":100000,\"currency\":\"JPY\"}"
                .getBytes(StandardCharsets.UTF_8);
        latency(rate, seconds, warmUp, token, "CRM write -> SSE progress: %d deals created at crm-service",
                index -> crm.post("/api/crm/deals", Map.of("Authorization", "Bearer " + token), deal, 201));
    }

    /**
     * Deals delivered as Standard Webhooks in Stride's generic format to a new endpoint of globex, straight at
     * crm-service: accepted deliveries/s, and delivery -> progress event at a live client once crm-service applied it.
     */
    static void webhooks(int rate, int seconds, int warmUp) throws Exception {
        String token = token("globex-admin");
        String created = post(token, CRM + "/api/crm/webhooks/endpoints",
                "{\"provider\":\"standard\",\"name\":\"Bench " + Instant.now() + "\"}", 201);
        String endpoint = match(ID, created);
        String secret = match(SECRET, created);
        String run = Long.toString(System.currentTimeMillis());
        Http1 crm = new Http1(URI.create(CRM));
        Write delivery = index -> {
            String id = "msg_bench_" + run + "_" + index;
            byte[] body = ("{\"kind\":\"deals\",\"externalId\":\"bench-" + run + "-" + index + "\",\"occurredAt\":\""
                    + Instant.now() + "\",\"fields\":{\"name\":\"Bench webhook deal\",\"amount\":100000,"
                    + "\"currency\":\"JPY\"}}").getBytes(StandardCharsets.UTF_8);
            long timestamp = Instant.now().getEpochSecond();
            crm.post("/api/crm/webhooks/standard/" + endpoint, Map.of("webhook-id", id, "webhook-timestamp",
                    Long.toString(timestamp), "webhook-signature", standardSignature(secret, id, timestamp, body)),
                    body, 202);
        };
        latency(rate, seconds, warmUp, token, "Webhook delivery -> SSE progress: %d deals delivered to crm-service",
                delivery);
    }

    /** Standard Webhooks v1: {@code v1,} + base64 HMAC-SHA256 of id.timestamp.body under the secret's bytes. */
    static String standardSignature(String secret, String id, long timestamp, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(secret.substring(6)),
                "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /**
     * Creates deals with {@code write} at a fixed rate and times, for each, how long until a live client of the
     * stream (through the gateway) receives the progress event of a KPI counting them (deals.created this month,
     * globex). The measured run follows {@code warmUp} seconds of the same load in rounds of
     * {@link #WARM_UP_ROUND_SECONDS}, each printed, as a service that just started needs minutes of it before its JIT
     * has compiled the request path.
     */
    static void latency(int rate, int seconds, int warmUp, String token, String title, Write write) throws Exception {
        String kpi = defineKpi(token, "Bench: deals created " + Instant.now(), "deals.created", subject(token));
        try {
            Map<Long, Long> seen = progressEvents(token, kpi);
            System.out.printf(title + " at %d/s for %d s after %d s of warm-up, the stream read through the "
                    + "gateway%n", rate * seconds, rate, seconds, warmUp);
            for (int done = 0; done < warmUp; done += WARM_UP_ROUND_SECONDS) {
                int length = Math.min(WARM_UP_ROUND_SECONDS, warmUp - done);
                Round round = round(rate, length, rate * done, token, kpi, seen, write);
                System.out.printf("  warm-up %3d-%3d s: %s%n", done, done + length, round.summary());
            }
            round(rate, seconds, rate * warmUp, token, kpi, seen, write).print();
        } finally { // left behind, each run's KPI would be recomputed by every later run's batches
            deleteKpi(token, kpi);
        }
    }

    /** How long each printed warm-up round of a latency benchmark lasts. */
    static final int WARM_UP_ROUND_SECONDS = 30;

    /**
     * Reads the stream through the gateway from now on: for each progress event of the KPI, the time (nanoTime) it
     * arrived, by the actual it showed (first arrival only).
     */
    static Map<Long, Long> progressEvents(String token, String kpi) throws InterruptedException {
        Map<Long, Long> seen = new ConcurrentHashMap<>();
        HttpRequest stream = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/analytics/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        HTTP.sendAsync(stream, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("data:") && line.contains(kpi))
                .forEach(line -> {
                    long now = System.nanoTime();
                    Matcher actual = ACTUAL.matcher(line);
                    if (actual.find()) {
                        seen.putIfAbsent(Long.parseLong(actual.group(1)), now);
                    }
                }));
        Thread.sleep(1000);
        return seen;
    }

    /**
     * One round of a latency benchmark: {@code rate × seconds} writes, numbered from {@code first}, each sent when
     * it is due (64 in flight at most), then waits until the stream shows them all. Latencies count from the time
     * a write was due, so a write that waited for a free sender counts its wait too.
     */
    static Round round(int rate, int seconds, int first, String token, String kpi, Map<Long, Long> seen,
            Write write) throws Exception {
        long base = awaitProgress(token, kpi);
        int writes = rate * seconds;
        long[] due = new long[writes];
        List<Long> answered = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                due[i] = start + (long) (i * 1e9 / rate);
                for (long wait = due[i] - System.nanoTime(); wait > 0; wait = due[i] - System.nanoTime()) {
                    LockSupport.parkNanos(wait); // not a spin: it would take one of the machine's two cores
                }
                int index = i;
                calls.add(pool.submit(() -> {
                    try {
                        write.deal(first + index);
                        answered.add(System.nanoTime() - due[index]);
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        due[index] = Long.MAX_VALUE;
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        long accepted = System.nanoTime();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long last = base + writes - failed.get();
        while (!seen.containsKey(last) && seen.keySet().stream().noneMatch(v -> v >= last)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // the k-th write (in sending order) is visible once the stream shows an actual of base + k or more
        List<Long> latencies = new ArrayList<>();
        List<Map.Entry<Long, Long>> events = new ArrayList<>(seen.entrySet());
        events.removeIf(event -> event.getKey() <= base);
        events.sort(Map.Entry.comparingByKey());
        long[] order = due.clone();
        java.util.Arrays.sort(order);
        int e = 0;
        for (int k = 1; k <= writes - failed.get(); k++) {
            while (e < events.size() && events.get(e).getKey() < base + k) {
                e++;
            }
            if (e == events.size()) {
                break;
            }
            latencies.add(Math.max(0, events.get(e).getValue() - order[k - 1]));
        }
        Collections.sort(latencies);
        List<Long> responses = new ArrayList<>(answered);
        Collections.sort(responses);
        return new Round(writes - failed.get(), (accepted - start) / 1e9, failed.get(), events.size(), responses,
                latencies);
    }

    /** What one round of a latency benchmark saw; both lists are sorted, in nanoseconds. */
    record Round(int accepted, double seconds, int failed, int events, List<Long> answers, List<Long> latencies) {

        String summary() {
            if (latencies.isEmpty()) {
                return String.format("%d accepted (%.0f/s), %d failed, no write reached the stream", accepted,
                        accepted / seconds, failed);
            }
            return String.format("%d accepted (%.0f/s), %d failed; answer p99 %.0f ms; progress event p50 %.0f ms, "
                    + "p99 %.0f ms", accepted, accepted / seconds, failed, percentile(answers, 99) / 1e6,
                    percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6);
        }

        void print() {
            System.out.printf("  accepted: %d in %.1f s (%.0f/s), %d failed%n", accepted, seconds, accepted / seconds,
                    failed);
            System.out.printf("  progress events received: %d (one per committed batch that changed the KPI)%n",
                    events);
            if (latencies.isEmpty()) {
                System.out.println("  no write reached the stream");
                return;
            }
            System.out.printf("  crm-service's answer: p50 %.0f ms, p99 %.0f ms%n", percentile(answers, 50) / 1e6,
                    percentile(answers, 99) / 1e6);
            System.out.printf("  due -> progress event at the client: p50 %.0f ms, p99 %.0f ms, max %.0f ms (n=%d)%n",
                    percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6, latencies.getLast() / 1e6,
                    latencies.size());
        }
    }

    // ----------------------------------------------------------------------------------------------------- ingest

    /** Events straight onto crm.deals for a fresh tenant with a KPI on them; then the raw ceiling of the same. */
    static void ingest(int events) throws Exception {
        String tenant = "bench-" + System.currentTimeMillis();
        System.out.printf("Ingest: %d deal events for tenant %s, with a KPI on deals.created (progress kept current)%n",
                events, tenant);
        try (KafkaProducer<String, String> producer = producer(); Connection db = database()) {
            defineKpiEvent(producer, tenant, "deals.created");
            Instant at = Instant.now();
            List<ProducerRecord<String, String>> records = dealEvents(tenant, events, at);
            long start = System.nanoTime();
            for (ProducerRecord<String, String> record : records) {
                producer.send(record);
            }
            producer.flush();
            long produced = System.nanoTime();
            awaitFacts(db, tenant, at, events);
            long done = System.nanoTime();
            System.out.printf("  produced in %.2f s (%.0f events/s)%n", (produced - start) / 1e9,
                    events / ((produced - start) / 1e9));
            System.out.printf("  analytics applied all of them %.2f s after the first was sent: %.0f events/s "
                    + "sustained%n", (done - start) / 1e9, events / ((done - start) / 1e9));

            long insertStart = System.nanoTime();
            rawInsert(db, records);
            long inserted = System.nanoTime();
            double produceSeconds = (produced - start) / 1e9;
            double insertSeconds = (inserted - insertStart) / 1e9;
            System.out.printf("  raw ceiling, same events: Kafka produce %.0f/s, PostgreSQL batch insert %.0f/s, "
                    + "both one after the other %.0f events/s%n", events / produceSeconds, events / insertSeconds,
                    events / (produceSeconds + insertSeconds));
            System.out.printf("  analytics reaches %.0f %% of the raw ceiling%n",
                    100.0 * (events / ((done - start) / 1e9)) / (events / (produceSeconds + insertSeconds)));
            cleanUp(db, tenant);
        }
    }

    // ---------------------------------------------------------------------------------------------------- history

    /**
     * Per-event cost with a small and a large history: ingest rate into a tenant with 10 thousand deal facts, then
     * into one with {@code events} facts (inserted straight into the database: history, not ingest). Then the
     * progress of 100 KPIs of the large tenant, computed as analytics computes it after a batch.
     */
    static void history(int events) throws Exception {
        int batch = 20_000;
        try (KafkaProducer<String, String> producer = producer(); Connection db = database()) {
            String warmUp = "bench-warm-up-" + System.currentTimeMillis();
            ingestInto(producer, db, warmUp, 10_000, batch); // so neither figure pays for a cold JIT
            cleanUp(db, warmUp);
            String small = "bench-small-" + System.currentTimeMillis();
            double smallRate = ingestInto(producer, db, small, 10_000, batch);
            cleanUp(db, small);
            String large = "bench-large-" + System.currentTimeMillis();
            double big = ingestInto(producer, db, large, events, batch);
            System.out.printf("Per-event cost: %.0f events/s with 10 thousand facts, %.0f events/s with %,d: "
                    + "ratio %.2f%n", smallRate, big, events, big / smallRate);
            cleanUp(db, large);
            compactFacts(db);
        }
    }

    /** The progress of 100 KPIs read from analytics-service as globex-admin, with {@code facts} deal facts. */
    static void progress(int facts) throws Exception {
        String token = token("globex-admin");
        List<String> kpis = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(); Connection db = database()) {
            long start = System.nanoTime();
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("""
                        insert into deal_fact (tenant_id, deal_id, status, amount, currency, owner_id, created_at,
                                               version, event_time)
                        select 'globex', %s, 'OPEN', 100000, 'JPY', 'bench-history', created_at, 0, now()
                          from (select now() - (random() * interval '1000 days') as created_at
                                  from generate_series(1, %d)) history""".formatted(UUID_V7, facts));
                sql.execute("vacuum analyze deal_fact");
            }
            rollUpHistory(db, "globex");
            System.out.printf("Progress of 100 KPIs: %,d deal facts added to globex in %.1f s%n", facts,
                    (System.nanoTime() - start) / 1e9);
            String[] metrics = { "deals.created", "deals.won.count", "deals.won.amount", "deals.win_rate",
                    "pipeline.open_amount" };
            for (int i = 0; i < 100; i++) {
                kpis.add(defineKpiEvent(producer, "globex", metrics[i % metrics.length]));
            }
            producer.flush();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (count(token) < 100 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<Long> times = new ArrayList<>();
            Http1 analytics = new Http1(URI.create(ANALYTICS));
            for (int i = 0; i < 1_500; i++) {
                long before = System.nanoTime();
                analytics.get("/api/analytics/kpis/progress", Map.of("Authorization", "Bearer " + token), 200);
                if (i >= 500) { // the first 500 warm up: right after a restart the JIT has compiled little of it
                    times.add(System.nanoTime() - before);
                }
            }
            Collections.sort(times);
            System.out.printf("  GET /kpis/progress at analytics-service (%d KPIs, the progress kept current, %,d "
                    + "requests): p50 %.0f ms, p99 %.0f ms%n",
                    count(token), times.size(), percentile(times, 50) / 1e6, percentile(times, 99) / 1e6);
            List<Long> afresh = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                changedEverything(db, "globex");
                long before = System.nanoTime();
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ANALYTICS
                        + "/api/analytics/kpis/progress")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                afresh.add(System.nanoTime() - before);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("progress answered " + response.statusCode());
                }
            }
            Collections.sort(afresh);
            System.out.printf("  the same right after a change of everything (every KPI computed afresh from the "
                    + "rollups): p50 %.0f ms, p99 %.0f ms%n", percentile(afresh, 50) / 1e6,
                    percentile(afresh, 99) / 1e6);
            List<Long> naive = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                naive.add(naive(db, metrics, 100));
            }
            Collections.sort(naive);
            System.out.printf("  the same 100 figures computed naively with SQL over the facts: p50 %.0f ms (%.0f x "
                    + "the rollups' p99)%n", percentile(naive, 50) / 1e6,
                    (double) percentile(naive, 50) / percentile(times, 99));
        } finally {
            try (Connection db = database(); Statement sql = db.createStatement()) {
                sql.executeUpdate("delete from deal_fact where tenant_id = 'globex' and owner_id = 'bench-history'");
                sql.executeUpdate("delete from metric_day where tenant_id = 'globex' and owner_id = 'bench-history'");
                sql.executeUpdate("delete from progress_input where tenant_id = 'globex' and input in (select "
                        + "cast(kpi_id as text) from kpi_definition where tenant_id = 'globex' and data ->> 'name' = "
                        + "'Bench KPI')");
                sql.executeUpdate("delete from kpi_definition where tenant_id = 'globex' and data ->> 'name' = "
                        + "'Bench KPI'");
                sql.executeUpdate("delete from kpi_progress where tenant_id = 'globex' and kpi_id not in "
                        + "(select kpi_id from kpi_definition where tenant_id = 'globex')");
                changedEverything(db, "globex");
                compactFacts(db);
            }
        }
    }

    /** Each KPI's actual for this month straight from deal_fact, one aggregate query per KPI; nanoseconds. */
    static long naive(Connection db, String[] metrics, int kpis) throws Exception {
        Map<String, String> sql = Map.of(
                "deals.created", "select count(*) from deal_fact where tenant_id = 'globex' and not deleted "
                        + "and created_at >= ? and created_at < ?",
                "deals.won.count", "select count(*) from deal_fact where tenant_id = 'globex' and not deleted "
                        + "and status = 'WON' and won_at >= ? and won_at < ?",
                "deals.won.amount", "select sum(amount) from deal_fact where tenant_id = 'globex' and not deleted "
                        + "and status = 'WON' and won_at >= ? and won_at < ?",
                "deals.win_rate", "select count(*) filter (where status = 'WON'), count(*) from deal_fact "
                        + "where tenant_id = 'globex' and not deleted and coalesce(won_at, lost_at) >= ? "
                        + "and coalesce(won_at, lost_at) < ?",
                "pipeline.open_amount", "select sum(amount) from deal_fact where tenant_id = 'globex' and not deleted "
                        + "and status = 'OPEN' and (created_at >= ? or created_at < ?)");
        LocalDate month = LocalDate.now(TOKYO).withDayOfMonth(1);
        java.sql.Timestamp from = java.sql.Timestamp.from(month.atStartOfDay(TOKYO).toInstant());
        java.sql.Timestamp to = java.sql.Timestamp.from(month.plusMonths(1).atStartOfDay(TOKYO).toInstant());
        long start = System.nanoTime();
        for (int i = 0; i < kpis; i++) {
            try (PreparedStatement query = db.prepareStatement(sql.get(metrics[i % metrics.length]))) {
                query.setTimestamp(1, from);
                query.setTimestamp(2, to);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                }
            }
        }
        return System.nanoTime() - start;
    }

    static int count(String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY
                + "/api/analytics/kpis/progress")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().split("\"kpiId\"", -1).length - 1;
    }

    static double ingestInto(KafkaProducer<String, String> producer, Connection db, String tenant, int history,
            int events) throws Exception {
        long start = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    insert into deal_fact (tenant_id, deal_id, status, amount, currency, owner_id, created_at, version,
                                           event_time)
                    select '%s', %s, 'OPEN', 100000, 'JPY', 'bench-history', created_at, 0, now()
                      from (select now() - (random() * interval '1000 days') as created_at
                              from generate_series(1, %d)) history""".formatted(tenant, UUID_V7, history));
        }
        System.out.printf("  %s: %,d facts of history inserted in %.1f s%n", tenant, history,
                (System.nanoTime() - start) / 1e9);
        // history is old and settled in a real system: rolled up, statistics current, nothing left for autovacuum
        long settle = System.nanoTime();
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum analyze deal_fact");
        }
        rollUpHistory(db, tenant);
        System.out.printf("  %s: rolled up and vacuumed in %.1f s%n", tenant, (System.nanoTime() - settle) / 1e9);
        defineKpiEvent(producer, tenant, "deals.created");
        Instant at = Instant.now();
        List<ProducerRecord<String, String>> records = dealEvents(tenant, events, at);
        long sent = System.nanoTime();
        records.forEach(producer::send);
        producer.flush();
        awaitFacts(db, tenant, at, events);
        double rate = events / ((System.nanoTime() - sent) / 1e9);
        System.out.printf("  %s: %,d new events applied at %.0f events/s%n", tenant, events, rate);
        return rate;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /**
     * Record and event ids as crm-service makes them (its {@code platform/Ids}): UUID version 7, the creation time in
     * milliseconds first. In SQL, of a row's {@code created_at}, for history inserted straight into the facts.
     */
    static final String UUID_V7 = "(lpad(to_hex(floor(extract(epoch from created_at) * 1000)::bigint), 12, '0') || '7'"
            + " || substr(md5(random()::text), 1, 3) || '8' || substr(md5(random()::text), 1, 15))::uuid";

    static UUID uuidV7() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL),
                (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L);
    }

    static List<ProducerRecord<String, String>> dealEvents(String tenant, int count, Instant at) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String deal = uuidV7().toString();
            String data = """
                    {"dealId":"%s","status":"OPEN","amount":100000,"currency":"JPY","ownerId":"bench",\
                    "ownerTeamId":null,"pipelineId":null,"leadSource":"web","probability":20,"createdAt":"%s",\
                    "wonAt":null,"lostAt":null,"version":0}""".formatted(deal, at);
            records.add(record("crm.deals", tenant, deal, "stride.crm.deal.created.v1", data, at));
        }
        return records;
    }

    static String defineKpiEvent(KafkaProducer<String, String> producer, String tenant, String metric) {
        String id = UUID.randomUUID().toString();
        LocalDate month = LocalDate.now(TOKYO).withDayOfMonth(1);
        String data = """
                {"id":"%s","name":"Bench KPI","metricId":"%s","filters":null,"direction":"HIGHER",\
                "periodType":"MONTH","targets":[{"periodStart":"%s","value":1000000}],"version":0}"""
                .formatted(id, metric, month);
        producer.send(record("kpi.definitions", tenant, id, "stride.kpi.kpi.defined.v1", data, Instant.now()));
        return id;
    }

    static ProducerRecord<String, String> record(String topic, String tenant, String key, String type, String data,
            Instant at) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", bytes("1.0"));
        headers.add("ce_id", bytes(uuidV7().toString()));
        headers.add("ce_type", bytes(type));
        headers.add("ce_source", bytes("/stride/bench"));
        headers.add("ce_subject", bytes(key));
        headers.add("ce_time", bytes(at.toString()));
        headers.add("ce_tenantid", bytes(tenant));
        headers.add("content-type", bytes("application/json"));
        return new ProducerRecord<>(topic, null, key, data, headers);
    }

    /**
     * Waits until analytics holds {@code expected} deal facts of the tenant created at {@code since} or later (the
     * events sent): counting only those keeps the wait's own cost from growing with the history it measures.
     */
    static void awaitFacts(Connection db, String tenant, Instant since, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        try (PreparedStatement count = db.prepareStatement(
                "select count(*) from deal_fact where tenant_id = ? and created_at >= ?")) {
            count.setString(1, tenant);
            count.setTimestamp(2, java.sql.Timestamp.from(since));
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= expected) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("analytics did not apply " + expected + " facts in time");
    }

    static void rawInsert(Connection db, List<ProducerRecord<String, String>> records) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("create temporary table bench_raw (event_id uuid primary key, tenant_id text, "
                    + "data jsonb)");
        }
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement(
                "insert into bench_raw (event_id, tenant_id, data) values (?, ?, cast(? as jsonb))")) {
            int n = 0;
            for (ProducerRecord<String, String> record : records) {
                insert.setObject(1, UUID.fromString(new String(record.headers().lastHeader("ce_id").value(),
                        StandardCharsets.UTF_8)));
                insert.setString(2, new String(record.headers().lastHeader("ce_tenantid").value(),
                        StandardCharsets.UTF_8));
                insert.setString(3, record.value());
                insert.addBatch();
                if (++n % 500 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
    }

    /** Records a change of everything in the tenant's progress, as analytics does when its settings change. */
    static void changedEverything(Connection db, String tenant) throws Exception {
        try (PreparedStatement changed = db.prepareStatement("""
                insert into progress_input (tenant_id, input, changed_seq)
                values (?, '*', nextval('progress_input_seq'))
                on conflict (tenant_id, input) do update set changed_seq = excluded.changed_seq""")) {
            changed.setString(1, tenant);
            changed.executeUpdate();
        }
    }

    /**
     * The daily rollups of history inserted straight into deal_fact, as analytics keeps them for facts it applies,
     * and the change recorded, so no progress computed before it is served as current.
     */
    static void rollUpHistory(Connection db, String tenant) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    insert into metric_day (tenant_id, fact, day, owner_id, team_id, source, pipeline_id,
                                            activity_type, currency, records, amount, cycle_days, weighted)
                    select f.tenant_id, c.fact, c.day, c.owner_id, c.team_id, c.source, c.pipeline_id,
                           c.activity_type, c.currency, count(*), sum(c.amount), sum(c.cycle_days), sum(c.weighted)
                      from deal_fact f cross join lateral deal_contributions(f, 'Asia/Tokyo') c
                     where f.tenant_id = '%s' and f.owner_id = 'bench-history'
                     group by 1, 2, 3, 4, 5, 6, 7, 8, 9
                    on conflict on constraint metric_day_key do update
                       set records = metric_day.records + excluded.records,
                           amount = metric_day.amount + excluded.amount,
                           weighted = metric_day.weighted + excluded.weighted""".formatted(tenant));
            sql.execute("vacuum analyze metric_day");
        }
        changedEverything(db, tenant);
    }

    static void cleanUp(Connection db, String tenant) throws Exception {
        for (String table : List.of("deal_fact", "kpi_definition", "kpi_progress", "metric_day", "progress_input")) {
            try (PreparedStatement delete = db.prepareStatement("delete from " + table + " where tenant_id = ?")) {
                delete.setString(1, tenant);
                delete.executeUpdate();
            }
        }
    }

    /** Gives back the space of removed history: 5 million deleted facts left 1.5 GB of table and index behind. */
    static void compactFacts(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("vacuum full analyze deal_fact");
        }
    }

    static KafkaProducer<String, String> producer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "131072");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(properties);
    }

    static Connection database() throws Exception {
        return DriverManager.getConnection(DATABASE, "analytics", System.getenv("STRIDE_ANALYTICS_DB_PASSWORD"));
    }

    static String defineKpi(String token, String name, String metric, String owner) throws Exception {
        LocalDate month = LocalDate.now(TOKYO).withDayOfMonth(1);
        String body = """
                {"name":"%s","metricId":"%s","ownerId":"%s","periodType":"MONTH",\
                "targets":[{"periodStart":"%s","value":1000000}]}""".formatted(name, metric, owner, month);
        return match(ID, post(token, GATEWAY + "/api/kpi/kpis", body, 201));
    }

    static void deleteKpi(String token, String kpi) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/kpi/kpis/" + kpi))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("deleting KPI " + kpi + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    static long awaitProgress(String token, String kpi) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY
                    + "/api/analytics/kpis/" + kpi + "/progress")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return Long.parseLong(match(ACTUAL, response.body()));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("analytics never showed KPI " + kpi);
    }

    static String post(String token, String url, String json, int expected) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=stride-test&username=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&password=stride-demo-pass";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return match(TOKEN, response.body());
    }

    static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return match(Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\""), payload);
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
