package org.eqms.confluence.view;

import org.eqms.view.BundleI18n;

/** The Confluence app's text bundle ({@code i18n/eqms-confluence*.properties}) over the shared {@link BundleI18n}. */
public final class ConfluenceI18n {
    /** The bundle the descriptor names ({@code <resource type="i18n" location="i18n/eqms-confluence"/>}). */
    public static final String BUNDLE = "i18n.eqms-confluence";

    private ConfluenceI18n() {
    }

    /** English, the bundle's first language. */
    public static BundleI18n english() {
        return new BundleI18n(BUNDLE, java.util.Locale.ENGLISH, ConfluenceI18n.class.getClassLoader());
    }
}
