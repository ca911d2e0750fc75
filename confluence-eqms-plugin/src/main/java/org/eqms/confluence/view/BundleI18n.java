package org.eqms.confluence.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * {@link I18n} over the app's own bundle ({@code i18n/eqms-confluence*.properties}, UTF-8), in the product and in the
 * sandbox alike, so the same keys give the same text in both.
 */
public final class BundleI18n implements I18n {
    /** The bundle the descriptor names ({@code <resource type="i18n" location="i18n/eqms-confluence"/>}). */
    public static final String BUNDLE = "i18n.eqms-confluence";

    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleI18n(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, BundleI18n.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English, the bundle's first language. */
    public static BundleI18n english() {
        return new BundleI18n(Locale.ENGLISH);
    }

    @Override
    public String getText(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
    }

    @Override
    public String getText(String key, Object... args) {
        String text = getText(key);
        if (args == null || args.length == 0) {
            return text;
        }
        return new MessageFormat(text, locale).format(args);
    }
}
