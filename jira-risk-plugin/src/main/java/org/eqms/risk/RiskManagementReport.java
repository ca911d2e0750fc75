package org.eqms.risk;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.canonical.Sha256;

/**
 * The risk management report of the §9 review (ISO 14971 §9): that the plan (version and content hash) has been
 * appropriately implemented, that the overall residual risk is acceptable (§8), and that methods are in place to
 * collect and review production and post-production information (§10). Signed Reviewed, then Approved, over
 * {@link #contentHash()}: the SHA-256 (lowercase hex) of the JCS bytes of
 *
 * <pre>
 * {"format":"eqms-risk-report/1","projectKey":str,"planVersion":int,"planContentHash":hex,
 *  "summary":{"risks":int,"acceptable":int,"alarp":int,"unacceptable":int,"notEstimated":int,
 *             "withBenefitRisk":int,"flaggedForReevaluation":int,"gaps":int},
 *  "overallResidualRisk":{"method":str,"acceptable":bool,"rationale":str,"benefitRiskReference":str|null,
 *             "disclosureReference":str|null,"evaluatorKey":str,"evaluatedAt":time},
 *  "productionInformationMethods":str,"reviewerKey":str,"concludedAt":time}
 * </pre>
 *
 * The signatures are not content. Produced by {@link RiskManagementReview}.
 */
public record RiskManagementReport(String projectKey, int planVersion, String planContentHash, RiskSummary summary,
                                   OverallResidualRiskEvaluation overallResidualRisk,
                                   String productionInformationMethods, String reviewerKey, Instant concludedAt,
                                   List<ReportSignature> signatures) {

    public static final String FORMAT = "eqms-risk-report/1";

    public RiskManagementReport {
        Require.text(projectKey, "The project of the report", "Name the project.");
        Require.text(planContentHash, "The plan content hash", "Review against an approved plan.");
        Require.present(summary, "The summary", "Summarize the risks.");
        Require.present(overallResidualRisk, "The overall residual risk evaluation", "Evaluate it (§8).");
        Require.text(productionInformationMethods, "The production and post-production information methods",
                "Say how production and post-production information is collected and reviewed (§9 c, §10).");
        Require.text(reviewerKey, "The reviewer", "Sign in.");
        Require.present(concludedAt, "The time of the review", "Use the server clock.");
        signatures = Require.list(signatures);
    }

    public String canonicalJson() {
        return new String(Jcs.canonicalize(tree()), StandardCharsets.UTF_8);
    }

    public String contentHash() {
        return Sha256.hex(Jcs.canonicalize(tree()));
    }

    /** Whether a signature of this meaning is recorded. */
    public boolean signedAs(ReportMeaning meaning) {
        return signatures.stream().anyMatch(s -> s.meaning() == meaning);
    }

    /**
     * A signature recorded.
     *
     * @throws RiskRefusedException if it was made over other content, its id is already recorded, or it is an
     *                              Approved signature before any Reviewed one
     */
    public RiskManagementReport withSignature(ReportSignature signature) {
        Require.present(signature, "The signature", "Sign the report.");
        String hash = contentHash();
        if (!hash.equals(signature.contentHash())) {
            throw new RiskRefusedException(RiskRefusal.CONTENT_HASH_MISMATCH, "Signature "
                    + signature.signatureRecordId() + " was made over " + signature.contentHash()
                    + ", not over this report (" + hash + ").", "Sign the report as it is now.");
        }
        if (signatures.stream().anyMatch(s -> s.signatureRecordId().equals(signature.signatureRecordId()))) {
            throw new RiskRefusedException(RiskRefusal.DUPLICATE_ID, "Signature " + signature.signatureRecordId()
                    + " is already recorded on the report.", "Nothing to do.");
        }
        if (signature.meaning() == ReportMeaning.APPROVED && !signedAs(ReportMeaning.REVIEWED)) {
            throw new RiskRefusedException(RiskRefusal.SIGNATURE_ORDER, "The report cannot be signed Approved "
                    + "before it is signed Reviewed.", "Have the report reviewed and signed Reviewed first.");
        }
        List<ReportSignature> next = new ArrayList<>(signatures);
        next.add(signature);
        return new RiskManagementReport(projectKey, planVersion, planContentHash, summary, overallResidualRisk,
                productionInformationMethods, reviewerKey, concludedAt, next);
    }

    private ObjectNode tree() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("projectKey", projectKey);
        root.put("planVersion", planVersion);
        root.put("planContentHash", planContentHash);
        ObjectNode s = root.putObject("summary");
        s.put("risks", summary.risks()).put("acceptable", summary.acceptable()).put("alarp", summary.alarp())
                .put("unacceptable", summary.unacceptable()).put("notEstimated", summary.notEstimated())
                .put("withBenefitRisk", summary.withBenefitRisk())
                .put("flaggedForReevaluation", summary.flaggedForReevaluation()).put("gaps", summary.gaps());
        OverallResidualRiskEvaluation o = overallResidualRisk;
        ObjectNode overall = root.putObject("overallResidualRisk");
        overall.put("method", o.method()).put("acceptable", o.acceptable()).put("rationale", o.rationale())
                .put("benefitRiskReference", o.benefitRiskReference())
                .put("disclosureReference", o.disclosureReference()).put("evaluatorKey", o.evaluatorKey())
                .put("evaluatedAt", Rfc3339.format(o.evaluatedAt()));
        root.put("productionInformationMethods", productionInformationMethods);
        root.put("reviewerKey", reviewerKey);
        root.put("concludedAt", Rfc3339.format(concludedAt));
        return root;
    }
}
