package dev.stride.crm.webhook;

import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Admins' webhook endpoints of the caller's tenant: create, list, rotate the secret, disable, delete. */
@ApplicationScoped
class WebhookEndpoints {

    private final SecretBox box;
    private final WebhookConfig config;
    private final Clock clock;

    WebhookEndpoints(SecretBox box, WebhookConfig config, Clock clock) {
        this.box = box;
        this.config = config;
        this.clock = clock;
    }

    /** A new endpoint with a new secret, shown in this answer only. */
    @Transactional
    WebhookEndpointResponse create(WebhookEndpointRequest request) {
        WebhookProvider provider = WebhookProvider.ofPath(request.provider().strip())
                .orElseThrow(() -> new ProblemException.InvalidField("provider", "must be one of "
                        + List.of(WebhookProvider.values()).stream().map(WebhookProvider::path).toList()
                        + ", not " + request.provider()));
        String name = request.name().strip();
        if (WebhookEndpoint.count("name", name) > 0) {
            throw new ProblemException.Conflict("A webhook endpoint named " + name + " exists already; choose another "
                    + "name.");
        }
        Instant now = clock.instant();
        String secret = StandardWebhooks.newSecret();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.provider = provider;
        endpoint.name = name;
        endpoint.secret = box.seal(secret);
        endpoint.enabled = true;
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        endpoint.persistAndFlush();
        return WebhookEndpointResponse.of(endpoint, secret, now);
    }

    List<WebhookEndpointResponse> list() {
        Instant now = clock.instant();
        return WebhookEndpoint.<WebhookEndpoint>listAll().stream()
                .sorted((a, b) -> a.name.compareTo(b.name))
                .map(endpoint -> WebhookEndpointResponse.of(endpoint, null, now))
                .toList();
    }

    WebhookEndpointResponse get(UUID id) {
        return WebhookEndpointResponse.of(find(id), null, clock.instant());
    }

    /**
     * A new secret, shown in this answer only; the one it replaces stays valid for the rotation grace (24 h), so the
     * sender can switch over without losing a delivery.
     */
    @Transactional
    WebhookEndpointResponse rotate(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        Instant now = clock.instant();
        String secret = StandardWebhooks.newSecret();
        endpoint.previousSecret = endpoint.secret;
        endpoint.previousValidUntil = now.plus(config.rotationGrace());
        endpoint.secret = box.seal(secret);
        endpoint.updatedAt = now;
        endpoint.flush();
        return WebhookEndpointResponse.of(endpoint, secret, now);
    }

    /** Enables or disables the endpoint: a disabled one accepts no delivery (401, as an unknown one). */
    @Transactional
    WebhookEndpointResponse enable(UUID id, boolean enabled, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        if (endpoint.enabled != enabled) {
            endpoint.enabled = enabled;
            endpoint.updatedAt = clock.instant();
            endpoint.flush();
        }
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /** Deletes the endpoint and its deliveries. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        endpoint.delete();
    }

    private static WebhookEndpoint find(UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw new ProblemException.NotFound("Webhook endpoint", id);
        }
        return endpoint;
    }
}
