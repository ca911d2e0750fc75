package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.RiskRow;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRepository;
import org.eqms.store.ao.SqlStates;

/**
 * {@link RiskRepository} on Active Objects: one {@link RiskRow} per risk, the record as canonical JSON
 * ({@link StoredCodecs#RISK_RECORD}) next to the project, risk, hazard and situation ids the queries use.
 *
 * <ul>
 *   <li>{@link #save} inserts or replaces in one {@link ActiveObjects#executeInTransaction transaction}, which joins
 *       the caller's (so the risk and its audit record commit together). UNIQUE {@link RiskRow#PROJECT_RISK}
 *       refuses a second row for the risk that a concurrent save slipped past the check.</li>
 *   <li>Streams read {@value Pages#SIZE} rows per query in risk-id order (keyset paging on the project's
 *       {@code (PROJECT_KEY, RISK_ID)} index); nothing is held open between pages.</li>
 *   <li>A stored row whose JSON is not a valid record, or names another risk or project than its columns, is a
 *       {@link StoredDataException}.</li>
 * </ul>
 */
public final class AoRiskRepository implements RiskRepository {
    private static final String COLUMNS = String.join(",", RiskRow.ID, RiskRow.PROJECT_KEY, RiskRow.RISK_ID,
            RiskRow.RECORD_JSON);

    private final ActiveObjects ao;

    public AoRiskRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<RiskRecord> find(String projectKey, String riskId) {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(riskId, "riskId");
        RiskRow[] rows = ao.find(RiskRow.class, Query.select(COLUMNS)
                .where(RiskRow.PROJECT_RISK + " = ?", UniqueKeys.of(projectKey, riskId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(risk(rows[0]));
    }

    @Override
    public Stream<RiskRecord> stream(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        return byRiskId(RiskRow.PROJECT_KEY + " = ?", projectKey);
    }

    @Override
    public Stream<RiskRecord> streamByHazard(String projectKey, String hazardId) {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(hazardId, "hazardId");
        return byRiskId(RiskRow.PROJECT_KEY + " = ? AND " + RiskRow.HAZARD_ID + " = ?", projectKey, hazardId);
    }

    private Stream<RiskRecord> byRiskId(String where, Object... parameters) {
        return Pages.<RiskRecord, String>stream(after -> {
            Pages.Collector<RiskRecord, String> page = new Pages.Collector<>();
            Object[] all = parameters;
            String condition = where;
            if (after != null) {
                condition = where + " AND " + RiskRow.RISK_ID + " > ?";
                all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
                all[parameters.length] = after;
            }
            ao.stream(RiskRow.class, Query.select(COLUMNS).where(condition, all)
                    .order(RiskRow.RISK_ID + " ASC").limit(Pages.SIZE), row -> page.add(risk(row), row.getRiskId()));
            return page.page();
        });
    }

    @Override
    public boolean anyForSituation(String projectKey, String situationId) {
        return ao.count(RiskRow.class, RiskRow.PROJECT_KEY + " = ? AND " + RiskRow.SITUATION_ID + " = ?",
                projectKey, situationId) > 0;
    }

    @Override
    public boolean anyForHazard(String projectKey, String hazardId) {
        return ao.count(RiskRow.class, RiskRow.PROJECT_KEY + " = ? AND " + RiskRow.HAZARD_ID + " = ?",
                projectKey, hazardId) > 0;
    }

    @Override
    public void save(RiskRecord risk) {
        Objects.requireNonNull(risk, "risk");
        String key = UniqueKeys.of(UniqueKeys.column(risk.projectKey(), "project key"),
                UniqueKeys.column(risk.id(), "risk id"));
        UniqueKeys.column(risk.hazardId(), "hazard id of risk " + risk.id());
        UniqueKeys.column(risk.situationId(), "hazardous situation id of risk " + risk.id());
        String json = StoredCodecs.RISK_RECORD.write(risk);
        try {
            ao.executeInTransaction(() -> {
                RiskRow[] rows = ao.find(RiskRow.class, Query.select(RiskRow.ID + "," + RiskRow.PROJECT_RISK)
                        .where(RiskRow.PROJECT_RISK + " = ?", key));
                if (rows.length == 0) {
                    Map<String, Object> row = new HashMap<>();
                    row.put(RiskRow.PROJECT_KEY, risk.projectKey());
                    row.put(RiskRow.RISK_ID, risk.id());
                    row.put(RiskRow.PROJECT_RISK, key);
                    row.put(RiskRow.HAZARD_ID, risk.hazardId());
                    row.put(RiskRow.SITUATION_ID, risk.situationId());
                    row.put(RiskRow.RECORD_JSON, json);
                    ao.create(RiskRow.class, row);
                } else {
                    RiskRow row = rows[0];
                    row.setHazardId(risk.hazardId());
                    row.setSituationId(risk.situationId());
                    row.setRecordJson(json);
                    row.save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException("Risk " + risk.id() + " of project " + risk.projectKey()
                        + " was not saved: a concurrent save created it first; reload it and save again", e);
            }
            throw e;
        }
    }

    private static RiskRecord risk(RiskRow row) {
        String what = "risk " + row.getRiskId() + " of project " + row.getProjectKey();
        RiskRecord risk = StoredCodecs.RISK_RECORD.read(row.getRecordJson(), what);
        if (!risk.id().equals(row.getRiskId()) || !risk.projectKey().equals(row.getProjectKey())) {
            throw new StoredDataException("The stored " + what + " holds risk " + risk.id() + " of project "
                    + risk.projectKey(), null);
        }
        return risk;
    }
}
