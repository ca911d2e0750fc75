package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.confluence.store.entity.SpaceConfigRow;
import org.eqms.document.SpaceSettings;
import org.eqms.document.SpaceSettingsJson;
import org.eqms.document.SpaceSettingsStore;
import org.eqms.store.ao.SqlStates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link SpaceSettingsStore} on Active Objects: one {@link SpaceConfigRow} per saved revision. */
public final class AoSpaceSettingsStore implements SpaceSettingsStore {
    private final ActiveObjects ao;

    public AoSpaceSettingsStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<SpaceSettings> current(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return Optional.empty();
        }
        SpaceConfigRow[] newest = ao.find(SpaceConfigRow.class, Query.select("ID, "
                        + SpaceConfigRow.CONFIG_REV + ", " + SpaceConfigRow.SETTINGS_JSON)
                .where(SpaceConfigRow.SPACE_KEY + " = ?", spaceKey).order(SpaceConfigRow.CONFIG_REV + " DESC").limit(1));
        if (newest.length == 0) {
            return Optional.empty();
        }
        return Optional.of(SpaceSettingsJson.fromText(spaceKey, newest[0].getSettingsJson())
                .asRevision(newest[0].getConfigRev()));
    }

    @Override
    public List<String> configuredSpaces() {
        List<String> spaces = new ArrayList<>();
        for (SpaceConfigRow row : ao.find(SpaceConfigRow.class, Query.select("ID, " + SpaceConfigRow.SPACE_KEY)
                .where(SpaceConfigRow.CONFIG_REV + " = ?", 1))) {
            spaces.add(row.getSpaceKey());
        }
        Collections.sort(spaces);
        return spaces;
    }

    @Override
    public void add(SpaceSettings settings, String savedBy, Instant savedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put(SpaceConfigRow.SPACE_REV, UniqueKeys.of(settings.spaceKey(), String.valueOf(settings.revision())));
        row.put(SpaceConfigRow.SPACE_KEY, settings.spaceKey());
        row.put(SpaceConfigRow.CONFIG_REV, settings.revision());
        row.put(SpaceConfigRow.SETTINGS_JSON, SpaceSettingsJson.toText(settings));
        row.put(SpaceConfigRow.SAVED_BY, Objects.requireNonNull(savedBy, "savedBy"));
        row.put(SpaceConfigRow.SAVED_AT, StoredInstant.format(savedAt));
        try {
            ao.executeInTransaction(() -> ao.create(SpaceConfigRow.class, row));
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new StaleRevisionException("revision " + settings.revision() + " of space " + settings.spaceKey()
                        + " was saved concurrently", e);
            }
            throw e;
        }
    }
}
