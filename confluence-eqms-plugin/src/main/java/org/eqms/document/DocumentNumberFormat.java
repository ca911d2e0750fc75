package org.eqms.document;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The rule "a document number is literal text plus exactly one zero-padded counter": an administrator's pattern such
 * as {@code SOP-{0000}} or {@code WI/QA-{000}.A} (ISO 13485 §4.2.4: documents are uniquely identified).
 *
 * <ul>
 *   <li>At most {@value #MAX_PATTERN_LENGTH} characters in all.</li>
 *   <li>Exactly one counter field: {@code {} followed by 1–{@value #MAX_WIDTH} {@code 0}s and {@code }}. Its width
 *       is the number of digits printed, zero-padded: {@code SOP-{0000}} prints 7 as {@code SOP-0007}.</li>
 *   <li>Everything else is literal text of the characters {@code A–Z a–z 0–9 . _ / -}, copied as is.</li>
 *   <li>A field of width w holds the numbers 1 … 10<sup>w</sup>−1. A larger number is refused
 *       ({@link DocumentNumberRangeExhaustedException}), never printed wider, truncated or wrapped, so every issued
 *       number has the same shape and parses back to the one number it was made from.</li>
 * </ul>
 */
public final class DocumentNumberFormat {

    public static final int MAX_PATTERN_LENGTH = 32;
    public static final int MAX_WIDTH = 9;

    private static final String EXAMPLE = "SOP-{0000}";

    private final String pattern;
    private final String prefix;
    private final String suffix;
    private final int width;
    private final long capacity;

    private DocumentNumberFormat(String pattern, String prefix, String suffix, int width) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.suffix = suffix;
        this.width = width;
        long max = 1;
        for (int i = 0; i < width; i++) {
            max *= 10;
        }
        this.capacity = max - 1;
    }

    /**
     * Parses and validates an administrator's pattern.
     *
     * @throws InvalidConfigurationException if the pattern breaks any rule above
     */
    public static DocumentNumberFormat of(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw invalid("The document number format is empty.", pattern);
        }
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            throw invalid("The document number format \"" + pattern + "\" has " + pattern.length()
                    + " characters; at most " + MAX_PATTERN_LENGTH + " are allowed.", pattern);
        }
        int open = pattern.indexOf('{');
        int close = pattern.indexOf('}');
        if (open < 0 || close < 0) {
            throw invalid("The document number format \"" + pattern + "\" has no counter field.", pattern);
        }
        if (pattern.indexOf('{', open + 1) >= 0 || pattern.indexOf('}', close + 1) >= 0) {
            throw invalid("The document number format \"" + pattern + "\" has more than one field; exactly one"
                    + " counter field is allowed.", pattern);
        }
        if (close < open) {
            throw invalid("The document number format \"" + pattern + "\" closes its field before opening it.",
                    pattern);
        }
        String field = pattern.substring(open + 1, close);
        if (field.isEmpty() || !field.chars().allMatch(c -> c == '0')) {
            throw invalid("The field {" + field + "} of \"" + pattern + "\" is not a counter; a counter is"
                    + " written as zeros only, one per digit, e.g. {0000}.", pattern);
        }
        if (field.length() > MAX_WIDTH) {
            throw invalid("The counter field of \"" + pattern + "\" has " + field.length() + " digits; at most "
                    + MAX_WIDTH + " are allowed.", pattern);
        }
        String prefix = pattern.substring(0, open);
        String suffix = pattern.substring(close + 1);
        requireLiteral(prefix, pattern);
        requireLiteral(suffix, pattern);
        return new DocumentNumberFormat(pattern, prefix, suffix, field.length());
    }

    private static void requireLiteral(String literal, String pattern) {
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (!isLiteralChar(c)) {
                throw invalid("The document number format \"" + pattern + "\" contains the character '" + c
                        + "' (U+" + String.format("%04X", (int) c) + "), which is not allowed in literal text.",
                        pattern);
            }
        }
    }

    private static boolean isLiteralChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '/' || c == '-';
    }

    private static InvalidConfigurationException invalid(String message, String pattern) {
        return new InvalidConfigurationException(message,
                "Write literal text of A-Z, a-z, 0-9, '.', '_', '/', '-' and exactly one counter field of 1-"
                        + MAX_WIDTH + " zeros in braces, at most " + MAX_PATTERN_LENGTH + " characters in all,"
                        + " e.g. " + EXAMPLE + " (numbers 1-9999).");
    }

    /**
     * The document number for {@code n}, the counter zero-padded to the field's width.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     * @throws DocumentNumberRangeExhaustedException if {@code n} is wider than the counter field
     */
    public String format(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("Document numbers start at 1, not " + n);
        }
        if (n > capacity) {
            throw new DocumentNumberRangeExhaustedException("Number " + n + " does not fit the " + width
                    + "-digit counter of the document number format " + pattern + " (1.." + capacity + ").",
                    pattern, n, capacity);
        }
        String digits = Long.toString(n);
        return prefix + "0".repeat(width - digits.length()) + digits + suffix;
    }

    /**
     * The counter of a document number made by this format, or empty if {@code documentNumber} is not exactly of
     * this format's shape (literal text, exactly {@link #width()} digits, not all zeros). Case-sensitive.
     */
    public OptionalLong parse(String documentNumber) {
        if (documentNumber == null
                || documentNumber.length() != prefix.length() + width + suffix.length()
                || !documentNumber.startsWith(prefix)
                || !documentNumber.endsWith(suffix)) {
            return OptionalLong.empty();
        }
        long value = 0;
        for (int i = prefix.length(); i < prefix.length() + width; i++) {
            char c = documentNumber.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalLong.empty();
            }
            value = value * 10 + (c - '0');
        }
        return value == 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The pattern as the administrator wrote it, e.g. {@code SOP-{0000}}. */
    public String pattern() {
        return pattern;
    }

    /** The literal text before the counter. */
    public String prefix() {
        return prefix;
    }

    /** The literal text after the counter. */
    public String suffix() {
        return suffix;
    }

    /** The number of digits of the counter field. */
    public int width() {
        return width;
    }

    /** The largest number this format prints: 10<sup>width</sup> − 1. */
    public long capacity() {
        return capacity;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentNumberFormat other && pattern.equals(other.pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern);
    }

    @Override
    public String toString() {
        return pattern;
    }
}
