package org.eqms.confluence.pdf;

import org.eqms.pdf.SecureXml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

class StorageFormatToXhtmlTest {

    private final StorageFormatToXhtml converter = new StorageFormatToXhtml(PdfLabels.english());

    @Test
    void keepsOrdinaryHtmlStructureAndText() {
        String xhtml = converter.convert("<h1>Scope</h1><p>A <strong>bold</strong> and <em>em</em> <code>x</code>"
                + "<br/>line</p><ol><li>one</li></ol><table><tbody><tr><th>k</th><td colspan=\"2\">v</td></tr>"
                + "</tbody></table><pre>a  b</pre>");

        assertThat(xhtml).isEqualTo("<h1>Scope</h1><p>A <strong>bold</strong> and <em>em</em> <code>x</code>"
                + "<br/>line</p><ol><li>one</li></ol><table><tbody><tr><th>k</th><td colspan=\"2\">v</td></tr>"
                + "</tbody></table><pre>a  b</pre>");
    }

    @Test
    void dropsScriptsStylesAndEmbeddedContentWithEverythingInside() {
        String xhtml = converter.convert("<p>before</p><script>alert('x')</script><style>p{}</style>"
                + "<iframe src=\"http://evil\">frame text</iframe><img src=\"http://tracker/x.png\"/>"
                + "<form><input value=\"v\"/>form text</form><svg><text>svg text</text></svg><p>after</p>");

        assertThat(xhtml).isEqualTo("<p>before</p><p>after</p>");
    }

    @Test
    void dropsEveryAttributeButCellSpans() {
        String xhtml = converter.convert("<p onclick=\"evil()\" style=\"position:absolute\" class=\"x\" id=\"y\">"
                + "t</p><table><tbody><tr><td rowspan=\"3\" colspan=\"x\" onmouseover=\"e()\">c</td></tr></tbody>"
                + "</table><a href=\"javascript:alert(1)\">link text</a>");

        assertThat(xhtml).isEqualTo("<p>t</p><table><tbody><tr><td rowspan=\"3\">c</td></tr></tbody></table>"
                + "link text");
    }

    @Test
    void printsMacrosAsAPlaceholderFollowedByTheirBody() {
        String xhtml = converter.convert("<ac:structured-macro ac:name=\"warning\"><ac:parameter ac:name=\"title\">"
                + "hidden</ac:parameter><ac:rich-text-body><p>Wear gloves</p></ac:rich-text-body>"
                + "</ac:structured-macro><ac:structured-macro ac:name=\"code\"><ac:plain-text-body>"
                + "<![CDATA[if (a < b && c) {}]]></ac:plain-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"toc\"/>");

        assertThat(xhtml).contains("[macro: warning]", "<p>Wear gloves</p>", "[macro: code]",
                "<pre>if (a &lt; b &amp;&amp; c) {}</pre>", "[macro: toc]");
        assertThat(xhtml).doesNotContain("hidden", "ac:");
    }

    @Test
    void printsLinksAsTheirTextAndImagesAsAPlaceholder() {
        String xhtml = converter.convert("<p><ac:link><ri:page ri:content-title=\"SOP-0001 Training\"/></ac:link> "
                + "<ac:link><ri:attachment ri:filename=\"f.pdf\"/><ac:plain-text-link-body><![CDATA[the form]]>"
                + "</ac:plain-text-link-body></ac:link> <ac:image ac:width=\"200\"><ri:attachment "
                + "ri:filename=\"scale.png\"/></ac:image></p>");

        assertThat(xhtml).isEqualTo("<p><span class=\"eqms-link\">SOP-0001 Training</span> "
                + "<span class=\"eqms-link\">the form</span> "
                + "<span class=\"eqms-placeholder\">[image: scale.png]</span></p>");
    }

    @Test
    void printsTasksWithTheirState() {
        String xhtml = converter.convert("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>complete"
                + "</ac:task-status><ac:task-body>Calibrate</ac:task-body></ac:task><ac:task><ac:task-id>2"
                + "</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Log</ac:task-body></ac:task>"
                + "</ac:task-list>");

        assertThat(xhtml).isEqualTo("<ul class=\"eqms-tasks\"><li>[x] Calibrate</li><li>[ ] Log</li></ul>");
    }

    @Test
    void resolvesHtmlNamedEntitiesAndKeepsUnicode() {
        String xhtml = converter.convert("<p>a&nbsp;b &ndash; &rsquo;&euro;&micro;&plusmn;&Omega;&hellip; Größe µg ±"
                + " &amp; &lt;tag&gt;</p>");

        assertThat(xhtml).isEqualTo("<p>a\u00a0b \u2013 \u2019\u20ac\u00b5\u00b1\u03a9\u2026 Größe µg ± &amp; "
                + "&lt;tag&gt;</p>");
    }

    @Test
    void escapedMarkupInTextStaysText() {
        String xhtml = converter.convert("<p>&lt;/td&gt;&lt;td&gt;Approved&lt;/td&gt;</p>");

        assertThat(xhtml).isEqualTo("<p>&lt;/td&gt;&lt;td&gt;Approved&lt;/td&gt;</p>");
    }

    @Test
    void outputIsAlwaysWellFormedXml() throws Exception {
        String xhtml = converter.convert("<div><p>x<br/></p><ac:layout><ac:layout-section><ac:layout-cell><p>cell"
                + "</p></ac:layout-cell></ac:layout-section></ac:layout><unknown-tag>kept text</unknown-tag></div>");

        SecureXml.documentBuilder().parse(new InputSource(new StringReader("<root>" + xhtml + "</root>")));
        assertThat(xhtml).contains("kept text").doesNotContain("unknown-tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p>unclosed", "<p>Approved</td><td>Mallory</p>", "<p>&bogus;</p>", "<x:y>z</x:y>",
            "</root><root>", "<p a=\"1\" a=\"2\">dup</p>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"})
    void malformedStorageFormatIsRefusedWithStorageFormatException(String body) {
        assertThatThrownBy(() -> converter.convert(body))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageStartingWith("The page body is not well-formed storage format");
    }

    @Test
    void externalEntitiesAreNeverLoaded() {
        assertThatThrownBy(() -> converter.convert("<p>&xxe;</p>"))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining("xxe");
    }

    @Test
    void absurdNestingIsRefused() {
        String body = "<div>".repeat(300) + "x" + "</div>".repeat(300);

        assertThatThrownBy(() -> converter.convert(body))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining("nests deeper");
    }

    @Test
    void errorLineIsTheBodyLine() {
        assertThatThrownBy(() -> converter.convert("<p>ok</p>\n<p>ok</p>\n<p>bad</x>"))
                .isInstanceOf(StorageFormatException.class)
                .hasMessageContaining("line 3");
    }
}
