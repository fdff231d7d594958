package dev.stride.kpi.kpi;

import dev.stride.kpi.platform.Languages;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The SMART check's sentences in the caller's language: Japanese or English (the default). */
final class SmartMessages {

    static final Locale JAPANESE = Locale.JAPANESE;

    private final Locale locale;
    private final ResourceBundle bundle;

    private SmartMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("smart.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Japanese when the caller prefers it (an {@code Accept-Language} such as {@code ja-JP}), else English. */
    static SmartMessages forLanguages(List<Locale> acceptable) {
        return new SmartMessages(Languages.japanese(acceptable) ? JAPANESE : Locale.ENGLISH);
    }

    boolean japanese() {
        return locale.getLanguage().equals("ja");
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
