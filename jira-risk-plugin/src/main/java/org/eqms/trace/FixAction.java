package org.eqms.trace;

/**
 * The "link to fix" of a gap: what to create, link, fill in or review, machine-readable (so the UI can offer the
 * button) and as an instruction for people.
 *
 * @param kind        what to do
 * @param role        the role of the item to create or link ({@code LINK_DOWNSTREAM}, {@code LINK_UPSTREAM})
 * @param linkType    the type of the link to make ({@code LINK_DOWNSTREAM}, {@code LINK_UPSTREAM})
 * @param field       the field or attribute to fill in ({@code SET_FIELD}, {@code RECORD_SOUP})
 * @param link        the link to re-review ({@code REVIEW_LINK})
 * @param instruction what to do, in words
 */
public record FixAction(Kind kind, ItemRole role, LinkType linkType, String field, TraceLink link,
                        String instruction) {

    /** What a fix does. */
    public enum Kind {
        /** Create or choose an item of {@code role} and link the gap's item {@code —linkType→} it. */
        LINK_DOWNSTREAM,
        /** Create or choose an item of {@code role} and link it {@code —linkType→} the gap's item. */
        LINK_UPSTREAM,
        /** Fill in {@code field} of the gap's item. */
        SET_FIELD,
        /** Complete the SOUP register entry ({@code field}) of the gap's SOUP item. */
        RECORD_SOUP,
        /** Run the verification (again) and record its result. */
        RUN_VERIFICATION,
        /** Re-review {@code link} and record why the trace still holds. */
        REVIEW_LINK
    }

    static FixAction linkDownstream(TraceItem item, LinkType type, ItemRole role) {
        return new FixAction(Kind.LINK_DOWNSTREAM, role, type, null, null, "Create or choose a " + role
                + " and link " + item.key() + " —" + type + "→ it.");
    }

    static FixAction linkUpstream(ItemRole role, LinkType type, TraceItem item) {
        return new FixAction(Kind.LINK_UPSTREAM, role, type, null, null, "Create or choose a " + role
                + " and link it —" + type + "→ " + item.key() + ".");
    }

    static FixAction setField(TraceItem item, String field, String what) {
        return new FixAction(Kind.SET_FIELD, null, null, field, null, "Fill in '" + field + "' of " + item.key()
                + ": " + what + ".");
    }

    static FixAction recordSoup(TraceItem item, String field, String what) {
        return new FixAction(Kind.RECORD_SOUP, null, null, field, null, "In the SOUP register, record for "
                + item.key() + " " + what + ".");
    }

    static FixAction runVerification(TraceItem item, String what) {
        return new FixAction(Kind.RUN_VERIFICATION, null, null, null, null, what);
    }

    static FixAction reviewLink(TraceLink link, String instruction) {
        return new FixAction(Kind.REVIEW_LINK, null, null, null, link, instruction);
    }
}
