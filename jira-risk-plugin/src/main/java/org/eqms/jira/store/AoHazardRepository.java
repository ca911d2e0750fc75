package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.HazardRow;
import org.eqms.jira.store.entity.IntendedUseRow;
import org.eqms.jira.store.entity.SituationRow;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.IntendedUse;
import org.eqms.store.ao.SqlStates;

/**
 * {@link HazardRepository} on Active Objects: the intended use as JSON ({@link IntendedUseRow}, one per project),
 * hazards ({@link HazardRow}) and hazardous situations ({@link SituationRow}) as columns. Saves insert or replace
 * by (project, id) in one transaction that joins the caller's; UNIQUE columns refuse a duplicate a concurrent save
 * slipped past the check. Streams read {@value Pages#SIZE} rows per query in id order.
 */
public final class AoHazardRepository implements HazardRepository {
    private static final String HAZARD_COLUMNS = String.join(",", HazardRow.ID, HazardRow.PROJECT_KEY,
            HazardRow.HAZARD_ID, HazardRow.CATEGORY, HazardRow.HAZARD_NAME, HazardRow.DESCRIPTION,
            HazardRow.CATALOGUE_CODE);
    private static final String SITUATION_COLUMNS = String.join(",", SituationRow.ID, SituationRow.PROJECT_KEY,
            SituationRow.SITUATION_ID, SituationRow.HAZARD_ID, SituationRow.EVENTS_JSON, SituationRow.DESCRIPTION);

    /** Hazard ids per {@code IN} list: well under every database's parameter limit. */
    static final int IN_SLICE = 200;

    private final ActiveObjects ao;

    public AoHazardRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    // ---------------------------------------------------------------- intended use

    @Override
    public Optional<IntendedUse> intendedUse(String projectKey) {
        IntendedUseRow[] rows = ao.find(IntendedUseRow.class, Query.select(IntendedUseRow.ID + ","
                + IntendedUseRow.USE_JSON).where(IntendedUseRow.PROJECT_KEY + " = ?", projectKey));
        return rows.length == 0 ? Optional.empty() : Optional.of(StoredCodecs.INTENDED_USE.read(rows[0].getUseJson(),
                "intended use of project " + projectKey));
    }

    @Override
    public void saveIntendedUse(String projectKey, IntendedUse intendedUse) {
        UniqueKeys.column(projectKey, "project key");
        String json = StoredCodecs.INTENDED_USE.write(Objects.requireNonNull(intendedUse, "intendedUse"));
        upsert("The intended use of project " + projectKey, () -> {
            IntendedUseRow[] rows = ao.find(IntendedUseRow.class, Query.select(IntendedUseRow.ID)
                    .where(IntendedUseRow.PROJECT_KEY + " = ?", projectKey));
            if (rows.length == 0) {
                ao.create(IntendedUseRow.class, Map.of(IntendedUseRow.PROJECT_KEY, projectKey,
                        IntendedUseRow.USE_JSON, json));
            } else {
                rows[0].setUseJson(json);
                rows[0].save();
            }
        });
    }

    // ---------------------------------------------------------------- hazards

