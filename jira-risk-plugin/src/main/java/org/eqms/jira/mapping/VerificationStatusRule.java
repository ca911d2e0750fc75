package org.eqms.jira.mapping;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eqms.trace.VerificationStatus;

/**
 * The rule turning a Jira workflow status name into the {@link VerificationStatus} of a verification item: the status
 * names listed map to their status (compared ignoring case and surrounding blanks, since workflow statuses are shown
 * in many spellings); every other status, and an issue without status, is {@link VerificationStatus#OPEN} (not run
 * yet, or no result).
 *
 * @param statuses Jira status name → verification status, sorted by name (as the administrator spelled them)
 */
public record VerificationStatusRule(Map<String, VerificationStatus> statuses) {

    /** {@code Done} and {@code Passed} → PASSED, {@code Failed} → FAILED, anything else OPEN. */
    public static final VerificationStatusRule DEFAULT = new VerificationStatusRule(Map.of(
            "Done", VerificationStatus.PASSED, "Passed", VerificationStatus.PASSED,
            "Failed", VerificationStatus.FAILED));

    /**
     * @throws MappingRefusedException {@link MappingRefusal#MISSING_VALUE} (a blank status name or no status),
     *                                 {@link MappingRefusal#DUPLICATE_ENTRY} (two names equal ignoring case)
     */
    public VerificationStatusRule {
        SortedMap<String, VerificationStatus> copy = new TreeMap<>();
        Map<String, String> seen = new HashMap<>();
        if (statuses != null) {
            for (Map.Entry<String, VerificationStatus> entry : statuses.entrySet()) {
                String name = entry.getKey() == null ? "" : entry.getKey().strip();
                if (name.isEmpty()) {
                    throw new MappingRefusedException(MappingRefusal.MISSING_VALUE,
                            "A Jira status name in the verification status rule is blank.",
                            "Name each Jira status exactly as the workflow shows it.");
                }
                if (entry.getValue() == null) {
                    throw new MappingRefusedException(MappingRefusal.MISSING_VALUE, "The Jira status \"" + name
                            + "\" is mapped to no verification status.", "Map it to PASSED, FAILED or OPEN.");
                }
                String earlier = seen.put(normalize(name), name);
                if (earlier != null) {
                    throw new MappingRefusedException(MappingRefusal.DUPLICATE_ENTRY, "The Jira statuses \"" + earlier
                            + "\" and \"" + name + "\" are the same status (case is ignored).",
                            "Map each Jira status once.");
                }
                copy.put(name, entry.getValue());
            }
        }
        statuses = Collections.unmodifiableSortedMap(copy);
    }

    /** The verification status of an issue in this Jira status ({@code null}: no status → OPEN). */
    public VerificationStatus statusOf(String jiraStatusName) {
        if (jiraStatusName == null) {
            return VerificationStatus.OPEN;
        }
        String wanted = normalize(jiraStatusName);
        for (Map.Entry<String, VerificationStatus> entry : statuses.entrySet()) {
            if (normalize(entry.getKey()).equals(wanted)) {
                return entry.getValue();
            }
        }
        return VerificationStatus.OPEN;
    }

    private static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
