package org.eqms.view;

import org.apache.velocity.app.event.implement.EscapeHtmlReference;
import org.apache.velocity.context.Context;

/**
 * Velocity's HTML-escaping reference handler, applied to every reference except those {@link HtmlSafeReferences}
 * names safe (the Confluence anti-XSS rule). Also escapes the apostrophe, which {@code escapeHtml4} leaves as is, so
 * a value is safe in single-quoted attributes too.
 */
public class HtmlSafeNamingEscaper extends EscapeHtmlReference {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || HtmlSafeReferences.isHtmlSafe(reference)) {
            return value;
        }
        return escapeHtml(value);
    }

    /** The HTML-escaped text of a value (Velocity's {@code EscapeHtmlReference} plus {@code '}). */
    public String escapeHtml(Object value) {
        return escape(value).replace("'", "&#39;");
    }
}