    @Override
    public Optional<Hazard> findHazard(String projectKey, String hazardId) {
        HazardRow[] rows = ao.find(HazardRow.class, Query.select(HAZARD_COLUMNS)
                .where(HazardRow.PROJECT_HAZARD + " = ?", UniqueKeys.of(projectKey, hazardId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(hazard(rows[0]));
    }

    @Override
    public Stream<Hazard> hazards(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        return Pages.<Hazard, String>stream(after -> {
            Pages.Collector<Hazard, String> page = new Pages.Collector<>();
            ao.stream(HazardRow.class, after(Query.select(HAZARD_COLUMNS), HazardRow.PROJECT_KEY, projectKey,
                    HazardRow.HAZARD_ID, after), row -> page.add(hazard(row), row.getHazardId()));
            return page.page();
        });
    }

    @Override
    public void saveHazard(String projectKey, Hazard hazard) {
        Objects.requireNonNull(hazard, "hazard");
        String key = UniqueKeys.of(UniqueKeys.column(projectKey, "project key"),
                UniqueKeys.column(hazard.id(), "hazard id"));
        UniqueKeys.column(hazard.category().name(), "hazard category");
        if (hazard.catalogueCode() != null) {
            UniqueKeys.column(hazard.catalogueCode(), "catalogue code of hazard " + hazard.id());
        }
        upsert("Hazard " + hazard.id() + " of project " + projectKey, () -> {
            HazardRow[] rows = ao.find(HazardRow.class, Query.select(HazardRow.ID)
                    .where(HazardRow.PROJECT_HAZARD + " = ?", key));
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put(HazardRow.PROJECT_KEY, projectKey);
                row.put(HazardRow.HAZARD_ID, hazard.id());
                row.put(HazardRow.PROJECT_HAZARD, key);
                row.put(HazardRow.CATEGORY, hazard.category().name());
                row.put(HazardRow.HAZARD_NAME, hazard.name());
                row.put(HazardRow.DESCRIPTION, hazard.description());
                row.put(HazardRow.CATALOGUE_CODE, hazard.catalogueCode());
                ao.create(HazardRow.class, row);
            } else {
                HazardRow row = rows[0];
                row.setCategory(hazard.category().name());
                row.setHazardName(hazard.name());
                row.setDescription(hazard.description());
                row.setCatalogueCode(hazard.catalogueCode());
                row.save();
            }
        });
    }

    private static Hazard hazard(HazardRow row) {
        return Rows.decode("hazard " + row.getHazardId() + " of project " + row.getProjectKey(),
                () -> new Hazard(row.getHazardId(), Rows.enumOf(HazardCategory.class, row.getCategory()),
                        row.getHazardName(), Rows.orEmpty(row.getDescription()), row.getCatalogueCode()));
    }

    // ---------------------------------------------------------------- hazardous situations

    @Override
    public Optional<HazardousSituation> findSituation(String projectKey, String situationId) {
        SituationRow[] rows = ao.find(SituationRow.class, Query.select(SITUATION_COLUMNS)
                .where(SituationRow.PROJECT_SITUATION + " = ?", UniqueKeys.of(projectKey, situationId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(situation(rows[0]));
    }

    @Override
    public Stream<HazardousSituation> situations(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        return Pages.<HazardousSituation, String>stream(after -> {
            Pages.Collector<HazardousSituation, String> page = new Pages.Collector<>();
            ao.stream(SituationRow.class, after(Query.select(SITUATION_COLUMNS), SituationRow.PROJECT_KEY,
                    projectKey, SituationRow.SITUATION_ID, after), row -> page.add(situation(row),
                    row.getSituationId()));
            return page.page();
        });
    }

    @Override
    public void saveSituation(String projectKey, HazardousSituation situation) {
        Objects.requireNonNull(situation, "situation");
        String key = UniqueKeys.of(UniqueKeys.column(projectKey, "project key"),
                UniqueKeys.column(situation.id(), "hazardous situation id"));
        UniqueKeys.column(situation.hazardId(), "hazard id of hazardous situation " + situation.id());
        String events = StoredCodecs.EVENTS.write(situation.sequenceOfEvents());
        upsert("Hazardous situation " + situation.id() + " of project " + projectKey, () -> {
            SituationRow[] rows = ao.find(SituationRow.class, Query.select(SituationRow.ID)
                    .where(SituationRow.PROJECT_SITUATION + " = ?", key));
            if (rows.length == 0) {
                Map<String, Object> row = new HashMap<>();
                row.put(SituationRow.PROJECT_KEY, projectKey);
                row.put(SituationRow.SITUATION_ID, situation.id());
                row.put(SituationRow.PROJECT_SITUATION, key);
                row.put(SituationRow.HAZARD_ID, situation.hazardId());
                row.put(SituationRow.EVENTS_JSON, events);
                row.put(SituationRow.DESCRIPTION, situation.description());
                ao.create(SituationRow.class, row);
            } else {
                SituationRow row = rows[0];
                row.setHazardId(situation.hazardId());
                row.setEventsJson(events);
                row.setDescription(situation.description());
                row.save();
            }
        });
    }

    /** One query per {@value #IN_SLICE} hazards ({@code HAZARD_ID IN (…)} on the project's hazard index). */
    @Override
    public Stream<HazardousSituation> situationsOf(String projectKey, Collection<String> hazardIds) {
        Objects.requireNonNull(projectKey, "projectKey");
        List<HazardousSituation> found = new ArrayList<>();
        for (List<String> slice : Pages.slices(List.copyOf(new java.util.LinkedHashSet<>(hazardIds)), IN_SLICE)) {
            Object[] parameters = new Object[slice.size() + 1];
            parameters[0] = projectKey;
            for (int i = 0; i < slice.size(); i++) {
                parameters[i + 1] = slice.get(i);
            }
            ao.stream(SituationRow.class, Query.select(SITUATION_COLUMNS).where(SituationRow.PROJECT_KEY + " = ? AND "
                    + SituationRow.HAZARD_ID + " IN (" + Pages.placeholders(slice.size()) + ")", parameters),
                    row -> found.add(situation(row)));
        }
        return found.stream();
    }

    @Override
    public boolean anySituationOf(String projectKey, String hazardId) {
        return ao.count(SituationRow.class, SituationRow.PROJECT_KEY + " = ? AND " + SituationRow.HAZARD_ID + " = ?",
                projectKey, hazardId) > 0;
    }

    @Override
    public void deleteHazard(String projectKey, String hazardId) {
        String key = UniqueKeys.of(projectKey, hazardId);
        upsert("Hazard " + hazardId + " of project " + projectKey, () ->
                ao.deleteWithSQL(HazardRow.class, HazardRow.PROJECT_HAZARD + " = ?", key));
    }

    @Override
    public void deleteSituation(String projectKey, String situationId) {
        String key = UniqueKeys.of(projectKey, situationId);
        upsert("Hazardous situation " + situationId + " of project " + projectKey, () ->
                ao.deleteWithSQL(SituationRow.class, SituationRow.PROJECT_SITUATION + " = ?", key));
    }

    private static HazardousSituation situation(SituationRow row) {
        String what = "hazardous situation " + row.getSituationId() + " of project " + row.getProjectKey();
        return Rows.decode(what, () -> new HazardousSituation(row.getSituationId(), row.getHazardId(),
                StoredCodecs.EVENTS.read(row.getEventsJson(), what), row.getDescription()));
    }

    // ---------------------------------------------------------------- shared

    /** {@code project = ? [AND id > after] ORDER BY id LIMIT page}. */
    static Query after(Query select, String projectColumn, String projectKey, String idColumn, String after) {
        Query query = after == null
                ? select.where(projectColumn + " = ?", projectKey)
                : select.where(projectColumn + " = ? AND " + idColumn + " > ?", projectKey, after);
        return query.order(idColumn + " ASC").limit(Pages.SIZE);
    }

    private void upsert(String what, Runnable write) {
        try {
            ao.executeInTransaction(() -> {
                write.run();
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException(what + " was not saved: a concurrent save created it first;"
                        + " reload and save again", e);
            }
            throw e;
        }
    }
}
