import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test) of the CRM through the gateway: a CSV import of N deals (default 100,000) with their 1,000
 * accounts, then the deal list endpoint with that many deals in the tenant. Prints figures; asserts nothing.
 *
 * <pre>java deploy/local/bench/CrmBench.java import|list [deals] [user]</pre>
 * The stack's {@code bench-crm} runs the import, waits until the events have settled, then loads the list.
 */
public class CrmBench {

    static final String GATEWAY = "http://localhost:8080/api/crm";
    static final String CRM = "http://localhost:8081/api/crm";
    static final String TOKEN_URL = "http://localhost:8180/auth/realms/stride/protocol/openid-connect/token";
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String user;

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        int deals = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        user = args.length > 2 ? args[2] : "globex-admin";
        if (phase.equals("list")) {
            System.out.println("Deal list (GET /deals?limit=50, newest first, with the total) with the tenant's deals:");
            listLoad(GATEWAY, 8, 18, Duration.ofSeconds(20), "through the gateway, 8 sessions at 18 req/s each");
            listLoad(CRM, 8, 0, Duration.ofSeconds(20), "straight to crm-service, 8 clients as fast as they can");
            return;
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        System.out.printf("CSV import through the gateway as %s (run %s)%n", user, run);

        byte[] accounts = accountsCsv(run, 1000);
        importFile("accounts", accounts, false, 1000);
        byte[] dealsCsv = dealsCsv(run, deals, 1000);
        System.out.printf("  deals file: %d rows, %.1f MB%n", deals, dealsCsv.length / 1e6);
        importFile("deals", dealsCsv, true, deals);
        importFile("deals", dealsCsv, false, deals);
    }

    static void importFile(String kind, byte[] file, boolean dryRun, int rows) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(GATEWAY + "/imports/" + kind + "?dryRun=" + dryRun))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofByteArray(file)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(kind + " import: " + response.statusCode() + " " + response.body());
        }
        System.out.printf("  %s %s: %d rows in %.1f s = %.0f rows/s; report %s%n", kind,
                dryRun ? "dry run" : "commit", rows, seconds, rows / seconds, summary(response.body()));
    }

    /** C clients, each with its own session, for the duration; 0 req/s means as fast as answers come. */
    static void listLoad(String base, int clients, int perSecond, Duration duration, String label) throws Exception {
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(token());
        }
        long end = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (String token : tokens) {
                pool.submit(() -> {
                    long next = System.nanoTime();
                    while (System.nanoTime() < end) {
                        if (perSecond > 0) {
                            next += 1_000_000_000L / perSecond;
                            long wait = next - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/deals?limit=50"))
                                .header("Authorization", "Bearer " + token).GET().build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            micros.add((System.nanoTime() - start) / 1000);
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("  %s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d answered 200, %d not%n",
                label, sorted.size() / (double) duration.toSeconds(), percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0, sorted.getLast() / 1000.0, sorted.size(), failures.get());
    }

    static byte[] accountsCsv(String run, int count) {
        StringBuilder csv = new StringBuilder("externalId,name,industry,sizeBand\n");
        String[] industries = { "製造業", "小売業", "IT", "物流", "建設" };
        String[] sizes = { "MICRO", "SMALL", "MEDIUM", "LARGE" };
        for (int i = 0; i < count; i++) {
            csv.append(run).append("-a").append(i).append(",株式会社ベンチ").append(i).append(',')
                    .append(industries[i % industries.length]).append(',').append(sizes[i % sizes.length])
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Deals of the last 12 months: 60 % open across the stages, 25 % won, 15 % lost. */
    static byte[] dealsCsv(String run, int count, int accounts) {
        Random random = new Random(42);
        String[] stages = { "Qualification", "Needs analysis", "Proposal", "Negotiation", "Contract" };
        String[] reasons = { "Price", "Lost to a competitor", "No budget", "Timing" };
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder(
                "externalId,name,accountExternalId,stage,amount,currency,status,createdAt,closedAt,lostReason\n");
        for (int i = 0; i < count; i++) {
            LocalDate created = today.minusDays(30 + random.nextInt(330));
            int kind = random.nextInt(100);
            String status = kind < 60 ? "OPEN" : kind < 85 ? "WON" : "LOST";
            String closed = status.equals("OPEN") ? "" : created.plusDays(1 + random.nextInt(29)).toString();
            csv.append(run).append("-d").append(i).append(",ベンチ商談 ").append(i).append(',').append(run)
                    .append("-a").append(random.nextInt(accounts)).append(',')
                    .append(stages[random.nextInt(stages.length)]).append(',')
                    .append((1 + random.nextInt(500)) * 10_000).append(",JPY,").append(status).append(',')
                    .append(created).append(',').append(closed).append(',')
                    .append(status.equals("LOST") ? reasons[random.nextInt(reasons.length)] : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String summary(String report) {
        Matcher m = Pattern.compile("\"(rows|created|updated|errorCount|committed)\"\\s*:\\s*([^,}]+)").matcher(report);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(out.isEmpty() ? "" : ", ").append(m.group(1)).append('=').append(m.group(2));
        }
        return out.toString();
    }

    static String token() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=stride-test&username="
                        + user + "&password=stride-demo-pass"))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return m.group(1);
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
