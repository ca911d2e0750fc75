package org.eqms.jira.store;

import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.BaselineRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.trace.BaselineSummary;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceBaselineStore;

/**
 * {@link TraceBaselineStore} of one project on Active Objects: one {@link BaselineRow} per baseline, the baseline as
 * canonical JSON ({@link StoredCodecs#TRACE_BASELINE}).
 *
 * <p>A stored baseline is never changed: a second {@link #save} of the same id is refused with
 * {@link BaselineExistsException} (checked first, and by UNIQUE {@link BaselineRow#PROJECT_BASELINE} against a
 * concurrent save), whatever its content. A baseline whose hashes do not match its content is refused before
 * anything is written: what is stored is what a signature can bind to.
 */
public final class AoTraceBaselineStore implements TraceBaselineStore {
    private static final String COLUMNS = String.join(",", BaselineRow.ID, BaselineRow.PROJECT_KEY,
            BaselineRow.BASELINE_ID, BaselineRow.BASELINE_HASH, BaselineRow.BASELINE_JSON);

    private final ActiveObjects ao;
    private final String projectKey;

    public AoTraceBaselineStore(ActiveObjects ao, String projectKey) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.projectKey = UniqueKeys.column(projectKey, "project key");
    }

    /** A second save of a stored baseline id. */
    public static final class BaselineExistsException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        BaselineExistsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @throws BaselineExistsException  if the project has a baseline with this id
     * @throws IllegalArgumentException if the baseline's hashes do not match its content
     */
    @Override
    public void save(TraceBaseline baseline) {
        Objects.requireNonNull(baseline, "baseline");
        String key = UniqueKeys.of(projectKey, UniqueKeys.column(baseline.id(), "baseline id"));
        UniqueKeys.column(baseline.createdBy(), "baseline author");
        UniqueKeys.column(baseline.hash(), "baseline hash");
        if (!baseline.isIntact()) {
            throw new IllegalArgumentException("Baseline " + baseline.id() + " of project " + projectKey
                    + " was not stored: its item or baseline hashes do not match its content");
        }
        Map<String, Object> row = new HashMap<>();
        row.put(BaselineRow.PROJECT_KEY, projectKey);
        row.put(BaselineRow.BASELINE_ID, baseline.id());
        row.put(BaselineRow.PROJECT_BASELINE, key);
        row.put(BaselineRow.BASELINE_LABEL, baseline.label());
        row.put(BaselineRow.CREATED_BY, baseline.createdBy());
        row.put(BaselineRow.CREATED_AT, StoredInstant.format(baseline.createdAt()));
        row.put(BaselineRow.BASELINE_HASH, baseline.hash());
        row.put(BaselineRow.ITEM_COUNT, baseline.items().size());
        row.put(BaselineRow.LINK_COUNT, baseline.links().size());
        row.put(BaselineRow.BASELINE_JSON, StoredCodecs.TRACE_BASELINE.write(baseline));
        try {
            ao.executeInTransaction(() -> {
                if (ao.count(BaselineRow.class, BaselineRow.PROJECT_BASELINE + " = ?", key) > 0) {
                    throw exists(baseline, null);
                }
                ao.create(BaselineRow.class, row);
                return null;
            });
        } catch (BaselineExistsException e) {
            throw e;
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw exists(baseline, e);
            }
            throw e;
        }
    }

    private BaselineExistsException exists(TraceBaseline baseline, Throwable cause) {
        return new BaselineExistsException("Baseline " + baseline.id() + " of project " + projectKey
                + " is already stored; a stored baseline is never changed or replaced", cause);
    }

    @Override
    public Optional<TraceBaseline> find(String id) {
        Objects.requireNonNull(id, "id");
        BaselineRow[] rows = ao.find(BaselineRow.class, Query.select(COLUMNS)
                .where(BaselineRow.PROJECT_BASELINE + " = ?", UniqueKeys.of(projectKey, id)));
        if (rows.length == 0) {
            return Optional.empty();
        }
        String what = "baseline " + id + " of project " + projectKey;
        TraceBaseline baseline = StoredCodecs.TRACE_BASELINE.read(rows[0].getBaselineJson(), what);
        if (!baseline.id().equals(id) || !baseline.hash().equals(rows[0].getBaselineHash())) {
            throw new StoredDataException("The stored " + what + " holds baseline " + baseline.id() + " with hash "
                    + baseline.hash() + ", not " + rows[0].getBaselineHash(), null);
        }
        return Optional.of(baseline);
    }

    @Override
    public Stream<String> ids() {
        return Pages.<String, Integer>stream(after -> {
            Pages.Collector<String, Integer> page = new Pages.Collector<>();
            String columns = BaselineRow.ID + "," + BaselineRow.BASELINE_ID;
            Query query = after == null
                    ? Query.select(columns).where(BaselineRow.PROJECT_KEY + " = ?", projectKey)
                    : Query.select(columns).where(BaselineRow.PROJECT_KEY + " = ? AND ID > ?", projectKey, after);
            ao.stream(BaselineRow.class, query.order("ID ASC").limit(Pages.SIZE),
                    row -> page.add(row.getBaselineId(), row.getID()));
            return page.page();
        });
    }

    @Override
    public Stream<BaselineSummary> summaries() {
        return Pages.<BaselineSummary, Integer>stream(after -> {
            Pages.Collector<BaselineSummary, Integer> page = new Pages.Collector<>();
            String columns = String.join(",", BaselineRow.ID, BaselineRow.BASELINE_ID, BaselineRow.BASELINE_LABEL,
                    BaselineRow.CREATED_BY, BaselineRow.CREATED_AT, BaselineRow.BASELINE_HASH, BaselineRow.ITEM_COUNT,
                    BaselineRow.LINK_COUNT);
            Query query = after == null
                    ? Query.select(columns).where(BaselineRow.PROJECT_KEY + " = ?", projectKey)
                    : Query.select(columns).where(BaselineRow.PROJECT_KEY + " = ? AND ID > ?", projectKey, after);
            ao.stream(BaselineRow.class, query.order("ID ASC").limit(Pages.SIZE), row -> page.add(
                    new BaselineSummary(row.getBaselineId(), row.getBaselineLabel(), row.getCreatedBy(),
                            StoredInstant.parse(row.getCreatedAt()), row.getBaselineHash(), row.getItemCount(),
                            row.getLinkCount()), row.getID()));
            return page.page();
        });
    }
}
