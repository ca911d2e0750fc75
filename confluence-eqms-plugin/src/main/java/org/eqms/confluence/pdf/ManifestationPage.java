package org.eqms.confluence.pdf;

import org.eqms.pdf.XmlText;
import java.util.Map;
import java.util.Objects;
import org.eqms.audit.Checkpoint;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.document.EffectiveSnapshot;
import org.eqms.signature.SignatureRecord;

/**
 * The cover page (21 CFR 11.50): the revision's identity and content hash, each signature's printed name, UTC
 * time, meaning and reason, and the ledger checkpoint. Every value is escaped: nothing in a name, reason or title
 * can add markup.
 */
final class ManifestationPage {

    private final PdfLabels labels;

    ManifestationPage(PdfLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    String xhtml(ManifestationSheet sheet, String attachmentName) {
        EffectiveSnapshot snapshot = sheet.snapshot();
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"cover\">");
        element("h1", labels.text("eqms.pdf.cover.heading"), out);
        element("p", labels.text("eqms.pdf.cover.statement"), out);
        out.append("<table class=\"facts\">");
        fact("eqms.pdf.cover.document-number", sheet.documentNumber(), out);
        fact("eqms.pdf.cover.revision", sheet.revision(), out);
        fact("eqms.pdf.cover.title", sheet.title(), out);
        fact("eqms.pdf.cover.effective-at", Rfc3339.format(snapshot.effectiveAt()), "time", out);
        fact("eqms.pdf.cover.page", labels.text("eqms.pdf.cover.page-version",
                Long.toString(snapshot.pageId()), Integer.toString(snapshot.pageVersion())), out);
        fact("eqms.pdf.cover.content-hash", snapshot.contentHash(), "mono", out);
        out.append("</table>");
        signers(sheet, out);
        attachments(snapshot.attachmentHashes(), out);
        checkpoint(sheet.checkpoint(), out);
        element("p", labels.text("eqms.pdf.cover.embedded", attachmentName), out);
        out.append("</div>");
        return out.toString();
    }

    private void signers(ManifestationSheet sheet, StringBuilder out) {
        element("h2", labels.text("eqms.pdf.cover.signers"), out);
        if (sheet.signatures().isEmpty()) {
            element("p", labels.text("eqms.pdf.cover.signer.none"), out);
            return;
        }
        out.append("<table class=\"signers\"><thead><tr>");
        for (String key : new String[] {"name", "meaning", "time", "reason"}) {
            out.append("<th class=\"").append(key).append("\">");
            XmlText.escapeTo(labels.text("eqms.pdf.cover.signer." + key), out);
            out.append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (SignatureRecord signature : sheet.signatures()) {
            out.append("<tr class=\"signer\">");
            element("td", signature.signerName(), out);
            element("td", signature.meaning(), out);
            out.append("<td class=\"time\">").append(Rfc3339.format(signature.time())).append("</td>");
            element("td", signature.reason() == null ? "" : signature.reason(), out);
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void attachments(Map<String, String> hashes, StringBuilder out) {
        if (hashes.isEmpty()) {
            return;
        }
        element("h2", labels.text("eqms.pdf.cover.attachments"), out);
        out.append("<table class=\"attachments\"><thead><tr>");
        element("th", labels.text("eqms.pdf.cover.attachment.name"), out);
        element("th", labels.text("eqms.pdf.cover.attachment.hash"), out);
        out.append("</tr></thead><tbody>");
        hashes.forEach((name, hash) -> {
            out.append("<tr>");
            element("td", name, out);
            out.append("<td class=\"mono\">");
            XmlText.escapeTo(hash, out);
            out.append("</td></tr>");
        });
        out.append("</tbody></table>");
    }

    private void checkpoint(Checkpoint checkpoint, StringBuilder out) {
        element("h2", labels.text("eqms.pdf.cover.checkpoint"), out);
        out.append("<table class=\"facts\">");
        fact("eqms.pdf.cover.checkpoint.tree-size", Long.toString(checkpoint.treeSize()), out);
        fact("eqms.pdf.cover.checkpoint.root", checkpoint.root(), "mono", out);
        fact("eqms.pdf.cover.checkpoint.key", checkpoint.kid(), out);
        fact("eqms.pdf.cover.checkpoint.time", Rfc3339.format(checkpoint.time()), "time", out);
        out.append("</table>");
    }

    private void fact(String labelKey, String value, StringBuilder out) {
        fact(labelKey, value, null, out);
    }

    private void fact(String labelKey, String value, String valueClass, StringBuilder out) {
        out.append("<tr>");
        element("th", labels.text(labelKey), out);
        out.append(valueClass == null ? "<td>" : "<td class=\"" + valueClass + "\">");
        XmlText.escapeTo(value == null ? "" : value, out);
        out.append("</td></tr>");
    }

    private static void element(String tag, String text, StringBuilder out) {
        out.append('<').append(tag).append('>');
        XmlText.escapeTo(text, out);
        out.append("</").append(tag).append('>');
    }
}
