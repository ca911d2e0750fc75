package org.eqms.confluence.macro;

/**
 * A macro that will not render, with the reason in the reader's language (from the bundle, {@code eqms.macro.error.*}).
 * Confluence shows it through {@code MacroExecutionException}; the sandbox as an AUI error message.
 */
public final class MacroRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public MacroRefusal(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The bundle key of the reason, e.g. {@code eqms.macro.error.no-permission}. */
    public String key() {
        return key;
    }
}
