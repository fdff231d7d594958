package dev.stride.crm.contact;

import java.util.Set;
import dev.stride.crm.account.AccountDirectory;
import dev.stride.crm.imports.CsvImport;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.ExternalIds;
import dev.stride.crm.platform.Ownership;
import dev.stride.crm.platform.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contacts as CSV, read by imports and written by exports: the {@link #COLUMNS}. */
@RequestScoped
class ContactCsv implements CsvImport<ContactRequest> {

    static final List<String> COLUMNS = List.of("externalId", "accountExternalId", "name", "kana", "email", "phone",
            "title", "ownerId");

    /** Account ids by external id, for this one import (request). */
    private final Map<String, UUID> accountIds = new HashMap<>();
    private final ContactService contacts;
    private final AccountDirectory accounts;
    private final Ownership ownership;
    private final CurrentTenant tenant;

    ContactCsv(ContactService contacts, AccountDirectory accounts, Ownership ownership, CurrentTenant tenant) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.ownership = ownership;
        this.tenant = tenant;
    }

    @Override
    public String kind() {
        return "contacts";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    /** A contact as an export writes it: what its import reads back. */
    static List<Object> row(Contact contact, String accountReference) {
        return Arrays.asList(ExternalIds.reference(contact.id, contact.externalId), accountReference, contact.name,
                contact.kana, contact.email, contact.phone, contact.title, contact.ownerId);
    }

    @Override
    public ContactRequest parse(Row row) {
        String account = row.get("accountExternalId");
        if (account == null) {
            throw new RowError("accountExternalId", "is required: the external id of the contact's account");
        }
        UUID accountId = accountIds.computeIfAbsent(account, accounts::byExternalId);
        if (accountId == null) {
            throw new RowError("accountExternalId", "no account was imported with this external id; import the "
                    + "accounts first");
        }
        return new ContactRequest(accountId, row.get("name"), row.get("kana"), row.get("email"), row.get("phone"),
                row.get("title"), row.get("ownerId"));
    }

    @Override
    public void check(Row row, ContactRequest request) {
        try {
            Contact existing = Contact.byReference(row.get("externalId"));
            if (existing != null) {
                ownership.requireMayChange(existing.ownerId, "contacts");
            }
            ownership.ownerFor(request.ownerId(), existing != null ? existing.ownerId : tenant.userId(), "a contact");
        } catch (ProblemException.Forbidden e) {
            throw new RowError("ownerId", e.getMessage());
        }
    }

    @Override
    public boolean exists(String externalId) {
        return Contact.byReference(externalId) != null;
    }

    @Override
    public boolean upsert(String externalId, ContactRequest request) {
        return contacts.upsert(externalId, request);
    }

    @Override
    public Map<String, String> current(String reference) {
        Contact contact = Contact.byReference(reference);
        return contact == null ? null : CsvImport.values(COLUMNS, row(contact,
                accounts.references(Set.of(contact.accountId)).get(contact.accountId)));
    }

    @Override
    public boolean delete(String reference) {
        Contact contact = Contact.byReference(reference);
        if (contact != null) {
            contacts.delete(contact.id, null);
        }
        return contact != null;
    }
}
