package org.eqms.compliance;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Names the regulatory clause a test proves, e.g. {@code @Clause("21CFR11.10(e)")}; the validation pack is built from these tags. */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@Repeatable(Clauses.class)
public @interface Clause {

    /** The clause, e.g. {@code "21CFR11.10(e)"}, {@code "EU-GMP-Annex11-9"}, {@code "ISO14971-7.1"}. */
    String value();
}
