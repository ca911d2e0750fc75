package org.eqms.view;

/**
 * The text bundle as templates see it ({@code $i18n.getText('key')}) and Java view models use it (with arguments,
 * formatted by {@link java.text.MessageFormat}). A missing key yields the key itself, as in Confluence.
 */
public interface I18n {

    /** The text of {@code key}, unformatted. */
    String getText(String key);

    /** The text of {@code key} formatted with {@code args} ({@link java.text.MessageFormat} rules). */
    String getText(String key, Object... args);
}
