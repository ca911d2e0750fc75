package org.eqms.jira.rest;

import org.eqms.risk.RiskRegisterRow;
import org.eqms.trace.export.CsvExport;
import org.eqms.trace.export.ExportTable;
import org.eqms.view.I18n;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's column headers and sheet names come from the app's bundle; the English texts are the ones before. */
class ExportTextsTest {

    /** A bundle that knows only the given texts (a missing key yields the key, as BundleI18n does). */
    private static I18n bundle(Map<String, String> texts) {
        return new I18n() {
            @Override
            public String getText(String key) {
                return texts.getOrDefault(key, key);
            }

            @Override
            public String getText(String key, Object... args) {
                return getText(key);
            }
        };
    }

    @Test
    void theEnglishBundleGivesTheHeadersTheExportsAlwaysHad() {
        ExportTexts english = ExportTexts.english();

        assertThat(english.matrixHeaders()).containsExactly("Key", "Title", "Role", "Coverage", "Upstream keys",
                "Downstream keys", "Suspect");
        assertThat(english.registerHeaders()).containsExactly("Risk", "Hazard", "Hazardous situation", "Harm",
                "Initial severity", "Initial probability", "Initial acceptability", "Controls", "Controls verified",
                "Residual severity", "Residual probability", "Residual acceptability", "Benefit-risk recorded",
                "Flagged for re-evaluation", "RPN", "Action priority", "Controlled documents");
        assertThat(english.matrixSheet()).isEqualTo("Trace matrix");
        assertThat(english.registerSheet()).isEqualTo("Risk register");
        assertThat(ExportTables.MATRIX_HEADERS).isEqualTo(english.matrixHeaders());
        assertThat(ExportTables.REGISTER_HEADERS).isEqualTo(english.registerHeaders());
    }

    @Test
    void aTranslatedBundleChangesTheHeaderOfTheWrittenFile() {
        ExportTexts german = new ExportTexts(bundle(Map.of("eqms.jira.export.register.risk", "Risiko",
                "eqms.jira.export.register.harm", "Schaden", "eqms.jira.export.register.sheet", "Risikoregister")));

        ExportTable table = ExportTables.register(Collections.<RiskRegisterRow>emptyIterator(), german);
        StringWriter csv = new StringWriter();
        new CsvExport().write(table, csv);

        assertThat(table.headers()).startsWith("Risiko", "eqms.jira.export.register.hazard",
                "eqms.jira.export.register.situation", "Schaden");
        assertThat(csv.toString()).startsWith("Risiko,eqms.jira.export.register.hazard,");
        assertThat(german.registerSheet()).isEqualTo("Risikoregister");
    }

    @Test
    void everyHeaderKeyIsDistinct() {
        assertThat(ExportTexts.MATRIX_HEADER_KEYS).doesNotHaveDuplicates().hasSize(7);
        assertThat(ExportTexts.REGISTER_HEADER_KEYS).doesNotHaveDuplicates().hasSize(17);
        assertThat(List.copyOf(ExportTexts.REGISTER_HEADER_KEYS)).allSatisfy(key ->
                assertThat(key).startsWith("eqms.jira.export.register."));
    }
}
