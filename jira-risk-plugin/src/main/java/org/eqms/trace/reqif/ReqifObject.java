package org.eqms.trace.reqif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One requirement-like item (a requirement, hazard, risk control, test...) as ReqIF exchanges it: a SPEC-OBJECT
 * whose SPEC-OBJECT-TYPE is named {@code type}.
 *
 * @param id         the item's key in eQMS (e.g. a Jira issue key); written as the standard attribute
 *                   {@code ReqIF.ForeignID}
 * @param type       the kind of item; one SPEC-OBJECT-TYPE per distinct type
 * @param title      written as {@code ReqIF.Name}
 * @param text       written as {@code ReqIF.Text}, a plain string (line breaks kept)
 * @param attributes further string attributes, by name; the names {@link #FOREIGN_ID}, {@link #NAME} and
 *                   {@link #TEXT} are taken by the fields above
 */
public record ReqifObject(String id, String type, String title, String text, Map<String, String> attributes) {

    /** The ReqIF Implementation Guide's attribute names for an object's key in its home tool, name and text. */
    public static final String FOREIGN_ID = "ReqIF.ForeignID";
    public static final String NAME = "ReqIF.Name";
    public static final String TEXT = "ReqIF.Text";

    public ReqifObject {
        requireNonBlank(id, "id");
        requireNonBlank(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Map<String, String> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            requireNonBlank(name, "attribute name");
            if (name.equals(FOREIGN_ID) || name.equals(NAME) || name.equals(TEXT)) {
                throw new IllegalArgumentException("attribute name " + name + " is reserved for id, title and text");
            }
            copy.put(name, Objects.requireNonNull(value, "value of attribute " + name));
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    static void requireNonBlank(String value, String what) {
        if (Objects.requireNonNull(value, what).isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
