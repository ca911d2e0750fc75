package org.eqms.jira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.risk.OverallResidualRiskEvaluation;
import org.eqms.risk.ReportSignature;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskSummary;

import java.util.List;
import java.util.Set;

/**
 * Reads a risk management report back from its stored canonical JSON ({@value RiskManagementReport#FORMAT}, the
 * form {@link RiskManagementReport#canonicalJson()} writes). Strict: a member missing, unknown or of the wrong type
 * is a {@link StoredDataException}. It reads what is there; whether that is still the content that was hashed and
 * signed is {@code ReportVersion.isIntact()}'s question.
 */
final class StoredReportJson {
    private static final Set<String> ROOT = Set.of("format", "projectKey", "planVersion", "planContentHash", "summary",
            "overallResidualRisk", "productionInformationMethods", "reviewerKey", "concludedAt");
    private static final Set<String> SUMMARY = Set.of("risks", "acceptable", "alarp", "unacceptable", "notEstimated",
            "withBenefitRisk", "flaggedForReevaluation", "gaps");
    private static final Set<String> OVERALL = Set.of("method", "acceptable", "rationale", "benefitRiskReference",
            "disclosureReference", "evaluatorKey", "evaluatedAt");

    private StoredReportJson() {
    }

    static RiskManagementReport read(String json, List<ReportSignature> signatures, String what) {
        JsonNode root;
        try {
            root = json == null ? null : StoredJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoredDataException("The stored " + what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        return Rows.decode(what, () -> {
            members(root, ROOT, what);
            if (!RiskManagementReport.FORMAT.equals(text(root, "format"))) {
                throw new IllegalArgumentException("format is not " + RiskManagementReport.FORMAT);
            }
            JsonNode s = members(root.get("summary"), SUMMARY, what + " (summary)");
            JsonNode o = members(root.get("overallResidualRisk"), OVERALL, what + " (overallResidualRisk)");
            RiskSummary summary = new RiskSummary(number(s, "risks"), number(s, "acceptable"), number(s, "alarp"),
                    number(s, "unacceptable"), number(s, "notEstimated"), number(s, "withBenefitRisk"),
                    number(s, "flaggedForReevaluation"), number(s, "gaps"));
            if (!o.get("acceptable").isBoolean()) {
                throw new IllegalArgumentException("overallResidualRisk.acceptable is not true or false");
            }
            OverallResidualRiskEvaluation overall = new OverallResidualRiskEvaluation(text(o, "method"),
                    o.get("acceptable").booleanValue(), text(o, "rationale"), text(o, "benefitRiskReference"),
                    text(o, "disclosureReference"), text(o, "evaluatorKey"), Rfc3339.parse(text(o, "evaluatedAt")));
            return new RiskManagementReport(text(root, "projectKey"), Math.toIntExact(number(root, "planVersion")),
                    text(root, "planContentHash"), summary, overall, text(root, "productionInformationMethods"),
                    text(root, "reviewerKey"), Rfc3339.parse(text(root, "concludedAt")), signatures);
        });
    }

    private static JsonNode members(JsonNode node, Set<String> names, String what) {
        if (node == null || !node.isObject() || node.size() != names.size()) {
            throw new StoredDataException("The stored " + what + " does not have exactly the members " + names, null);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new StoredDataException("The stored " + what + " has an unknown member " + name, null);
            }
        });
        return node;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(name + " is not a whole number");
        }
        return value.longValue();
    }
}
