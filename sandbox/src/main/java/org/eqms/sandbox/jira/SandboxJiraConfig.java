package org.eqms.sandbox.jira;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a Jira administrator sets up before anyone files an issue, fixed in the sandbox: the project
 * {@value SandboxProjectAccess#PROJECT}, its issue types, the statuses of its workflow and the issue link types.
 * Ids are Jira-like numbers; names are looked up ignoring case.
 */
public final class SandboxJiraConfig {
    public static final SandboxProject INF = new SandboxProject(10000, SandboxProjectAccess.PROJECT,
            "Infusion pump IP-200");

    public static final SandboxIssueType SYSTEM_REQUIREMENT = new SandboxIssueType("10100", "System requirement");
    public static final SandboxIssueType SOFTWARE_REQUIREMENT = new SandboxIssueType("10101", "Software requirement");
    public static final SandboxIssueType HAZARD = new SandboxIssueType("10102", "Hazard");
    public static final SandboxIssueType HAZARDOUS_SITUATION = new SandboxIssueType("10103", "Hazardous situation");
    public static final SandboxIssueType RISK_CONTROL = new SandboxIssueType("10104", "Risk control");
    public static final SandboxIssueType SOFTWARE_ITEM = new SandboxIssueType("10105", "Software item");
    public static final SandboxIssueType IMPLEMENTATION = new SandboxIssueType("10106", "Implementation");
    public static final SandboxIssueType TEST = new SandboxIssueType("10107", "Test");
    public static final SandboxIssueType BUG = new SandboxIssueType("10108", "Bug");
    /** Not mapped to a trace role: its issues are not trace items. */
    public static final SandboxIssueType TASK = new SandboxIssueType("10109", "Task");

    public static final SandboxStatus TO_DO = new SandboxStatus("1", "To Do");
    public static final SandboxStatus IN_PROGRESS = new SandboxStatus("3", "In Progress");
    public static final SandboxStatus DONE = new SandboxStatus("10001", "Done");
    public static final SandboxStatus FAILED = new SandboxStatus("10002", "Failed");

    public static final SandboxIssueLinkType DERIVES = new SandboxIssueLinkType(10200, "Derivation", "derives",
            "is derived from");
    public static final SandboxIssueLinkType LEADS_TO = new SandboxIssueLinkType(10201, "Consequence", "leads to",
            "is caused by");
    public static final SandboxIssueLinkType MITIGATION = new SandboxIssueLinkType(10202, "Mitigation",
            "is mitigated by", "mitigates");
    public static final SandboxIssueLinkType IMPLEMENTS = new SandboxIssueLinkType(10203, "Implementation",
            "is implemented by", "implements");
    public static final SandboxIssueLinkType VERIFICATION = new SandboxIssueLinkType(10204, "Verification",
            "is verified by", "verifies");
    public static final SandboxIssueLinkType CONTRIBUTION = new SandboxIssueLinkType(10205, "Contribution",
            "contributes to", "is contributed to by");
    public static final SandboxIssueLinkType CONTAINMENT = new SandboxIssueLinkType(10206, "Containment",
            "contains", "is contained in");
    /** Not mapped to a trace link type: its links are not trace links. */
    public static final SandboxIssueLinkType RELATES = new SandboxIssueLinkType(10207, "Relates", "relates to",
            "relates to");

    private static final List<SandboxProject> PROJECTS = List.of(INF);
    private static final List<SandboxIssueType> ISSUE_TYPES = List.of(SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT,
            HAZARD, HAZARDOUS_SITUATION, RISK_CONTROL, SOFTWARE_ITEM, IMPLEMENTATION, TEST, BUG, TASK);
    private static final List<SandboxStatus> STATUSES = List.of(TO_DO, IN_PROGRESS, DONE, FAILED);
    private static final List<SandboxIssueLinkType> LINK_TYPES = List.of(DERIVES, LEADS_TO, MITIGATION, IMPLEMENTS,
            VERIFICATION, CONTRIBUTION, CONTAINMENT, RELATES);

    private SandboxJiraConfig() {
    }

    public static List<SandboxIssueType> issueTypes() {
        return ISSUE_TYPES;
    }

    public static List<SandboxStatus> statuses() {
        return STATUSES;
    }

    public static List<SandboxIssueLinkType> linkTypes() {
        return LINK_TYPES;
    }

    public static Optional<SandboxProject> project(String key) {
        return PROJECTS.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** By id or name. */
    public static Optional<SandboxIssueType> issueType(String idOrName) {
        return ISSUE_TYPES.stream().filter(t -> t.id().equals(idOrName) || same(t.name(), idOrName)).findFirst();
    }

    public static Optional<SandboxStatus> status(String name) {
        return STATUSES.stream().filter(s -> same(s.name(), name)).findFirst();
    }

    /** By name. */
    public static Optional<SandboxIssueLinkType> linkType(String name) {
        return LINK_TYPES.stream().filter(t -> same(t.name(), name)).findFirst();
    }

    public static Optional<SandboxIssueLinkType> linkType(long id) {
        return LINK_TYPES.stream().filter(t -> t.id() == id).findFirst();
    }

    private static boolean same(String name, String asked) {
        return asked != null && name.toLowerCase(Locale.ROOT).equals(asked.strip().toLowerCase(Locale.ROOT));
    }
}
