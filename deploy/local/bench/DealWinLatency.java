import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): wins deals through crm-service and measures how long until analytics-service reports them.
 * Phase 1 wins deals one at a time and times each, from sending the win until deals.won.count shows it
 * (p50/p99/max). Phase 2 wins a burst concurrently and reports end-to-end events per second.
 *
 * <pre>java deploy/local/bench/DealWinLatency.java [deals] [user]</pre>
 */
public class DealWinLatency {

    static final String CRM = "http://localhost:8081/api/crm";
    static final String ANALYTICS = "http://localhost:8083/api/analytics";
    static final String TOKEN_URL = "http://localhost:8180/auth/realms/stride/protocol/openid-connect/token";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String token;

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String user = args.length > 1 ? args[1] : "globex-rep";
        token = token(user);

        System.out.printf("Warming up (20 deals, not measured) as %s...%n", user);
        for (int i = 0; i < 20; i++) {
            winAndWait(createDeal());
        }

        System.out.printf("Phase 1: %d deals won one at a time, each timed until analytics reports it%n", deals);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            micros.add(winAndWait(createDeal()));
        }
        Collections.sort(micros);
        System.out.printf("  win -> deals.won.count updated: p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)%n",
                percentile(micros, 50) / 1000.0, percentile(micros, 99) / 1000.0,
                micros.getLast() / 1000.0, micros.size());

        System.out.printf("Phase 2: %d deals won by 8 concurrent clients%n", deals);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < deals; i++) {
            ids.add(createDeal());
        }
        long before = wonCount();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> wins = new ArrayList<>();
            for (String id : ids) {
                wins.add(pool.submit(() -> post(CRM + "/deals/" + id + "/win", "{}", 200)));
            }
            for (Future<?> win : wins) {
                win.get();
            }
        }
        long accepted = System.nanoTime();
        awaitWonCount(before + deals);
        long done = System.nanoTime();
        System.out.printf("  API accepted %d wins in %.2f s (%.0f wins/s)%n", deals, (accepted - start) / 1e9,
                deals / ((accepted - start) / 1e9));
        System.out.printf("  analytics counted all of them after %.2f s: %.0f events/s end to end%n",
                (done - start) / 1e9, deals / ((done - start) / 1e9));
    }

    static long winAndWait(String dealId) throws Exception {
        long before = wonCount();
        long start = System.nanoTime();
        post(CRM + "/deals/" + dealId + "/win", "{}", 200);
        awaitWonCount(before + 1);
        return (System.nanoTime() - start) / 1000;
    }

    static void awaitWonCount(long expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (wonCount() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("analytics did not reach " + expected + " within " + PATIENCE);
            }
            Thread.onSpinWait();
        }
    }

    static String createDeal() throws Exception {
        String body = post(CRM + "/deals", "{\"name\":\"Benchmark deal\",\"amount\":100000,\"currency\":\"JPY\"}",
                201);
        return match(ID, body);
    }

    static long wonCount() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ANALYTICS + "/metrics/deals.won.count"))
                .header("Authorization", "Bearer " + token).GET().build();
        return Long.parseLong(match(VALUE, send(request, 200)));
    }

    static String post(String url, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return send(request.build(), expected);
    }

    static String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String token(String user) throws Exception {
        String form = "grant_type=password&client_id=stride-test&username=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&password=stride-demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return match(TOKEN, send(request, 200));
    }

    static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + text);
        }
        return m.group(1);
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
