package dev.stride.crm.platform;

/** Text input as Stride stores it: surrounding white space dropped, and blank meaning "none". */
public final class Text {

    private Text() {
    }

    /** The value without surrounding white space, or null when it is null or blank. */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
