package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A trace baseline (IEC 62304 §8.1.3, §5.8.4), as canonical JSON ({@code eqms-jira/trace-baseline/1}) with its
 * identifying columns. Immutable: inserted once (UNIQUE {@value #PROJECT_BASELINE}), never updated or deleted.
 * {@code ID} orders a project's baselines oldest first.
 */
@Table("TRACE_BASELINE")
@Indexes(@Index(name = "trace_baseline_proj_id", methodNames = {"getProjectKey", "getID"}))
public interface BaselineRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String BASELINE_ID = "BASELINE_ID";
    String PROJECT_BASELINE = "PROJECT_BASELINE";
    String BASELINE_LABEL = "BASELINE_LABEL";
    String CREATED_BY = "CREATED_BY";
    String CREATED_AT = "CREATED_AT";
    String BASELINE_HASH = "BASELINE_HASH";
    String ITEM_COUNT = "ITEM_COUNT";
    String LINK_COUNT = "LINK_COUNT";
    String BASELINE_JSON = "BASELINE_JSON";

    @NotNull
    String getProjectKey();

    @NotNull
    String getBaselineId();

    /** {@code <project>/<baseline id>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getProjectBaseline();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBaselineLabel();

    /** User key of who took it. */
    @NotNull
    String getCreatedBy();

    @NotNull
    String getCreatedAt();

    @NotNull
    String getBaselineHash();

    @NotNull
    int getItemCount();

    @NotNull
    int getLinkCount();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBaselineJson();
}
