package org.eqms.view;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's Velocity escapes every reference like Confluence's anti-XSS mode, and exempts the same names. */
class VelocityTemplateRendererTest {
    private static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'";
    private static final String TEMPLATE = "templates/eqms-test/escaping.html.vm";
    private final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer();

    /** A view model with a safe-by-name method, a render method and an ordinary one. */
    public static final class Model {
        public String summaryHtml() {
            return "<em>built in Java</em>";
        }

        public String renderTable() {
            return "<table></table>";
        }

        public String summary() {
            return "<em>user text</em>";
        }
    }

    private String render(Object name) {
        Map<String, Object> context = new HashMap<>();
        context.put("name", name);
        context.put("bodyHtml", "<p>trusted <strong>body</strong></p>");
        context.put("model", new Model());
        context.put("empty", "");
        return renderer.render(TEMPLATE, context);
    }

    @Test
    void htmlInAnOrdinaryReferenceComesOutEscapedInTextAndAttributes() {
        String html = render(XSS);
        assertThat(html).doesNotContain("<script>", "<img", "onerror=alert(2)>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;&#39;");
        assertThat(html).contains("<p title=\"&lt;script&gt;");
    }

    @Test
    void referencesNamedHtmlAndRenderMethodsAreInsertedAsTheyAre() {
        String html = render("x");
        assertThat(html).contains("<div class=\"trusted\"><p>trusted <strong>body</strong></p></div>");
        assertThat(html).contains("<div class=\"method\"><em>built in Java</em></div>");
        assertThat(html).contains("<div class=\"render\"><table></table></div>");
        assertThat(html).contains("<div class=\"plain\">&lt;em&gt;user text&lt;/em&gt;</div>");
    }

    @Test
    void quietNullReferencesRenderNothingAndAnEmptyStringIsTrueAsInVelocityOne() {
        String html = render("x");
        assertThat(html).contains("<div class=\"quiet\"></div>");
        assertThat(html).contains("empty-is-true");
    }

    @Test
    void theNamingRuleIsConfluences() {
        assertThat(HtmlSafeReferences.isHtmlSafe("$bodyHtml")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$!{bodyHtml}")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$view.bodyHtml()")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$view.getBodyHtml()")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$view.renderTable($a.b())")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$view.bodyHtml")).isTrue();
        assertThat(HtmlSafeReferences.isHtmlSafe("$body")).isFalse();
        assertThat(HtmlSafeReferences.isHtmlSafe("$renderer")).isFalse();
        assertThat(HtmlSafeReferences.isHtmlSafe("$bodyHtml.title()")).isFalse();
        assertThat(HtmlSafeReferences.isHtmlSafe("$i18n.getText('x.Html')")).isFalse();
        assertThat(HtmlSafeReferences.isHtmlSafe("$htmlish")).isFalse();
        assertThat(HtmlSafeReferences.isHtmlSafe(null)).isFalse();
    }
}
