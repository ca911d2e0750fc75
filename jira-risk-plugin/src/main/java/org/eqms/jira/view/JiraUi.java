package org.eqms.jira.view;

import org.eqms.view.BundleI18n;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;
import org.eqms.view.VelocityTemplateRenderer;

import java.util.Locale;
import java.util.Objects;

/**
 * What the Jira app's pages and panels render with: the templates ({@code templates/eqms-risk/*.html.vm}) and the
 * text bundle ({@code i18n/eqms-jira*.properties}).
 *
 * <p>In Jira too the templates are rendered by the app's own velocity-engine-core 2.x ({@link VelocityTemplateRenderer},
 * packaged in the app), not by the product's template renderer: the escaping of every reference except those named
 * as HTML ({@code org.eqms.view.HtmlSafeReferences}) is then the app's own, the same in Jira, the sandbox and the
 * tests, and does not depend on a product escaping mode that could not be checked against Jira 10.3 here.
 *
 * @param templates the renderer
 * @param i18n      the texts
 */
public record JiraUi(TemplateRenderer templates, I18n i18n) {
    /** The bundle the descriptor names ({@code <resource type="i18n" location="i18n/eqms-jira"/>}). */
    public static final String BUNDLE = "i18n.eqms-jira";

    public JiraUi {
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(i18n, "i18n");
    }

    /** The app's renderer and its English bundle, both loaded through the app's own class loader. */
    public static JiraUi standard() {
        return new JiraUi(new VelocityTemplateRenderer(), english());
    }

    /** The app's bundle in English, its first language. */
    public static I18n english() {
        return new BundleI18n(BUNDLE, Locale.ENGLISH, JiraUi.class.getClassLoader());
    }
}
