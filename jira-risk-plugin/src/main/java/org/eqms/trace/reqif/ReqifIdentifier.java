package org.eqms.trace.reqif;

/**
 * Turns an eQMS key into a ReqIF IDENTIFIER. IDENTIFIERs are {@code xsd:ID}s (XML names without colon: no spaces,
 * not starting with a digit), eQMS keys need not be, so a key is prefixed and every character outside
 * {@code [A-Za-z0-9.-]} written as {@code _<hex code point>_} ({@code _} itself as {@code __}). The mapping is
 * one-to-one, so distinct keys never share an IDENTIFIER, and stable, so a re-export updates the same objects in
 * the receiving tool. The key itself travels as {@code ReqIF.ForeignID}; the IDENTIFIER is never decoded.
 */
final class ReqifIdentifier {

    private ReqifIdentifier() {
    }

    static String of(String prefix, String key) {
        StringBuilder out = new StringBuilder(prefix.length() + key.length() + 8).append(prefix);
        key.codePoints().forEach(cp -> {
            if (cp >= 'A' && cp <= 'Z' || cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp == '.' || cp == '-') {
                out.append((char) cp);
            } else if (cp == '_') {
                out.append("__");
            } else {
                out.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return out.toString();
    }
}
