package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.ClassSchemeRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.ClassificationSchemeStore;

/**
 * {@link ClassificationSchemeStore} on Active Objects: at most one {@link ClassSchemeRow} per project (UNIQUE
 * {@link ClassSchemeRow#PROJECT_KEY}), the scheme as canonical JSON ({@link StoredCodecs#CLASSIFICATION_SCHEME}).
 * A project without a row uses {@link ClassificationScheme#IEC62304_ED1}.
 */
public final class AoClassificationSchemeStore implements ClassificationSchemeStore {
    private final ActiveObjects ao;

    public AoClassificationSchemeStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<ClassificationScheme> scheme(String projectKey) {
        Objects.requireNonNull(projectKey, "projectKey");
        ClassSchemeRow[] rows = ao.find(ClassSchemeRow.class, Query.select(ClassSchemeRow.ID + ","
                + ClassSchemeRow.SCHEME_ID + "," + ClassSchemeRow.SCHEME_JSON)
                .where(ClassSchemeRow.PROJECT_KEY + " = ?", projectKey));
        if (rows.length == 0) {
            return Optional.empty();
        }
        String what = "classification scheme of project " + projectKey;
        ClassificationScheme scheme = StoredCodecs.CLASSIFICATION_SCHEME.read(rows[0].getSchemeJson(), what);
        if (!scheme.id().equals(rows[0].getSchemeId())) {
            throw new StoredDataException("The stored " + what + " holds scheme " + scheme.id() + ", not "
                    + rows[0].getSchemeId(), null);
        }
        return Optional.of(scheme);
    }

    @Override
    public void save(String projectKey, ClassificationScheme scheme) {
        UniqueKeys.column(projectKey, "project key");
        Objects.requireNonNull(scheme, "scheme");
        UniqueKeys.column(scheme.id(), "scheme id");
        String json = StoredCodecs.CLASSIFICATION_SCHEME.write(scheme);
        try {
            ao.executeInTransaction(() -> {
                ClassSchemeRow[] rows = ao.find(ClassSchemeRow.class, Query.select(ClassSchemeRow.ID)
                        .where(ClassSchemeRow.PROJECT_KEY + " = ?", projectKey));
                if (rows.length == 0) {
                    ao.create(ClassSchemeRow.class, Map.of(ClassSchemeRow.PROJECT_KEY, projectKey,
                            ClassSchemeRow.SCHEME_ID, scheme.id(), ClassSchemeRow.SCHEME_JSON, json));
                } else {
                    rows[0].setSchemeId(scheme.id());
                    rows[0].setSchemeJson(json);
                    rows[0].save();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException("The classification scheme of project " + projectKey + " was not"
                        + " saved: a concurrent save stored one first; reload and save again", e);
            }
            throw e;
        }
    }
}
