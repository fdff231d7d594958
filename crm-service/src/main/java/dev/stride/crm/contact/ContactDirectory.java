package dev.stride.crm.contact;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** What other CRM features may ask about contacts (of the caller's tenant, as always). */
@ApplicationScoped
public class ContactDirectory {

    /** The account a contact works at; empty when there is no such contact. */
    public Optional<UUID> accountOf(UUID contactId) {
        Contact contact = Contact.findById(contactId);
        return contact != null ? Optional.of(contact.accountId) : Optional.empty();
    }
}
