package dev.stride.crm.lead;

import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.account.AccountRequest;
import dev.stride.crm.account.AccountService;
import dev.stride.crm.contact.ContactDirectory;
import dev.stride.crm.contact.ContactRequest;
import dev.stride.crm.contact.ContactService;
import dev.stride.crm.deal.DealRequest;
import dev.stride.crm.deal.DealResponse;
import dev.stride.crm.deal.DealService;
import dev.stride.crm.events.Outbox;
import dev.stride.crm.imports.CsvWriter;
import dev.stride.crm.platform.Choices;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Listing;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Lead use cases. A conversion creates or links an account and a contact and opens a deal, all in one transaction. */
@ApplicationScoped
class LeadService {

    private final Outbox outbox;
    private final CurrentTenant tenant;
    private final Ownership ownership;
    private final Choices choices;
    private final AccountDirectory accountDirectory;
    private final AccountService accounts;
    private final ContactDirectory contactDirectory;
    private final ContactService contacts;
    private final DealService deals;
    private final Clock clock;

    LeadService(Outbox outbox, CurrentTenant tenant, Ownership ownership, Choices choices,
            AccountDirectory accountDirectory, AccountService accounts, ContactDirectory contactDirectory,
            ContactService contacts, DealService deals, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.ownership = ownership;
        this.choices = choices;
        this.accountDirectory = accountDirectory;
        this.accounts = accounts;
        this.contactDirectory = contactDirectory;
        this.contacts = contacts;
        this.deals = deals;
        this.clock = clock;
    }

    @Transactional
    LeadResponse create(LeadRequest request) {
        Lead lead = Lead.open(request, source(request), ownership.ownerFor(request.ownerId(), tenant.userId(),
                "a lead"), clock.instant());
        lead.persistAndFlush();
        outbox.record(tenant.id(), LeadEvent.of(LeadEvent.CREATED, lead, lead.createdAt));
        return LeadResponse.from(lead);
    }

    /** Creates the lead of an import row (at {@code createdAt}), or updates the one imported before. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean upsert(String externalId, LeadRequest request, Instant createdAt) {
        Lead lead = Lead.byReference(externalId);
        if (lead == null) {
            lead = Lead.open(request, source(request), ownership.ownerFor(request.ownerId(), tenant.userId(),
                    "a lead"), createdAt != null ? createdAt : clock.instant());
            lead.externalId = externalId;
            lead.persistAndFlush();
            outbox.record(tenant.id(), LeadEvent.of(LeadEvent.CREATED, lead, lead.createdAt));
            return true;
        }
        ownership.requireMayChange(lead.ownerId, "leads");
        lead.update(request, source(request), ownership.ownerFor(request.ownerId(), lead.ownerId, "a lead"),
                clock.instant());
        Lead.flush();
        outbox.record(tenant.id(), LeadEvent.of(LeadEvent.UPDATED, lead, lead.updatedAt));
        return false;
    }

    LeadResponse get(UUID id) {
        return LeadResponse.from(find(id));
    }

    @Transactional
    LeadResponse update(UUID id, String ifMatch, LeadRequest request) {
        Lead lead = changeable(id, ifMatch);
        lead.update(request, source(request), ownership.ownerFor(request.ownerId(), lead.ownerId, "a lead"),
                clock.instant());
        Lead.flush();
        outbox.record(tenant.id(), LeadEvent.of(LeadEvent.UPDATED, lead, lead.updatedAt));
        return LeadResponse.from(lead);
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        Lead lead = changeable(id, ifMatch);
        lead.requireNotConverted();
        outbox.record(tenant.id(), LeadEvent.of(LeadEvent.DELETED, lead, clock.instant()));
        lead.delete();
        try {
            Lead.flush();
        } catch (PersistenceException stillReferenced) {
            throw new ProblemException.Conflict("Lead " + id + " still has activities; disqualify it instead, or "
                    + "delete its activities first.");
        }
    }

    @Transactional
    LeadResponse changeStatus(UUID id, String ifMatch, LeadStatusRequest request) {
        Lead lead = changeable(id, ifMatch);
        changeStatus(lead, request.status(), request.reason(), clock.instant());
        return LeadResponse.from(lead);
    }

    /** Sets the lead's status as of {@code at} and publishes the change; false when it had that status already. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean changeStatus(Lead lead, LeadStatus status, String reason, Instant at) {
        ownership.requireMayChange(lead.ownerId, "leads");
        LeadStatus previous = lead.changeStatus(status, reason, at);
        if (previous == null) {
            return false;
        }
        Lead.flush();
        outbox.record(tenant.id(), LeadEvent.statusChanged(lead, previous));
        return true;
    }

    @Transactional
    ConversionResponse convert(UUID id, String ifMatch, ConvertRequest request) {
        Lead lead = changeable(id, ifMatch);
        lead.requireConvertible();
        UUID accountId = linkedAccount(request);
        boolean accountCreated = accountId == null;
        if (accountCreated) {
            accountId = accounts.create(new AccountRequest(lead.company != null ? lead.company : lead.name, null,
                    null, lead.ownerId)).id();
        }
        boolean contactCreated = request.contactId() == null;
        UUID contactId = contactCreated
                ? contacts.create(new ContactRequest(accountId, lead.name, null, lead.email, lead.phone, null,
                        lead.ownerId)).id()
                : request.contactId();
        DealRequest deal = request.deal();
        if (deal.accountId() != null && !deal.accountId().equals(accountId)) {
            throw new ProblemException.InvalidField("deal.accountId", "leave it out: the deal goes to the account of "
                    + "the conversion (" + accountId + ")");
        }
        DealResponse opened = deals.createFromLead(new DealRequest(deal.name(), accountId, deal.pipelineId(),
                deal.stageId(), deal.amount(), deal.currency(), deal.expectedCloseDate(),
                deal.ownerId() != null ? deal.ownerId() : lead.ownerId), lead.id, lead.source);
        Instant now = clock.instant();
        lead.convert(accountId, contactId, opened.id(), now);
        Lead.flush();
        outbox.record(tenant.id(), LeadEvent.of(LeadEvent.CONVERTED, lead, now));
        return new ConversionResponse(LeadResponse.from(lead), accountId, contactId, opened, accountCreated,
                contactCreated);
    }

    Page<LeadResponse> list(LeadQuery query) {
        return filtered(query)
                .page((where, params) -> Lead.count(where, params), (where, params) -> Lead.find(where, params),
                        query.sort(), query.cursor(), query.limit(), LeadResponse::from);
    }

    /** Writes every lead the query matches as a CSV row of {@link LeadCsv}, in the query's order. */
    void export(LeadQuery query, CsvWriter csv) {
        filtered(query).each((where, params) -> Lead.find(where, params), query.sort(),
                batch -> batch.forEach(lead -> csv.row(LeadCsv.row(lead))));
    }

