package org.eqms.document;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Sha256;

/**
 * The rule "a signature binds the exact content of a page version" (21 CFR 11.70, DESIGN §5, docs/formats.md §5):
 * the content hash of a Confluence page version is the SHA-256, in lowercase hex, of the RFC 8785 (JCS) UTF-8 bytes
 * of
 *
 * <pre>{"id":&lt;page id as a string&gt;,"version":&lt;int&gt;,"title":&lt;string&gt;,"body":&lt;string&gt;}</pre>
 *
 * <p>with exactly these four members, where {@code body} is the storage-format XHTML exactly as stored: no trimming,
 * no line-ending or Unicode normalization, no re-serialization. The page id is a string so that ids above 2<sup>53</sup>
 * keep every digit.
 */
public final class PageContentHash {

    private PageContentHash() {
    }

    /**
     * The content hash of a page version.
     *
     * @throws IllegalArgumentException if the page id or version is below 1, or a text holds a lone UTF-16
     *                                  surrogate (which has no UTF-8 form, so no canonical bytes)
     */
    public static String of(long pageId, int version, String title, String body) {
        return Sha256.hex(canonicalBytes(pageId, version, title, body));
    }

    /** The JCS text that is hashed, e.g. {@code {"body":"<p>Hi</p>","id":"123","title":"SOP","version":2}}. */
    public static String canonicalJson(long pageId, int version, String title, String body) {
        return new String(canonicalBytes(pageId, version, title, body), StandardCharsets.UTF_8);
    }

    private static byte[] canonicalBytes(long pageId, int version, String title, String body) {
        if (pageId < 1) {
            throw new IllegalArgumentException("Page ids are positive: " + pageId);
        }
        if (version < 1) {
            throw new IllegalArgumentException("Page versions start at 1: " + version);
        }
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("id", Long.toString(pageId));
        content.put("version", version);
        content.put("title", Objects.requireNonNull(title, "title"));
        content.put("body", Objects.requireNonNull(body, "body"));
        return Jcs.canonicalize(content);
    }
}
