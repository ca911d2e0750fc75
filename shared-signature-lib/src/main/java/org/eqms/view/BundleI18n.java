package org.eqms.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * {@link I18n} over an app's own bundle (e.g. {@code i18n/eqms-confluence*.properties} or
 * {@code i18n/eqms-jira*.properties}, read as UTF-8 by {@link ResourceBundle}), in the product and in the sandbox
 * alike, so the same keys give the same text in both. The bundle is named as the descriptor's
 * {@code <resource type="i18n" location="..."/>} names it, with dots: {@code "i18n.eqms-confluence"}.
 */
public final class BundleI18n implements I18n {
    private final String bundleName;
    private final ResourceBundle bundle;
    private final Locale locale;

    /** The bundle as this library's class loader sees it (the app's, where the app embeds the library). */
    public BundleI18n(String bundleName, Locale locale) {
        this(bundleName, locale, BundleI18n.class.getClassLoader());
    }

    /** The bundle as {@code loader} sees it (the app's own class loader when the library is shared). */
    public BundleI18n(String bundleName, Locale locale, ClassLoader loader) {
        this.bundleName = Objects.requireNonNull(bundleName, "bundleName");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(bundleName, locale, Objects.requireNonNull(loader, "loader"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** English, the bundles' first language. */
    public static BundleI18n english(String bundleName) {
        return new BundleI18n(bundleName, Locale.ENGLISH);
    }

    /** The bundle's name, e.g. {@code i18n.eqms-confluence}. */
    public String bundleName() {
        return bundleName;
    }

    /** The locale texts are formatted in. */
    public Locale locale() {
        return locale;
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
