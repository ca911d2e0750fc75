package org.eqms.compliance;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Container of repeated {@link Clause} tags on one test. */
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Clauses {

    /** The clauses the test proves. */
    Clause[] value();
}
