package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.SoupEntryRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.trace.SoupEntry;
import org.eqms.trace.SoupRegister;
import org.eqms.trace.SoupRegisterStore;

/**
 * {@link SoupRegisterStore} of one project on Active Objects: one {@link SoupEntryRow} per SOUP item, the entry as
 * canonical JSON ({@link StoredCodecs#SOUP_ENTRY}). The register is read in registration order (an update keeps the
 * row). Writes join the caller's transaction; UNIQUE {@link SoupEntryRow#PROJECT_SOUP} refuses a second row for an
 * item that a concurrent save slipped past the check.
 */
public final class AoSoupRegisterStore implements SoupRegisterStore {
    private static final String COLUMNS = String.join(",", SoupEntryRow.ID, SoupEntryRow.SOUP_ID,
            SoupEntryRow.ENTRY_JSON);

    private final ActiveObjects ao;
    private final String projectKey;

    public AoSoupRegisterStore(ActiveObjects ao, String projectKey) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.projectKey = UniqueKeys.column(projectKey, "project key");
    }

    @Override
    public SoupRegister load() {
        List<SoupEntry> entries = new ArrayList<>();
        ao.stream(SoupEntryRow.class, Query.select(COLUMNS).where(SoupEntryRow.PROJECT_KEY + " = ?", projectKey)
                .order("ID ASC"), row -> entries.add(entry(row)));
        return Rows.decode("SOUP register of project " + projectKey, () -> SoupRegister.of(entries));
    }

    @Override
    public void save(SoupEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String key = UniqueKeys.of(projectKey, UniqueKeys.column(entry.soupId(), "SOUP item id"));
        String json = StoredCodecs.SOUP_ENTRY.write(entry);
        try {
            ao.executeInTransaction(() -> {
                SoupEntryRow[] rows = ao.find(SoupEntryRow.class, Query.select(SoupEntryRow.ID)
                        .where(SoupEntryRow.PROJECT_SOUP + " = ?", key));
                if (rows.length == 0) {
                    Map<String, Object> row = new HashMap<>();
                    row.put(SoupEntryRow.PROJECT_KEY, projectKey);
                    row.put(SoupEntryRow.SOUP_ID, entry.soupId());
                    row.put(SoupEntryRow.PROJECT_SOUP, key);
                    row.put(SoupEntryRow.ENTRY_JSON, json);
                    ao.create(SoupEntryRow.class, row);
                } else {
                    rows[0].setEntryJson(json);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException("SOUP item " + entry.soupId() + " of project " + projectKey
                        + " was not saved: a concurrent save registered it first; reload the register", e);
            }
            throw e;
        }
    }

    /** Remove the entry; an unknown id changes nothing. */
    @Override
    public void remove(String soupId) {
        Objects.requireNonNull(soupId, "soupId");
        String key = UniqueKeys.of(projectKey, soupId);
        ao.executeInTransaction(() -> ao.deleteWithSQL(SoupEntryRow.class, SoupEntryRow.PROJECT_SOUP + " = ?", key));
    }

    private SoupEntry entry(SoupEntryRow row) {
        String what = "SOUP entry " + row.getSoupId() + " of project " + projectKey;
        SoupEntry entry = StoredCodecs.SOUP_ENTRY.read(row.getEntryJson(), what);
        if (!entry.soupId().equals(row.getSoupId())) {
            throw new StoredDataException("The stored " + what + " holds SOUP item " + entry.soupId(), null);
        }
        return entry;
    }
}
