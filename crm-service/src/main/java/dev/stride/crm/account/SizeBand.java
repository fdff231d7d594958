package dev.stride.crm.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Company size by head count, as Japanese SME statistics band it. */
@Schema(description = "Head count band: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250-999, ENTERPRISE 1000+")
public enum SizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE,
    ENTERPRISE
}
