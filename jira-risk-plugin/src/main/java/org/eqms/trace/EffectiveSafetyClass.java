package org.eqms.trace;

/**
 * The class a software item or SOUP item is held to, and why.
 *
 * @param code   a class code of the scheme
 * @param source where the class comes from
 */
public record EffectiveSafetyClass(String code, Source source) {

    /** Where an effective class comes from. */
    public enum Source {
        /** The item's own class. */
        DECLARED,
        /** Inherited from the most rigorous item containing it (IEC 62304 §4.3(d)); always so for SOUP. */
        INHERITED,
        /** The item is unclassified (or carries a code the scheme does not know) and nothing classified contains
         * it: it is held to the most rigorous class until classified (§4.3(a)). */
        DEFAULTED_TO_HIGHEST
    }
}
