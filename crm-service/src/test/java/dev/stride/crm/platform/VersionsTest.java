package dev.stride.crm.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void anIfMatchNamingTheCurrentVersionPassesWeakOrStrongAndAnyOtherIsAPreconditionFailure() {
        assertDoesNotThrow(() -> Versions.requireMatch("Deal 1", "\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("Deal 1", "W/\"3\"", 3), "as the gateway's gzip sends it");
        assertDoesNotThrow(() -> Versions.requireMatch("Deal 1", "\"2\", W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("Deal 1", null, 3));
        assertDoesNotThrow(() -> Versions.requireMatch("Deal 1", "*", 3));
        assertThrows(ProblemException.PreconditionFailed.class, () -> Versions.requireMatch("Deal 1", "W/\"2\"", 3));
        assertThrows(ProblemException.PreconditionFailed.class, () -> Versions.requireMatch("Deal 1", "3", 3));
    }
}
