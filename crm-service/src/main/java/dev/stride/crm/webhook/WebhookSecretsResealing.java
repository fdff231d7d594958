package dev.stride.crm.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals the webhook secrets of rows sealed without associated data ({@code sealing = 1}: written before V15, or by an
 * older replica during a rolling upgrade) again, bound to their row and column, when crm-service starts. Rows are
 * locked while they are resealed, so replicas starting together never reseal one twice. No request tenant exists
 * here: native SQL over every tenant's endpoints, which only changes how their own values are stored.
 */
@ApplicationScoped
class WebhookSecretsResealing {

    private static final Logger LOG = Logger.getLogger(WebhookSecretsResealing.class);

    private final EntityManager em;
    private final SecretBox box;

    WebhookSecretsResealing(EntityManager em, SecretBox box) {
        this.em = em;
        this.box = box;
    }

    void start(@Observes StartupEvent startup) {
        int resealed = reseal();
        if (resealed > 0) {
            LOG.infof("Sealed the secrets of %d webhook endpoint(s) again, bound to their endpoint and column",
                    resealed);
        }
    }

    /** Reseals every row still sealed without associated data; how many there were. */
    int reseal() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("""
                    select id, secret, previous_secret from webhook_endpoint
                     where sealing = ?1 order by id for update""")
                    .setParameter(1, SecretBox.UNBOUND)
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                UUID id = (UUID) columns[0];
                em.createNativeQuery("""
                        update webhook_endpoint
                           set secret = cast(?2 as bytea), previous_secret = cast(?3 as bytea), sealing = ?4
                         where id = ?1""")
                        .setParameter(1, id)
                        .setParameter(2, again((byte[]) columns[1], id, SecretBox.Column.SECRET))
                        .setParameter(3, again((byte[]) columns[2], id, SecretBox.Column.PREVIOUS_SECRET))
                        .setParameter(4, SecretBox.BOUND)
                        .executeUpdate();
            }
            return rows.size();
        });
    }

    private byte[] again(byte[] sealed, UUID id, SecretBox.Column column) {
        return sealed == null ? null
                : box.seal(box.open(sealed, SecretBox.UNBOUND, id, column), id, column);
    }
}
