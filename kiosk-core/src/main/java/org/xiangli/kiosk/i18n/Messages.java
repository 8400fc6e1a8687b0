package org.xiangli.kiosk.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-facing string, from {@code i18n/messages*.properties} (zh_CN is the base bundle, en beside it). */
public final class Messages {

    private static final String BUNDLE = "org.xiangli.kiosk.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: a Pi set to en_GB must still show Chinese unless told otherwise.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE + " for " + locale, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A date in this language's long form (2026年11月23日 / 23 Nov 2026). */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), locale).format(date);
    }

    /** A date without the year (11月23日 / 23 Nov), for the header. */
    public String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.shortDate"), locale).format(date);
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
