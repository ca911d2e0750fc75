package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One item of a project's trace graph (IEC 62304). One row per (project, item id): UNIQUE {@value #PROJECT_ITEM}.
 * The item id is the product's id (e.g. the Jira issue id) as a plain column, never a foreign key. The text fields
 * are a JSON object of strings ({@code eqms-jira/item-fields/1}); the role-specific attributes are enum names or
 * {@code null}. Rows are read in {@code (PROJECT_KEY, ID)} order, page by page;
 * indexed on the item id alone to find the project holding an item (an issue moved between projects).
 */
@Table("TRACE_ITEM")
@Indexes({
        @Index(name = "trace_item_proj_id", methodNames = {"getProjectKey", "getID"}),
        @Index(name = "trace_item_item", methodNames = {"getItemId"})})
public interface TraceItemRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String ITEM_ID = "ITEM_ID";
    String PROJECT_ITEM = "PROJECT_ITEM";
    String ITEM_ROLE = "ITEM_ROLE";
    String HUMAN_KEY = "HUMAN_KEY";
    String TITLE = "TITLE";
    String FIELDS_JSON = "FIELDS_JSON";
    String ACCEPTABILITY = "ACCEPTABILITY";
    String VER_STATUS = "VER_STATUS";
    String SW_LEVEL = "SW_LEVEL";
    String SAFETY_CLASS = "SAFETY_CLASS";

    @NotNull
    String getProjectKey();

    @NotNull
    String getItemId();

    /** {@code <project>/<item id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectItem();

    /** An {@code ItemRole} name; never changes. */
    @NotNull
    String getItemRole();

    /** The human key, e.g. {@code SRS-12}. */
    @NotNull
    String getHumanKey();

    void setHumanKey(String key);

    /** May be empty (SQL NULL on Oracle). */
    @StringLength(StringLength.UNLIMITED)
    String getTitle();

    void setTitle(String title);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getFieldsJson();

    void setFieldsJson(String json);

    /** A {@code RiskAcceptability} name (hazardous situations only). */
    String getAcceptability();

    void setAcceptability(String acceptability);

    /** A {@code VerificationStatus} name (verifications only). */
    String getVerStatus();

    void setVerStatus(String status);

    /** A {@code SoftwareLevel} name (software items only). */
    String getSwLevel();

    void setSwLevel(String level);

    /** A class code of the project's classification scheme (software items only; null while unclassified). */
    String getSafetyClass();

    void setSafetyClass(String safetyClass);
}
