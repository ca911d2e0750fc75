package org.eqms.sandbox.jira;

import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trace mapping the INF project's administrator saves: each sandbox issue type to the trace role its issues play,
 * each link type to the trace link it stands for read from the link's source (Task issues and Relates links are left
 * out: they are not traced). Verification status by the default rule (a Test in Done or Passed has passed).
 */
final class InfTraceMapping {
    private InfTraceMapping() {
    }

    static ProjectTraceMapping proposal() {
        Map<String, ItemRole> types = new LinkedHashMap<>();
        types.put(SandboxJiraConfig.SYSTEM_REQUIREMENT.id(), ItemRole.SYSTEM_REQUIREMENT);
        types.put(SandboxJiraConfig.SOFTWARE_REQUIREMENT.id(), ItemRole.SOFTWARE_REQUIREMENT);
        types.put(SandboxJiraConfig.HAZARD.id(), ItemRole.HAZARD);
        types.put(SandboxJiraConfig.HAZARDOUS_SITUATION.id(), ItemRole.HAZARDOUS_SITUATION);
        types.put(SandboxJiraConfig.RISK_CONTROL.id(), ItemRole.RISK_CONTROL);
        types.put(SandboxJiraConfig.SOFTWARE_ITEM.id(), ItemRole.SOFTWARE_ITEM);
        types.put(SandboxJiraConfig.IMPLEMENTATION.id(), ItemRole.IMPLEMENTATION);
        types.put(SandboxJiraConfig.TEST.id(), ItemRole.VERIFICATION);
        types.put(SandboxJiraConfig.BUG.id(), ItemRole.ANOMALY);
        Map<String, LinkTypeMapping> links = new LinkedHashMap<>();
        links.put(id(SandboxJiraConfig.DERIVES), LinkTypeMapping.outward(LinkType.DERIVES));
        links.put(id(SandboxJiraConfig.LEADS_TO), LinkTypeMapping.outward(LinkType.LEADS_TO));
        links.put(id(SandboxJiraConfig.MITIGATION), LinkTypeMapping.outward(LinkType.MITIGATED_BY));
        links.put(id(SandboxJiraConfig.IMPLEMENTS), LinkTypeMapping.outward(LinkType.IMPLEMENTED_BY));
        links.put(id(SandboxJiraConfig.VERIFICATION), LinkTypeMapping.outward(LinkType.VERIFIED_BY));
        links.put(id(SandboxJiraConfig.CONTRIBUTION), LinkTypeMapping.outward(LinkType.CONTRIBUTES_TO));
        links.put(id(SandboxJiraConfig.CONTAINMENT), LinkTypeMapping.outward(LinkType.CONTAINS));
        return new ProjectTraceMapping(SandboxProjectAccess.PROJECT, 0, types, links, VerificationStatusRule.DEFAULT);
    }

    /** The issue type whose issues play this role. */
    static SandboxIssueType issueType(ItemRole role) {
        return proposal().issueTypes().entrySet().stream().filter(e -> e.getValue() == role).findFirst()
                .flatMap(e -> SandboxJiraConfig.issueType(e.getKey()))
                .orElseThrow(() -> new IllegalArgumentException("No issue type plays " + role));
    }

    /** The link type standing for this trace link type. */
    static SandboxIssueLinkType linkType(LinkType type) {
        return proposal().linkTypes().entrySet().stream().filter(e -> e.getValue().type() == type).findFirst()
                .flatMap(e -> SandboxJiraConfig.linkType(Long.parseLong(e.getKey())))
                .orElseThrow(() -> new IllegalArgumentException("No issue link type stands for " + type));
    }

    private static String id(SandboxIssueLinkType type) {
        return Long.toString(type.id());
    }
}
