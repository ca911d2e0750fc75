package org.eqms.risk;

/**
 * The shape of a controlled document's number as the Confluence app issues it, e.g. {@code SOP-0001},
 * {@code WI/QA-012.A}: literal text of {@code A–Z a–z 0–9 . _ / -} around one zero-padded counter (the Confluence
 * app's {@code DocumentNumberFormat}, whose patterns are at most 32 characters with the two braces). This module
 * cannot see a space's configured patterns, so the rule checks the shape any pattern prints: 1 to
 * {@value #MAX_LENGTH} of those characters, at least one of them a digit. Case is kept: numbers are case-sensitive.
 */
public final class ControlledDocumentNumber {

    /** The longest number a pattern of 32 characters prints (the braces are not printed). */
    public static final int MAX_LENGTH = 30;

    private ControlledDocumentNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || number.isEmpty() || number.length() > MAX_LENGTH) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == '/'
                    || c == '-')) {
                return false;
            }
        }
        return digit;
    }

    /**
     * @return the number, unchanged
     * @throws RiskRefusedException ({@link RiskRefusal#INVALID_DOCUMENT_NUMBER}) if it is not of that shape
     */
    public static String require(String number) {
        if (!isValid(number)) {
            throw new RiskRefusedException(RiskRefusal.INVALID_DOCUMENT_NUMBER, "\"" + number + "\" is not a "
                    + "controlled document number.", "Give the number the Confluence app shows on the document, "
                    + "e.g. SOP-0001 or WI-0012: letters, digits, '.', '_', '/', '-', at most " + MAX_LENGTH
                    + " characters.");
        }
        return number;
    }
}
