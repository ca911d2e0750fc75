package org.eqms.jira.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Who of a project may sign for each {@link SigningDuty}, as the project administrator named them (user keys). A duty
 * naming nobody is not restricted: the Jira permission that has always guarded it decides (Administer Projects for
 * the plan and the report, Edit Issues for baselines). A duty naming people is theirs alone, and they still need to
 * browse the project.
 *
 * @param revision the saved revision (0: never saved); a save names the revision it replaces
 */
public record SigningRoles(String projectKey, int revision, Map<SigningDuty, List<String>> signers) {
    /** How many people one duty may name. */
    public static final int MAX_SIGNERS = 200;

    public SigningRoles {
        Objects.requireNonNull(projectKey, "projectKey");
        Map<SigningDuty, List<String>> copy = new EnumMap<>(SigningDuty.class);
        for (SigningDuty duty : SigningDuty.values()) {
            List<String> keys = signers == null ? null : signers.get(duty);
            copy.put(duty, keys == null ? List.of() : List.copyOf(new TreeSet<>(keys)));
        }
        signers = Collections.unmodifiableMap(copy);
    }

    public static SigningRoles none(String projectKey) {
        return new SigningRoles(projectKey, 0, Map.of());
    }

    /** Whether the duty names people (otherwise the Jira permission decides). */
    public boolean restricts(SigningDuty duty) {
        return !signers.get(duty).isEmpty();
    }

    /** Whether the user is named for the duty. */
    public boolean names(SigningDuty duty, String userKey) {
        return userKey != null && signers.get(duty).contains(userKey);
    }

    public SigningRoles withRevision(int next) {
        return new SigningRoles(projectKey, next, signers);
    }
}
