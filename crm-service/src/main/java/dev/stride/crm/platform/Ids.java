package dev.stride.crm.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids of new records: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds then 74 random bits. They sort by
 * creation time, so every index they key (here, and the facts analytics keeps of each record and event) grows at
 * its end instead of touching a random page per insert, which keeps the cost of a write flat as history grows.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        return at(System.currentTimeMillis());
    }

    /** A version 7 id of the given Unix time in milliseconds. */
    static UUID at(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
