package dev.stride.crm.contact;

import java.time.Instant;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Contact", requiredProperties = { "id", "accountId", "name", "kana", "email", "phone", "title",
        "ownerId", "createdAt", "updatedAt", "version" })
public record ContactResponse(UUID id, UUID accountId, String name, @Schema(nullable = true) String kana,
        @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
        @Schema(nullable = true) String title, String ownerId, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static ContactResponse from(Contact contact) {
        return new ContactResponse(contact.id, contact.accountId, contact.name, contact.kana, contact.email,
                contact.phone, contact.title, contact.ownerId, contact.createdAt, contact.updatedAt,
                contact.version);
    }
}
