package org.eqms.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.java.ao.Query;
import org.eqms.jira.access.SigningDuty;
import org.eqms.jira.access.SigningRoles;
import org.eqms.jira.access.SigningRolesStore;
import org.eqms.jira.access.StaleSigningRolesException;
import org.eqms.jira.store.entity.SigningRolesRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.UniqueKeys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link SigningRolesStore} on Active Objects: one {@link SigningRolesRow} per saved revision, the newest in force. */
public final class AoSigningRolesStore implements SigningRolesStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ActiveObjects ao;

    public AoSigningRolesStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public SigningRoles current(String projectKey) {
        SigningRolesRow newest = newest(projectKey);
        return newest == null ? SigningRoles.none(projectKey)
                : new SigningRoles(projectKey, newest.getRolesRev(), read(newest.getRolesJson()));
    }

    @Override
    public SigningRoles save(SigningRoles roles, int expectedRevision) {
        String key = UniqueKeys.column(roles.projectKey(), "project key");
        SigningRoles saved = roles.withRevision(expectedRevision + 1);
        try {
            return ao.executeInTransaction(() -> {
                SigningRolesRow inForce = newest(key);
                int current = inForce == null ? 0 : inForce.getRolesRev();
                if (current != expectedRevision) {
                    throw new StaleSigningRolesException(key, expectedRevision, current);
                }
                Map<String, Object> row = new HashMap<>();
                row.put(SigningRolesRow.PROJECT_REV, UniqueKeys.of(key, Integer.toString(saved.revision())));
                row.put(SigningRolesRow.PROJECT_KEY, key);
                row.put(SigningRolesRow.ROLES_REV, saved.revision());
                row.put(SigningRolesRow.ROLES_JSON, write(saved));
                ao.create(SigningRolesRow.class, row);
                return saved;
            });
        } catch (StaleSigningRolesException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof StaleSigningRolesException stale) {
                    throw stale;
                }
            }
            if (SqlStates.uniqueViolation(e)) {
                throw new StaleSigningRolesException(key, expectedRevision, expectedRevision + 1);
            }
            throw e;
        }
    }

    private SigningRolesRow newest(String projectKey) {
        SigningRolesRow[] rows = ao.find(SigningRolesRow.class, Query.select()
                .where(SigningRolesRow.PROJECT_KEY + " = ?", projectKey).order(SigningRolesRow.ROLES_REV + " DESC")
                .limit(1));
        return rows.length == 0 ? null : rows[0];
    }

    static String write(SigningRoles roles) {
        ObjectNode json = JSON.createObjectNode();
        roles.signers().forEach((duty, keys) -> keys.forEach(json.withArray(duty.name())::add));
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("signing roles do not serialize", e);
        }
    }

    static Map<SigningDuty, List<String>> read(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            Map<SigningDuty, List<String>> signers = new EnumMap<>(SigningDuty.class);
            json.fields().forEachRemaining(field -> {
                List<String> keys = new ArrayList<>();
                field.getValue().forEach(k -> keys.add(k.asText()));
                signers.put(SigningDuty.valueOf(field.getKey()), keys);
            });
            return signers;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StoredDataException("stored signing roles do not read: " + e.getMessage(), e);
        }
    }
}
