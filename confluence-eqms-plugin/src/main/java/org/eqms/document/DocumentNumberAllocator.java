package org.eqms.document;

import java.util.Objects;

/**
 * The rule "document numbers are allocated once and never reused" (ISO 13485 §4.2.4: unique identification): each
 * new controlled document takes the next number of its type's {@link NumberSequence} in its space, printed with the
 * type's {@link DocumentNumberFormat}.
 *
 * <p>A number that does not fit the format's counter field is refused with
 * {@link DocumentNumberRangeExhaustedException}; it is consumed like any other and is not retried, wrapped or
 * truncated. The allocator keeps no state: uniqueness is the sequence's (and the database's) job.
 */
public final class DocumentNumberAllocator {

    private final NumberSequence sequence;

    public DocumentNumberAllocator(NumberSequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    /**
     * Allocates the next document number of {@code type} in {@code spaceKey}.
     *
     * @throws DocumentNumberRangeExhaustedException if the next number does not fit the type's number format
     * @throws IllegalStateException if the sequence breaks its contract by returning a number below 1
     */
    public String allocate(String spaceKey, DocumentType type) {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalArgumentException("A space key is required");
        }
        Objects.requireNonNull(type, "type");
        long n = sequence.nextFor(spaceKey, type.key());
        if (n < 1) {
            throw new IllegalStateException("The number sequence of " + type.key() + " in space " + spaceKey
                    + " returned " + n + "; document numbers start at 1");
        }
        DocumentNumberFormat format = type.numberFormat();
        if (n > format.capacity()) {
            throw new DocumentNumberRangeExhaustedException("Cannot number a new " + type.key() + " document in space "
                    + spaceKey + ": number " + n + " does not fit " + format.pattern() + ", whose "
                    + format.width() + "-digit counter holds 1.." + format.capacity() + ".",
                    format.pattern(), n, format.capacity());
        }
        return format.format(n);
    }
}
