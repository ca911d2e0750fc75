package org.eqms.sandbox.confluence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One global plugin setting of the hosted Confluence app, as SAL keeps them: a String, or a List of Strings stored
 * as a JSON array ({@code LIST_VALUE} true).
 */
@Table("SBX_SETTING")
public interface SettingRow extends Entity {
    String SETTING_KEY = "SETTING_KEY";

    @NotNull
    @Unique
    String getSettingKey();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String value);

    @NotNull
    boolean isListValue();

    void setListValue(boolean list);
}
