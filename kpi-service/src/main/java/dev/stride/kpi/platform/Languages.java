package dev.stride.kpi.platform;

import java.util.List;
import java.util.Locale;

/** The two languages Stride answers in: Japanese when the caller prefers it ({@code Accept-Language}), else English. */
public final class Languages {

    private Languages() {
    }

    public static boolean japanese(List<Locale> acceptable) {
        return !acceptable.isEmpty() && acceptable.getFirst().getLanguage().equals("ja");
    }
}
