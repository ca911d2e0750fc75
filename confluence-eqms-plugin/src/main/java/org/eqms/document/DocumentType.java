package org.eqms.document;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of controlled document configured per space (SOP, work instruction, plan, report…): how its documents are
 * numbered and revised, how often they are reviewed, whether readers must be trained on them, and which approval
 * rule applies (by key; approval rules are defined elsewhere in this package).
 *
 * @param key              identifier within the space: a letter, then letters, digits, {@code _} or {@code -};
 *                         at most {@value #MAX_KEY_LENGTH} characters (e.g. {@code SOP})
 * @param name             display name, not blank, at most {@value #MAX_NAME_LENGTH} characters
 * @param numberFormat     how document numbers of this type are written
 * @param revisionScheme   how revisions of this type are labelled
 * @param reviewInterval   periodic review interval, 1–60 whole months; {@code null} for no periodic review
 * @param trainingRequired whether readers must acknowledge each effective revision ("Read and understood")
 * @param approvalRuleKey  the key of the approval rule that governs review of this type; not blank
 */
public record DocumentType(
        String key,
        String name,
        DocumentNumberFormat numberFormat,
        RevisionScheme revisionScheme,
        Period reviewInterval,
        boolean trainingRequired,
        String approvalRuleKey) {

    public static final int MAX_KEY_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 255;

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0," + (MAX_KEY_LENGTH - 1) + "}");

    /** @throws InvalidConfigurationException if any component breaks its rule; nothing is created */
    public DocumentType {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidConfigurationException("The document type key \"" + key + "\" is not valid.",
                    "Use a letter followed by letters, digits, '_' or '-', at most " + MAX_KEY_LENGTH
                            + " characters, e.g. SOP.");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidConfigurationException("The document type " + key + " has no name.",
                    "Give the document type a name, e.g. Standard Operating Procedure.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidConfigurationException("The name of document type " + key + " has " + name.length()
                    + " characters.", "Shorten the name to at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (numberFormat == null) {
            throw new InvalidConfigurationException("The document type " + key + " has no number format.",
                    "Give a number format such as SOP-{0000}.");
        }
        if (revisionScheme == null) {
            throw new InvalidConfigurationException("The document type " + key + " has no revision scheme.",
                    "Choose LETTERS (A, B, C...) or MAJOR_MINOR_NUMERIC (1.0, 2.0...).");
        }
        if (reviewInterval != null) {
            reviewInterval = PeriodicReview.requireValidInterval(reviewInterval);
        }
        if (approvalRuleKey == null || approvalRuleKey.isBlank()) {
            throw new InvalidConfigurationException("The document type " + key + " has no approval rule.",
                    "Choose the approval rule that governs review of documents of this type.");
        }
    }

    /** The periodic review interval, empty if documents of this type are not reviewed periodically. */
    public Optional<Period> periodicReview() {
        return Optional.ofNullable(reviewInterval);
    }

    /** The same type with another number format (numbers already issued are unaffected). */
    public DocumentType withNumberFormat(DocumentNumberFormat format) {
        return new DocumentType(key, name, Objects.requireNonNull(format, "format"), revisionScheme, reviewInterval,
                trainingRequired, approvalRuleKey);
    }
}
