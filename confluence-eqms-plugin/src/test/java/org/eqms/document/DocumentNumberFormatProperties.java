package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.eqms.compliance.Clause;

/** Properties of {@link DocumentNumberFormat} (kept apart from the table tests: jqwik runs as its own engine). */
@Clause("ISO13485-4.2.4")
class DocumentNumberFormatProperties {

    @Property(tries = 300)
    void everyNumberInRangeFormatsToOneShapeAndParsesBack(
            @ForAll @IntRange(min = 1, max = 9) int width, @ForAll @LongRange(min = 1, max = 999_999_999) long seed) {
        DocumentNumberFormat format = DocumentNumberFormat.of("DOC-{" + "0".repeat(width) + "}-R");
        long n = 1 + (seed - 1) % format.capacity();
        String number = format.format(n);
        assertThat(number).hasSize("DOC--R".length() + width);
        assertThat(format.parse(number)).hasValue(n);
    }
}
