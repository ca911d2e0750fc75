package org.eqms.confluence.web;

import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.view.VelocityTemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The actions bar renders, with the real Velocity engine, a container for the page with every button text. */
class DocumentActionsWebPanelTest {
    private final DocumentActionsWebPanel panel = new DocumentActionsWebPanel(new VelocityTemplateRenderer(),
            ConfluenceI18n.english(), context -> (Long) context.get("pageId"), "/confluence");

    @Test
    void aPageGetsTheActionsContainerWithItsIdAndTheButtonTextsFromTheBundle() {
        String html = panel.getHtml(Map.of("pageId", 4711L));
        assertThat(html).contains("id=\"eqms-document-actions\"", "data-page-id=\"4711\"",
                "data-context-path=\"/confluence\"", "data-text-submit=\"Submit for review\"",
                "data-text-make-obsolete=\"Make obsolete\"", "data-text-acknowledge=\"Read and understood\"",
                "data-text-place=\"Place under document control\"");
        assertThat(html).doesNotContain("$i18n", "$pageId");
    }

    @Test
    void outsideAPageItRendersNothing() {
        assertThat(panel.getHtml(Map.of())).isEmpty();
    }
}
