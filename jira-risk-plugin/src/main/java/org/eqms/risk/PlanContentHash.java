package org.eqms.risk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Sha256;

/**
 * The rule "an approval signature binds the exact content of a risk management plan version" (21 CFR 11.70,
 * DESIGN §5): the content hash is the SHA-256, in lowercase hex, of the RFC 8785 (JCS) UTF-8 bytes of
 *
 * <pre>
 * {"format":"eqms-risk-plan/1","projectKey":str,"version":int,"scope":str,"lifecyclePhases":[str],
 *  "responsibilities":[{"role":str,"assignee":str,"duty":str}],
 *  "policy":{"severityScale":[str],"probabilityScale":[{"name":str,"lowerBoundPpb":int}],
 *            "matrix":[[ "ACCEPTABLE"|"INVESTIGATE_ALARP"|"UNACCEPTABLE" ]]},
 *  "verificationActivities":str,"overallResidualRiskCriteria":str,"postProductionActivities":str}
 * </pre>
 *
 * <p>Lists keep their order (scales lowest level first; matrix rows by severity, columns by probability). The status
 * and the signature binding are not content: approving a version does not change its hash.
 */
public final class PlanContentHash {

    /** The {@code format} member of the canonical form. */
    public static final String FORMAT = "eqms-risk-plan/1";

    private PlanContentHash() {
    }

    public static String of(RiskManagementPlan plan) {
        return Sha256.hex(Jcs.canonicalize(tree(plan)));
    }

    public static String canonicalJson(RiskManagementPlan plan) {
        return new String(Jcs.canonicalize(tree(plan)), StandardCharsets.UTF_8);
    }

    static ObjectNode tree(RiskManagementPlan plan) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("projectKey", plan.projectKey());
        root.put("version", plan.version());
        root.put("scope", plan.scope());
        strings(root.putArray("lifecyclePhases"), plan.lifecyclePhases());
        ArrayNode responsibilities = root.putArray("responsibilities");
        for (Responsibility r : plan.responsibilities()) {
            responsibilities.addObject().put("role", r.role()).put("assignee", r.assignee()).put("duty", r.duty());
        }
        root.set("policy", policy(plan.policy()));
        root.put("verificationActivities", plan.verificationActivities());
        root.put("overallResidualRiskCriteria", plan.overallResidualRiskCriteria());
        root.put("postProductionActivities", plan.postProductionActivities());
        return root;
    }

    static ObjectNode policy(RiskAcceptabilityPolicy policy) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        strings(node.putArray("severityScale"), policy.severityScale().levels());
        ArrayNode bands = node.putArray("probabilityScale");
        for (ProbabilityBand b : policy.probabilityScale().bands()) {
            bands.addObject().put("name", b.name()).put("lowerBoundPpb", b.lowerBoundPpb());
        }
        ArrayNode matrix = node.putArray("matrix");
        for (List<Acceptability> row : policy.matrix().rows()) {
            ArrayNode cells = matrix.addArray();
            row.forEach(a -> cells.add(a.name()));
        }
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
