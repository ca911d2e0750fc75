package org.eqms.risk;

/**
 * The benefit-risk analysis of a residual risk that is not acceptable (ISO 14971 §7.4): whether the medical benefits
 * of the intended use outweigh that residual risk, why, and where the supporting evidence is. If they do not, the
 * risk stays unacceptable and the design must change ({@link CompletenessCheck} reports it).
 *
 * @param reference                   the document or record holding the analysis (e.g. a page id); not blank
 * @param rationale                   the reasoning and evidence summary; not blank
 * @param benefitsOutweighResidualRisk the conclusion
 */
public record BenefitRiskAnalysis(String reference, String rationale, boolean benefitsOutweighResidualRisk) {

    public BenefitRiskAnalysis {
        Require.text(reference, "The reference of the benefit-risk analysis",
                "Link the document that holds the benefit-risk analysis.");
        Require.text(rationale, "The rationale of the benefit-risk analysis",
                "Summarize the medical benefits, the evidence and why they do or do not outweigh the residual risk.");
    }
}
