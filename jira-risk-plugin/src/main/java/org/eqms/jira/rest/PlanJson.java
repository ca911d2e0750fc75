package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.RestRefusal;
import org.eqms.risk.Acceptability;
import org.eqms.risk.AcceptabilityMatrix;
import org.eqms.risk.ProbabilityBand;
import org.eqms.risk.ProbabilityScale;
import org.eqms.risk.Responsibility;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.SeverityScale;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code PUT …/risks/plan/draft}: the plan's content. The acceptability policy's scales and matrix are
 * optional together (the default 5×5 when all three are left out); the domain checks every rule.
 */
final class PlanJson {
    static final Set<String> FIELDS = Set.of("scope", "lifecyclePhases", "responsibilities", "severityLevels",
            "probabilityLevels", "matrix", "verificationActivities", "overallResidualRiskCriteria",
            "postProductionActivities");

    private PlanJson() {
    }

    static RiskManagementPlan content(String projectKey, JsonRequest json) {
        JsonNode body = json.node();
        List<String> phases = texts(body.get("lifecyclePhases"), "lifecyclePhases");
        List<Responsibility> responsibilities = new ArrayList<>();
        for (JsonNode r : array(body.get("responsibilities"), "responsibilities")) {
            responsibilities.add(new Responsibility(text(r, "role"), text(r, "assignee"), text(r, "duty")));
        }
        RiskAcceptabilityPolicy policy = policy(body);
        return RiskManagementPlan.draft(projectKey, 1, json.requiredText("scope"), phases, responsibilities, policy)
                .withActivities(json.requiredText("verificationActivities"),
                        json.requiredText("overallResidualRiskCriteria"), json.requiredText("postProductionActivities"));
    }

    private static RiskAcceptabilityPolicy policy(JsonNode body) {
        boolean any = body.has("severityLevels") || body.has("probabilityLevels") || body.has("matrix");
        if (!any) {
            return RiskAcceptabilityPolicy.defaults();
        }
        List<ProbabilityBand> bands = new ArrayList<>();
        for (JsonNode band : array(body.get("probabilityLevels"), "probabilityLevels")) {
            JsonNode bound = band.get("lowerBoundPpb");
            if (bound == null || !bound.isIntegralNumber()) {
                throw RestRefusal.badRequest("A probability level has no whole-number lowerBoundPpb.",
                        "Give each probability level a name and its lower bound in parts per billion.");
            }
            bands.add(new ProbabilityBand(text(band, "name"), bound.asLong()));
        }
        List<List<Acceptability>> rows = new ArrayList<>();
        for (JsonNode row : array(body.get("matrix"), "matrix")) {
            List<Acceptability> cells = new ArrayList<>();
            for (String cell : texts(row, "matrix row")) {
                try {
                    cells.add(Acceptability.valueOf(cell));
                } catch (IllegalArgumentException e) {
                    throw RestRefusal.badRequest("\"" + cell + "\" is not an acceptability.",
                            "Use ACCEPTABLE, INVESTIGATE_ALARP or UNACCEPTABLE.");
                }
            }
            rows.add(cells);
        }
        return new RiskAcceptabilityPolicy(new SeverityScale(texts(body.get("severityLevels"), "severityLevels")),
                new ProbabilityScale(bands), new AcceptabilityMatrix(rows));
    }

    private static List<JsonNode> array(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw RestRefusal.badRequest("\"" + what + "\" is missing or not a list.", "Send \"" + what + "\" as a JSON array.");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode node, String what) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(node, what)) {
            if (!item.isTextual()) {
                throw RestRefusal.badRequest("An entry of \"" + what + "\" is not a string.", "List strings.");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw RestRefusal.badRequest("\"" + field + "\" is missing or not a string.", "Send \"" + field + "\".");
        }
        return value.asText();
    }
}