    private Listing<Lead> filtered(LeadQuery query) {
        return new Listing<Lead>()
                .containing(query.text(), "name", "coalesce(company, '')", "coalesce(email, '')")
                .where("ownerId = :owner", "owner", query.ownerId())
                .ownedByAnyOf(ownership.ownersIn(query.teamId()))
                .where("status = :status", "status", query.status())
                .where("source = :source", "source", query.source())
                .where("campaign = :campaign", "campaign", query.campaign())
                .where("createdAt >= :createdFrom", "createdFrom", query.createdFrom())
                .where("createdAt < :createdTo", "createdTo", query.createdTo());
    }

    LeadSources sources() {
        return new LeadSources(choices.current(LeadSources.LIST, LeadSources.DEFAULT.sources()));
    }

    /** Replaces the list; leads from a source no longer listed keep it. */
    @Transactional
    LeadSources replaceSources(LeadSources request) {
        return new LeadSources(choices.replace(LeadSources.LIST, request.sources(), "sources"));
    }

    /** The account a conversion links: the one named, else the named contact's; null when a new one is needed. */
    private UUID linkedAccount(ConvertRequest request) {
        if (request.contactId() != null) {
            UUID contactAccount = contactDirectory.accountOf(request.contactId())
                    .orElseThrow(() -> new ProblemException.InvalidField("contactId", "no contact "
                            + request.contactId() + " exists"));
            if (request.accountId() != null && !request.accountId().equals(contactAccount)) {
                throw new ProblemException.InvalidField("contactId", "works at another account than accountId");
            }
            return contactAccount;
        }
        if (request.accountId() != null && !accountDirectory.exists(request.accountId())) {
            throw new ProblemException.InvalidField("accountId", "no account " + request.accountId() + " exists");
        }
        return request.accountId();
    }

    String source(LeadRequest request) {
        return choices.require(LeadSources.LIST, LeadSources.DEFAULT.sources(), "source", request.source());
    }

    private Lead changeable(UUID id, String ifMatch) {
        Lead lead = find(id);
        Versions.requireMatch("Lead " + id, ifMatch, lead.version);
        ownership.requireMayChange(lead.ownerId, "leads");
        return lead;
    }

    private static Lead find(UUID id) {
        Lead lead = Lead.findById(id);
        if (lead == null) {
            throw new ProblemException.NotFound("Lead", id);
        }
        return lead;
    }
}
