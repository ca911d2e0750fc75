package org.eqms.risk;

/**
 * One signature on the risk management report: its meaning, the shared library's signature record id, and the
 * content hash it was made over.
 */
public record ReportSignature(ReportMeaning meaning, String signatureRecordId, String contentHash) {

    public ReportSignature {
        Require.present(meaning, "The meaning of the report signature", "Sign as Reviewed or Approved.");
        Require.text(signatureRecordId, "The signature record id", "Sign through the signature dialog.");
        Require.text(contentHash, "The signed content hash", "Pass the hash the signature was made over.");
    }
}
