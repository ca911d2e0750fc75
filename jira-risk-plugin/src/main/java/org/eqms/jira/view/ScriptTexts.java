package org.eqms.jira.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.mapping.LinkDirection;
import org.eqms.risk.Acceptability;
import org.eqms.risk.ActionPriority;
import org.eqms.risk.ControlOption;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.InformationSource;
import org.eqms.risk.PlanStatus;
import org.eqms.risk.ReportStatus;
import org.eqms.risk.VerificationPurpose;
import org.eqms.trace.Coverage;
import org.eqms.trace.GapKind;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.VerificationStatus;
import org.eqms.view.I18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts the scripts show, from the bundle: rendered into the page as one JSON object (attribute
 * {@code data-texts}, HTML-escaped like every reference; the browser unescapes the attribute before the script parses
 * it). Keys are given without the {@value #PREFIX} prefix; the scripts look them up with {@code t('none')}.
 * Enum labels are {@code role.HAZARD}, {@code link-type.VERIFIED_BY}, etc. A test checks that every key a script asks
 * for is listed here and is in the bundle.
 */
public final class ScriptTexts {
    public static final String PREFIX = "eqms.jira.ui.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keys the scripts use literally. */
    private static final List<String> LITERAL = List.of(
            "loading", "error.request", "none", "yes", "no", "previous", "next", "rows", "rows-of", "remove", "cancel",
            "edit-only",
            "register.empty",
            "heatmap.initial", "heatmap.residual", "heatmap.severity", "heatmap.probability",
            "summary.risks", "summary.acceptable", "summary.alarp", "summary.unacceptable", "summary.notEstimated",
            "summary.withBenefitRisk", "summary.flaggedForReevaluation", "summary.gaps",
            "matrix.empty",
            "gaps.none",
            "suspects.none", "suspects.review", "suspects.reason", "suspects.confirm", "suspects.reviewed",
            "suspects.reason-required",
            "baselines.none", "baselines.taken", "baselines.label-required", "baselines.added-items",
            "baselines.removed-items", "baselines.changed-items", "baselines.added-links", "baselines.removed-links",
            "baselines.no-difference", "baselines.sign", "baselines.signed", "baselines.signed-object",
            "baselines.hash", "baselines.integrity", "baselines.intact-now", "baselines.both-intact",
            "baselines.not-intact",
            "soup.imported", "soup.no-file", "soup.added", "soup.removed", "soup.version-changed",
            "soup.details-changed", "soup.unchanged", "soup.name", "soup.version", "soup.purl", "soup.from", "soup.to",
            "mapping.saved", "mapping.stale", "mapping.reload", "mapping.unknown-id",
            "roles.saved", "roles.stale", "roles.restricted", "roles.unrestricted", "roles.permission.EDIT",
            "roles.permission.ADMINISTER",
            "panel.no-gaps", "panel.no-suspects", "panel.changed",
            "register.hazard", "register.situation", "register.harm",
            "analysis.read-unavailable", "analysis.no-hazards", "analysis.other-risks", "analysis.edit", "analysis.open",
            "analysis.add-situation", "analysis.add-risk", "analysis.re-estimate", "analysis.initial",
            "analysis.residual", "analysis.estimate", "analysis.id-required", "analysis.no-scales",
            "analysis.open-first", "analysis.hazard.saved", "analysis.situation.saved", "analysis.risk.saved",
            "analysis.control.skipped", "analysis.control.justification-required", "analysis.control.added",
            "analysis.control.none", "analysis.control.unresolved", "analysis.verification.added", "analysis.review.saved",
            "analysis.residual.saved", "analysis.benefit.heading", "analysis.benefit.saved",
            "analysis.benefit.recorded",
            "plan.no-effective", "plan.no-draft", "plan.version", "plan.status", "plan.hash", "plan.scope",
            "plan.phases", "plan.responsibilities", "plan.role", "plan.assignee", "plan.duty", "plan.severity-scale",
            "plan.probability-scale", "plan.level-name", "plan.lower-bound", "plan.band", "plan.matrix", "plan.cell",
            "plan.verification", "plan.overall", "plan.post-production", "plan.saved", "plan.save-first",
            "plan.approved", "plan.signed-object",
            "report.none", "report.version", "report.status", "report.intact", "report.not-intact", "report.hash",
            "report.plan", "report.plan-version", "report.method", "report.acceptable", "report.rationale",
            "report.benefit-risk", "report.benefit-required", "report.disclosure", "report.evaluated",
            "report.production-methods", "report.concluded", "report.by-at", "report.signatures",
            "report.no-signatures", "report.signature", "report.reason", "report.pdf", "report.download",
            "report.sign", "report.signed", "report.signed-object", "report.concluded-version",
            "report.not-concluded",
            "fmea.empty", "fmea.rate", "fmea.risk-required", "fmea.saved",
            "production.empty", "production.none-flagged", "production.choose", "production.choose-risk",
            "production.cleared", "production.recorded", "production.flagged-now", "production.flagged-none",
            "production.no-hazards",
            "sign.title", "sign.what", "sign.object", "sign.expires", "sign.meaning", "sign.reason", "sign.user-id",
            "sign.user-id-help", "sign.password", "sign.totp", "sign.totp-help", "sign.secret-required",
            "sign.lockout", "sign.declaration", "sign.submit", "sign.failed");

    private ScriptTexts() {
    }

    /** Every key (without prefix) the scripts may ask for: the literal ones and every enum label. */
    public static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(LITERAL);
        enumKeys(keys, "role.", ItemRole.values());
        enumKeys(keys, "link-type.", LinkType.values());
        enumKeys(keys, "direction.", LinkDirection.values());
        enumKeys(keys, "coverage.", Coverage.values());
        enumKeys(keys, "verification.", VerificationStatus.values());
        enumKeys(keys, "acceptability.", Acceptability.values());
        enumKeys(keys, "acceptability.", RiskAcceptability.values());
        enumKeys(keys, "priority.", ActionPriority.values());
        enumKeys(keys, "gap-kind.", GapKind.values());
        enumKeys(keys, "hazard-category.", HazardCategory.values());
        enumKeys(keys, "control-option.", ControlOption.values());
        enumKeys(keys, "verification-purpose.", VerificationPurpose.values());
        enumKeys(keys, "verification.", org.eqms.risk.VerificationStatus.values());
        enumKeys(keys, "plan-status.", PlanStatus.values());
        enumKeys(keys, "report-status.", ReportStatus.values());
        enumKeys(keys, "information-source.", InformationSource.values());
        return Collections.unmodifiableSet(keys);
    }

    /** The JSON object {@code {"tab.gaps":"Gaps",...}} of every script text, unformatted. */
    public static String json(I18n i18n) {
        ObjectNode texts = JSON.createObjectNode();
        for (String key : keys()) {
            texts.put(key, i18n.getText(PREFIX + key));
        }
        return texts.toString();
    }

    /** The labels of an enum's values for a server-rendered {@code <select>}: value and text. */
    public static <E extends Enum<E>> List<Option> options(I18n i18n, String family, E[] values) {
        List<Option> options = new ArrayList<>();
        for (E value : values) {
            options.add(new Option(value.name(), i18n.getText(PREFIX + family + value.name())));
        }
        return options;
    }

    private static void enumKeys(Set<String> keys, String family, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(family + value.name());
        }
    }

    /** One option of a select: the value sent and the text shown. */
    public record Option(String value, String label) {
    }
}
