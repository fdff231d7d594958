package dev.stride.crm.contact;

import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Contact use cases; a contact always belongs to an account of the same tenant. */
@ApplicationScoped
public class ContactService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final AccountDirectory accounts;
    private final Clock clock;

    ContactService(Outbox outbox, CurrentTenant tenant, Ownership ownership, AccountDirectory accounts, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public ContactResponse create(ContactRequest request) {
        requireAccount(request.accountId());
        Contact contact = Contact.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(), "a contact"),
                clock.instant());
        contact.persistAndFlush();
        outbox.record(tenant.id(), contact.created());
        return ContactResponse.from(contact);
    }

    /** Creates the contact of an import row, or updates the one imported before with this external id. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean upsert(String externalId, ContactRequest request) {
        Contact contact = Contact.byReference(externalId);
        if (contact == null) {
            contact = Contact.open(request, ownership.ownerFor(request.ownerId(), tenant.userId(), "a contact"),
                    clock.instant());
            contact.externalId = externalId;
            contact.persistAndFlush();
            outbox.record(tenant.id(), contact.created());
            return true;
        }
        ownership.requireMayChange(contact.ownerId, "contacts");
        contact.update(request, ownership.ownerFor(request.ownerId(), contact.ownerId, "a contact"), clock.instant());
        Contact.flush();
        outbox.record(tenant.id(), contact.updated());
        return false;
    }

    ContactResponse get(UUID id) {
        return ContactResponse.from(find(id));
    }

    @Transactional
    ContactResponse update(UUID id, String ifMatch, ContactRequest request) {
        Contact contact = find(id);
        Versions.requireMatch("Contact " + id, ifMatch, contact.version);
        ownership.requireMayChange(contact.ownerId, "contacts");
        requireAccount(request.accountId());
        contact.update(request, ownership.ownerFor(request.ownerId(), contact.ownerId, "a contact"), clock.instant());
        Contact.flush();
        outbox.record(tenant.id(), contact.updated());
        return ContactResponse.from(contact);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Contact contact = find(id);
        Versions.requireMatch("Contact " + id, ifMatch, contact.version);
        ownership.requireMayChange(contact.ownerId, "contacts");
        outbox.record(tenant.id(), contact.deleted(clock.instant()));
        contact.delete();
    }

    Page<ContactResponse> list(ContactQuery query) {
        return filtered(query)
                .page((where, params) -> Contact.count(where, params), (where, params) -> Contact.find(where, params),
                        query.sort(), query.cursor(), query.limit(),
                        ContactResponse::from);
    }

    /** Writes every contact the query matches as a CSV row of {@link ContactCsv}, in the query's order. */
    void export(ContactQuery query, CsvWriter csv) {
        filtered(query).each((where, params) -> Contact.find(where, params), query.sort(), batch -> {
            Map<UUID, String> accountReferences = accounts.references(batch.stream().map(c -> c.accountId)
                    .collect(Collectors.toSet()));
            batch.forEach(contact -> csv.row(ContactCsv.row(contact, accountReferences.get(contact.accountId))));
        });
    }

    private Listing<Contact> filtered(ContactQuery query) {
        return new Listing<Contact>()
                .containing(query.text(), "name", "coalesce(kana, '')", "coalesce(email, '')")
                .where("accountId = :account", "account", query.accountId())
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()));
    }

    private void requireAccount(UUID accountId) {
        if (!accounts.exists(accountId)) {
            throw new ProblemException.InvalidField("accountId", "there is no account " + accountId);
        }
    }

    private static Contact find(UUID id) {
        Contact contact = Contact.findById(id);
        if (contact == null) {
            throw new ProblemException.NotFound("Contact", id);
        }
        return contact;
    }
}
