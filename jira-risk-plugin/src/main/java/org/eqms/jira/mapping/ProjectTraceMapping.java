package org.eqms.jira.mapping;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;

/**
 * How one Jira project's issues and issue links make up its IEC 62304 / ISO 14971 trace graph, as its administrator
 * set it up:
 *
 * <ul>
 *   <li>{@code issueTypes}: Jira issue type id → the {@link ItemRole} its issues play. An issue type has one role (a
 *       map key is unique); several issue types may share a role. Issues of other types are not trace items.</li>
 *   <li>{@code linkTypes}: Jira issue link type id → the {@link LinkType} and {@link LinkDirection} it stands for.
 *       Links of other types are not trace links.</li>
 *   <li>{@code verificationStatuses}: the rule turning the Jira status of a {@link ItemRole#VERIFICATION} issue into
 *       its {@link VerificationStatus}.</li>
 * </ul>
 *
 * Ids are Jira's numeric ids (as strings, e.g. {@code "10001"}), never names: names can be renamed and translated,
 * ids cannot. Its JSON form is {@link ProjectTraceMappingJson} (docs/formats.md).
 *
 * @param projectKey the Jira project key
 * @param revision   0 for a mapping never saved, then 1, 2, ... for each saved revision ({@link ProjectTraceMappingStore})
 */
public record ProjectTraceMapping(String projectKey, int revision, Map<String, ItemRole> issueTypes,
                                  Map<String, LinkTypeMapping> linkTypes,
                                  VerificationStatusRule verificationStatuses) {

    /**
     * @throws MappingRefusedException {@link MappingRefusal#MISSING_VALUE} (blank project key, an id that is not a
     *                                 Jira id, a missing role or link type), {@link MappingRefusal#INVALID_MAPPING}
     *                                 (negative revision)
     */
    public ProjectTraceMapping {
        if (projectKey == null || projectKey.isBlank() || !projectKey.equals(projectKey.strip())
                || projectKey.chars().anyMatch(Character::isWhitespace)) {
            throw new MappingRefusedException(MappingRefusal.MISSING_VALUE, "The project key \"" + projectKey
                    + "\" is not a Jira project key.", "Give the key of the Jira project, e.g. INF.");
        }
        if (revision < 0) {
            throw new MappingRefusedException(MappingRefusal.INVALID_MAPPING, "The revision " + revision
                    + " is negative.", "Send the revision you read (0 for a project never mapped).");
        }
        SortedMap<String, ItemRole> types = new TreeMap<>();
        if (issueTypes != null) {
            issueTypes.forEach((id, role) -> {
                requireId(id, "issue type");
                if (role == null) {
                    throw new MappingRefusedException(MappingRefusal.MISSING_VALUE, "Issue type " + id
                            + " is mapped to no role.", "Map it to one of: " + names(ItemRole.values())
                            + ", or leave it out.");
                }
                types.put(id, role);
            });
        }
        SortedMap<String, LinkTypeMapping> links = new TreeMap<>();
        if (linkTypes != null) {
            linkTypes.forEach((id, mapping) -> {
                requireId(id, "issue link type");
                if (mapping == null) {
                    throw new MappingRefusedException(MappingRefusal.MISSING_VALUE, "Issue link type " + id
                            + " is mapped to no link type.", "Map it to one of: " + names(LinkType.values())
                            + ", or leave it out.");
                }
                links.put(id, mapping);
            });
        }
        issueTypes = Collections.unmodifiableSortedMap(types);
        linkTypes = Collections.unmodifiableSortedMap(links);
        verificationStatuses = verificationStatuses == null ? VerificationStatusRule.DEFAULT : verificationStatuses;
    }

    /** A project with nothing mapped yet (revision 0, the default verification status rule). */
    public static ProjectTraceMapping empty(String projectKey) {
        return new ProjectTraceMapping(projectKey, 0, Map.of(), Map.of(), VerificationStatusRule.DEFAULT);
    }

    /** The role of issues of this type; empty when the type is not mapped (its issues are not trace items). */
    public Optional<ItemRole> role(String issueTypeId) {
        return Optional.ofNullable(issueTypeId == null ? null : issueTypes.get(issueTypeId));
    }

    /** What links of this Jira link type stand for; empty when the type is not mapped (not trace links). */
    public Optional<LinkTypeMapping> linkType(Long issueLinkTypeId) {
        return Optional.ofNullable(issueLinkTypeId == null ? null : linkTypes.get(issueLinkTypeId.toString()));
    }

    /** The verification status of a verification issue in this Jira status. */
    public VerificationStatus verificationStatus(String jiraStatusName) {
        return verificationStatuses.statusOf(jiraStatusName);
    }

    public ProjectTraceMapping withRevision(int newRevision) {
        return new ProjectTraceMapping(projectKey, newRevision, issueTypes, linkTypes, verificationStatuses);
    }

    /**
     * The role named (exactly, e.g. {@code HAZARD}).
     *
     * @param where what the name was given for, for the message (e.g. "issue type 10001")
     * @throws MappingRefusedException {@link MappingRefusal#UNKNOWN_ROLE}
     */
    public static ItemRole role(String name, String where) {
        for (ItemRole role : ItemRole.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        throw new MappingRefusedException(MappingRefusal.UNKNOWN_ROLE, "\"" + name + "\" (for " + where
                + ") is not a trace role.", "Use one of: " + names(ItemRole.values()) + ".");
    }

    /**
     * The link type named (exactly, e.g. {@code MITIGATED_BY}).
     *
     * @throws MappingRefusedException {@link MappingRefusal#UNKNOWN_LINK_TYPE}
     */
    public static LinkType linkType(String name, String where) {
        for (LinkType type : LinkType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new MappingRefusedException(MappingRefusal.UNKNOWN_LINK_TYPE, "\"" + name + "\" (for " + where
                + ") is not a trace link type.", "Use one of: " + names(LinkType.values()) + ".");
    }

    /**
     * The verification status named (exactly, e.g. {@code PASSED}).
     *
     * @throws MappingRefusedException {@link MappingRefusal#UNKNOWN_VERIFICATION_STATUS}
     */
    public static VerificationStatus verificationStatus(String name, String where) {
        for (VerificationStatus status : VerificationStatus.values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        throw new MappingRefusedException(MappingRefusal.UNKNOWN_VERIFICATION_STATUS, "\"" + name + "\" (for "
                + where + ") is not a verification status.", "Use one of: "
                + names(VerificationStatus.values()) + ".");
    }

    private static void requireId(String id, String what) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MappingRefusedException(MappingRefusal.MISSING_VALUE, "\"" + id + "\" is not the id of a Jira "
                    + what + ".", "Use the " + what + "'s id (a number such as 10001), not its name.");
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
