package dev.stride.analytics.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/** Follows an SSE stream in the background and keeps every line it receives, for tests to wait on. */
public final class SseClient implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    public SseClient(URI stream) {
        http.sendAsync(HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new LineCollector(lines)));
    }

    /** The lines received so far. */
    public List<String> lines() {
        return lines;
    }

    /** True once the server's first keep-alive arrived: the subscription is open. */
    public boolean open() {
        return lines.stream().anyMatch(line -> line.matches(":\\s?keep-alive"));
    }

    /** Drops the connection (the stream never ends by itself, so this does not wait for it). */
    @Override
    public void close() {
        http.shutdownNow();
    }

    private record LineCollector(List<String> lines) implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable throwable) {
            lines.add("! stream failed: " + throwable);
        }

        @Override
        public void onComplete() {
            lines.add("! stream closed");
        }
    }
}
