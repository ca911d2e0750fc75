package org.eqms.document;

import java.util.Objects;

/**
 * The next number of a document type's sequence does not fit the counter field of its number format (e.g. number
 * 10000 for {@code SOP-{0000}}). Numbers are never truncated, widened silently or reused; the administrator must
 * configure a wider format. Mapped to HTTP 409 {@code {"error":"document_number_range_exhausted",…}}.
 */
public final class DocumentNumberRangeExhaustedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The error code of the JSON error body. */
    public static final String CODE = "document_number_range_exhausted";

    private final String pattern;
    private final long number;
    private final long capacity;

    public DocumentNumberRangeExhaustedException(String message, String pattern, long number, long capacity) {
        super(Objects.requireNonNull(message, "message"));
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.number = number;
        this.capacity = capacity;
    }

    public String code() {
        return CODE;
    }

    /** The number format whose counter field is full. */
    public String pattern() {
        return pattern;
    }

    /** The number that was allocated and does not fit. */
    public long number() {
        return number;
    }

    /** The largest number the format can print. */
    public long capacity() {
        return capacity;
    }

    public String hint() {
        return "Numbers 1.." + capacity + " of " + pattern + " are used up. Give the document type a number format"
                + " with a wider counter field (more 0s between the braces); numbers already issued stay valid"
                + " and are never reused.";
    }
}
