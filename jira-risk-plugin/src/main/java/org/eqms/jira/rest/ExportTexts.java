package org.eqms.jira.rest;

import org.eqms.jira.view.JiraUi;
import org.eqms.view.I18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The texts of the CSV/XLSX exports a reader sees (column headers, sheet names), from the app's bundle
 * ({@code eqms.jira.export.*} in {@code i18n/eqms-jira.properties}). Cell values stay as stored (enum names,
 * {@code yes}/{@code no}) so files compare and re-import the same in every language.
 */
final class ExportTexts {
    static final List<String> MATRIX_HEADER_KEYS = keys("eqms.jira.export.matrix.", "key", "title", "role",
            "coverage", "upstream", "downstream", "suspect");
    static final List<String> REGISTER_HEADER_KEYS = keys("eqms.jira.export.register.", "risk", "hazard",
            "situation", "harm", "initial-severity", "initial-probability", "initial-acceptability", "controls",
            "controls-verified", "residual-severity", "residual-probability", "residual-acceptability",
            "benefit-risk", "flagged", "rpn", "priority", "documents");
    static final String MATRIX_SHEET_KEY = "eqms.jira.export.matrix.sheet";
    static final String REGISTER_SHEET_KEY = "eqms.jira.export.register.sheet";

    private final I18n i18n;

    ExportTexts(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** The texts in English, the language the app's pages are rendered in ({@link JiraUi#standard()}). */
    static ExportTexts english() {
        return new ExportTexts(JiraUi.english());
    }

    List<String> matrixHeaders() {
        return texts(MATRIX_HEADER_KEYS);
    }

    List<String> registerHeaders() {
        return texts(REGISTER_HEADER_KEYS);
    }

    String matrixSheet() {
        return i18n.getText(MATRIX_SHEET_KEY);
    }

    String registerSheet() {
        return i18n.getText(REGISTER_SHEET_KEY);
    }

    private List<String> texts(List<String> keys) {
        return keys.stream().map(i18n::getText).toList();
    }

    private static List<String> keys(String prefix, String... names) {
        return Arrays.stream(names).map(name -> prefix + name).toList();
    }
}
