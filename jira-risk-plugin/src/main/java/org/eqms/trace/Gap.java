package org.eqms.trace;

/**
 * One gap in the trace: its kind, the item it is about, a message for people, the fix, and the clause it is a gap
 * against.
 *
 * @param kind     the kind
 * @param itemId   the item's id
 * @param itemKey  the item's key
 * @param role     the item's role
 * @param message  what is missing, in words
 * @param fix      what to create, link, fill in or review
 * @param activity the activity the item's class requires, for {@link GapKind#MISSING_ACTIVITY} and
 *                 {@link GapKind#SOUP_WITHOUT_ANOMALY_REVIEW}; else {@code null}
 * @param clause   the clause tag, e.g. {@code IEC62304-5.4.2}
 */
public record Gap(GapKind kind, String itemId, String itemKey, ItemRole role, String message, FixAction fix,
                  Activity activity, String clause) {

    static Gap of(GapKind kind, TraceItem item, String message, FixAction fix) {
        return new Gap(kind, item.id(), item.key(), item.role(), message, fix, null, kind.clause());
    }

    static Gap of(GapKind kind, TraceItem item, String message, FixAction fix, String clause) {
        return new Gap(kind, item.id(), item.key(), item.role(), message, fix, null, clause);
    }

    static Gap ofActivity(GapKind kind, TraceItem item, Activity activity, String message, FixAction fix) {
        return new Gap(kind, item.id(), item.key(), item.role(), message, fix, activity, activity.clauseTag());
    }
}
