package org.eqms.confluence.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/** The PDF's user-visible words, from the plugin's i18n bundle ({@code eqms.pdf.*} keys). */
public final class PdfLabels {

    static final String BUNDLE = "i18n.eqms-confluence";

    private final ResourceBundle bundle;
    private final Locale locale;

    private PdfLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static PdfLabels forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new PdfLabels(ResourceBundle.getBundle(BUNDLE, locale, PdfLabels.class.getClassLoader()), locale);
    }

    public static PdfLabels english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * The text of {@code key}, formatted with {@link MessageFormat} when there are arguments (so plain labels keep
     * any apostrophe as written).
     *
     * @throws MissingResourceException when the bundle has no such key
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
