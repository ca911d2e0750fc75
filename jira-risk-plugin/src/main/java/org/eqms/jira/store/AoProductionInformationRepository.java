package org.eqms.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.ProductionInfoRow;
import org.eqms.risk.ProductionInformation;
import org.eqms.risk.ProductionInformationRepository;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.UniqueKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProductionInformationRepository} on Active Objects: one {@link ProductionInfoRow} per item, the record as
 * canonical JSON ({@link StoredCodecs#PRODUCTION_INFORMATION}). {@link #add} inserts in a transaction that joins the
 * caller's; UNIQUE {@link ProductionInfoRow#PROJECT_INFO} refuses a second row with the same id. A page is one query
 * in row-id order (the order recorded).
 */
public final class AoProductionInformationRepository implements ProductionInformationRepository {
    private static final String COLUMNS = String.join(",", ProductionInfoRow.ID, ProductionInfoRow.PROJECT_KEY,
            ProductionInfoRow.INFO_ID, ProductionInfoRow.INFO_JSON);

    private final ActiveObjects ao;

    public AoProductionInformationRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<ProductionInformation> find(String projectKey, String informationId) {
        ProductionInfoRow[] rows = ao.find(ProductionInfoRow.class, Query.select(COLUMNS)
                .where(ProductionInfoRow.PROJECT_INFO + " = ?", UniqueKeys.of(projectKey, informationId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(information(rows[0]));
    }

    @Override
    public List<ProductionInformation> page(String projectKey, long offset, int limit) {
        Objects.requireNonNull(projectKey, "projectKey");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " / limit " + limit);
        }
        if (offset > Integer.MAX_VALUE) {
            return List.of();
        }
        List<ProductionInformation> page = new ArrayList<>();
        ao.stream(ProductionInfoRow.class, Query.select(COLUMNS).where(ProductionInfoRow.PROJECT_KEY + " = ?",
                projectKey).order(ProductionInfoRow.ID + " ASC").offset((int) offset).limit(limit),
                row -> page.add(information(row)));
        return page;
    }

    @Override
    public void add(String projectKey, ProductionInformation information) {
        Objects.requireNonNull(information, "information");
        String key = UniqueKeys.of(UniqueKeys.column(projectKey, "project key"),
                UniqueKeys.column(information.id(), "information id"));
        String json = StoredCodecs.PRODUCTION_INFORMATION.write(information);
        try {
            ao.executeInTransaction(() -> {
                if (ao.count(ProductionInfoRow.class, ProductionInfoRow.PROJECT_INFO + " = ?", key) > 0) {
                    throw new IllegalStateException("Project " + projectKey + " already holds information "
                            + information.id());
                }
                Map<String, Object> row = new HashMap<>();
                row.put(ProductionInfoRow.PROJECT_KEY, projectKey);
                row.put(ProductionInfoRow.INFO_ID, information.id());
                row.put(ProductionInfoRow.PROJECT_INFO, key);
                row.put(ProductionInfoRow.INFO_JSON, json);
                ao.create(ProductionInfoRow.class, row);
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException("Information " + information.id() + " of project " + projectKey
                        + " was not recorded: a concurrent request recorded it first", e);
            }
            throw e;
        }
    }

    private static ProductionInformation information(ProductionInfoRow row) {
        String what = "production information " + row.getInfoId() + " of project " + row.getProjectKey();
        ProductionInformation information = StoredCodecs.PRODUCTION_INFORMATION.read(row.getInfoJson(), what);
        if (!information.id().equals(row.getInfoId())) {
            throw new StoredDataException("The stored " + what + " holds information " + information.id(), null);
        }
        return information;
    }
}
