package org.eqms.view;

/**
 * Which Velocity references are inserted without HTML escaping: the same naming rule as Confluence's anti-XSS mode,
 * so a template behaves alike in the product and in the sandbox.
 *
 * <p>Confluence: "This policy will annotate any method whose name ends with "Html" or starts with "render" as
 * having a HTML safe return value" (HtmlSafeMethodNameAnnotator,
 * https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/velocity/htmlsafe/HtmlSafeMethodNameAnnotator.html),
 * and the anti-XSS documentation (https://developer.atlassian.com/server/confluence/anti-xss-documentation) exempts
 * references whose name ends in {@code Html} the same way. So {@code $bodyHtml}, {@code $view.bodyHtml()},
 * {@code $x.getBodyHtml()} and {@code $x.renderTable()} are not escaped; everything else is.
 *
 * <p>Project rule on top: only Java code puts a value under such a name, and only HTML it built itself from
 * escaped parts or the product's own renderer output.
 */
public final class HtmlSafeReferences {
    private HtmlSafeReferences() {
    }

    /**
     * @param reference the reference as written in the template, e.g. {@code $!{view.bodyHtml()}}
     * @return whether its value is inserted unescaped
     */
    public static boolean isHtmlSafe(String reference) {
        if (reference == null) {
            return false;
        }
        String name = reference.trim();
        if (name.startsWith("$")) {
            name = name.substring(1);
        }
        if (name.startsWith("!")) {
            name = name.substring(1);
        }
        if (name.startsWith("{") && name.endsWith("}")) {
            name = name.substring(1, name.length() - 1);
        }
        boolean call = false;
        while (name.endsWith(")") || name.endsWith("]")) {
            int open = openingOf(name);
            if (open < 0) {
                return false;
            }
            call |= name.endsWith(")");
            name = name.substring(0, open);
        }
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.endsWith("Html")) {
            return true;
        }
        return call && last.startsWith("render");
    }

    /** Index of the bracket opening the group that closes the text, or -1 when unbalanced. */
    private static int openingOf(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if (c == '(' || c == '[') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
