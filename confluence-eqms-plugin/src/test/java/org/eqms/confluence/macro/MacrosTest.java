package org.eqms.confluence.macro;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.Page;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.compliance.Clause;
import org.eqms.confluence.view.UiFixture;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The four macros' cores on real AO stores and the real Velocity engine, and their thin Confluence classes. */
class MacrosTest {
    private static final long SOP = 4711;
    private static final long WI = 4800;
    private static final StorageFormatView PASS_THROUGH = storage -> storage;

    private UiFixture world(ActiveObjects ao) {
        UiFixture fixture = new UiFixture(ao).viewer("u-erin").user("u-alice", "Alice <b>Author</b>")
                .user("u-bob", "Bob Approver").user("u-carol", "Carol Approver");
        fixture.effectiveDocument("QMS", SOP, "SOP-0001", "Cleaning " + UiFixture.XSS, true);
        return fixture;
    }

    private static void refused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(MacroRefusal.class,
                r -> assertThat(r.getMessage()).isEqualTo(message));
    }

    @ActiveObjectsTest
    void theStatusMacroShowsTheServedRevisionOfThisOrAnotherPage(ActiveObjects ao) {
        UiFixture fixture = world(ao);
        DocumentStatusMacroCore core = new DocumentStatusMacroCore(fixture.macroServices());

        String html = core.render(Map.of(), SOP, "u-erin");

        assertThat(html).contains("SOP-0001", "Effective", "2026-11-24",
                "You are reading effective revision A; revision B is in progress.");
        assertThat(html).doesNotContain("<script>", "<img");
        assertThat(core.render(Map.of("page", Long.toString(SOP)), null, "u-erin")).contains("SOP-0001");
    }

    @ActiveObjectsTest
    void macrosRefuseBadParametersWithTheBundlesWords(ActiveObjects ao) {
        UiFixture fixture = world(ao);
        fixture.edit("QMS", 99, "Team lunch", "<p>pizza</p>");
        DocumentStatusMacroCore core = new DocumentStatusMacroCore(fixture.macroServices());

        refused(() -> core.render(Map.of("page", "abc"), SOP, "u-erin"),
                "The page id \"abc\" is not a number. Give the numeric id of a page.");
        refused(() -> core.render(Map.of(), null, "u-erin"),
                "This macro is not on a page. Give the page id in the parameter \"page\".");
        refused(() -> core.render(Map.of("page", "12345"), SOP, "u-erin"), "There is no page with id 12345.");
        refused(() -> core.render(Map.of("page", "99"), SOP, "u-erin"), "Page 99 is not a controlled document.");
        refused(() -> new SignaturesMacroCore(fixture.macroServices()).render(Map.of("revision", "Z"), SOP, "u-erin"),
                "Document SOP-0001 has no revision Z.");
    }

    @ActiveObjectsTest
    void everyMacroRefusesAViewerWithoutViewPermission(ActiveObjects ao) {
        UiFixture fixture = world(ao);
        MacroServices services = fixture.macroServices();
        String refusal = "You do not have permission to view this document.";

        refused(() -> new DocumentStatusMacroCore(services).render(Map.of(), SOP, "u-mallory"), refusal);
        refused(() -> new RevisionHistoryMacroCore(services).render(Map.of(), SOP, "u-mallory"), refusal);
        refused(() -> new SignaturesMacroCore(services).render(Map.of(), SOP, null), refusal);
        refused(() -> new EffectiveIncludeMacroCore(services).render(Map.of("document", "SOP-0001"), WI, "QMS",
                "u-mallory", PASS_THROUGH), refusal);
        refused(() -> new DocumentStatusMacroCore(services).render(Map.of("page", "12345"), SOP, "u-mallory"), refusal);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    void theRevisionHistoryListsEveryRevisionWithItsApproversManifestations(ActiveObjects ao) {
        UiFixture fixture = world(ao);

        String html = new RevisionHistoryMacroCore(fixture.macroServices()).render(Map.of(), SOP, "u-erin");

        assertThat(html).contains("<td>SOP-0001</td>", "<td>A</td>", "<td>B</td>", "<td>2026-11-24</td>",
                "Alice &lt;b&gt;Author&lt;/b&gt;", "First issue &lt;script&gt;", "CAPA-12: add step 2", "None yet");
        assertThat(html).contains("<span class=\"eqms-signer\">Bob Approver</span> &#8212; <span class=\"eqms-meaning\">Approved</span>"
                + " &#8212; <span class=\"eqms-time\">2026-11-23 09:15:30 UTC</span>");
        assertThat(html).contains("Carol Approver", "Reviewed", "2026-11-23 09:16:30 UTC");
        assertThat(html).doesNotContain("2026-11-22 10:00:00 UTC").doesNotContain("<script>", "<b>");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    void theSignaturesMacroShowsEachManifestationAndMarksInvalidatedOnes(ActiveObjects ao) {
        UiFixture fixture = world(ao);

        String html = new SignaturesMacroCore(fixture.macroServices()).render(Map.of(), SOP, "u-erin");

        assertThat(html).contains("SOP-0001", "revision A", "Bob Approver", "Carol Approver", "Approved", "Reviewed",
                "2026-11-23 09:15:30 UTC", "Reviewed &lt;script&gt;", "<tr class=\"eqms-invalidated\">", "Invalidated",
                "<code>000000000000</code>");
        assertThat(html).doesNotContain("<script>", "<img");
    }

    @ActiveObjectsTest
    void theIncludeMacroIncludesTheLockedEffectiveContentNotTheDraft(ActiveObjects ao) {
        UiFixture fixture = world(ao);
        fixture.edit("QMS", WI, "Work instruction", "<p>see SOP</p>");

        String html = new EffectiveIncludeMacroCore(fixture.macroServices())
                .render(Map.of("document", "sop-0001"), WI, "QMS", "u-erin", PASS_THROUGH);

        assertThat(html).contains("Included: SOP-0001 revision A, effective since 2026-11-24",
                "<p>Step 1: disinfect the <strong>pump</strong>.</p>");
        assertThat(html).doesNotContain("Step 1 and step 2");
    }

    @ActiveObjectsTest
    void theIncludeMacroRefusesWhatItCannotInclude(ActiveObjects ao) {
        UiFixture fixture = world(ao);
        fixture.draftDocument("QMS", 4900, "SOP-0002");
        EffectiveIncludeMacroCore core = new EffectiveIncludeMacroCore(fixture.macroServices());

        refused(() -> core.render(Map.of(), WI, "QMS", "u-erin", PASS_THROUGH),
                "Give the number of the document to include in the parameter \"document\", e.g. SOP-0001.");
        refused(() -> core.render(Map.of("document", "SOP-0009"), WI, "QMS", "u-erin", PASS_THROUGH),
                "There is no controlled document SOP-0009 in space QMS.");
        refused(() -> core.render(Map.of("document", "SOP-0002"), WI, "QMS", "u-erin", PASS_THROUGH),
                "Document SOP-0002 has no effective revision to include.");
        refused(() -> core.render(Map.of("document", "SOP-0001"), SOP, "QMS", "u-erin", PASS_THROUGH),
                "Document SOP-0001 cannot include itself.");
        refused(() -> core.render(Map.of("document", "SOP-0001"), WI, null, "u-erin", PASS_THROUGH),
                "Give the space of the document to include in the parameter \"space\".");
    }

    private static ConversionContext onPage(Long pageId) {
        ConversionContext context = mock(ConversionContext.class);
        if (pageId != null) {
            Page page = mock(Page.class);
            when(page.getId()).thenReturn(pageId);
            when(page.getLatestVersion()).thenReturn(page);
            when(context.getEntity()).thenReturn(page);
        }
        when(context.getSpaceKey()).thenReturn("QMS");
        return context;
    }

    @ActiveObjectsTest
    void theConfluenceMacroClassesRenderAndTurnRefusalsIntoMacroExecutionExceptions(ActiveObjects ao) throws Exception {
        UiFixture fixture = world(ao);
        MacroServices services = fixture.macroServices();
        UserManager users = mock(UserManager.class);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("u-erin"));
        MacroHost erin = new ConfluenceMacroHost(users);
        Macro status = new DocumentStatusMacro(new DocumentStatusMacroCore(services), erin);

        assertThat(status.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(status.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
        assertThat(status.execute(Map.of(), null, onPage(SOP))).contains("SOP-0001");
        assertThat(new RevisionHistoryMacro(new RevisionHistoryMacroCore(services), erin)
                .execute(Map.of(), null, onPage(SOP))).contains("Bob Approver");
        assertThat(new SignaturesMacro(new SignaturesMacroCore(services), erin)
                .execute(Map.of(), null, onPage(SOP))).contains("Carol Approver");
        assertThatThrownBy(() -> status.execute(Map.of(), null, onPage(null)))
                .isInstanceOf(MacroExecutionException.class)
                .hasMessage("This macro is not on a page. Give the page id in the parameter \"page\".");
        assertThat(erin.currentPageId(null)).isNull();
        assertThat(erin.viewerKey()).isEqualTo("u-erin");
    }
}
