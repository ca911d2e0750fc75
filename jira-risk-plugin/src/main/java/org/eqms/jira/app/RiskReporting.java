package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.risk.CompletenessGap;
import org.eqms.risk.OverallResidualRiskEvaluation;
import org.eqms.risk.ReportMeaning;
import org.eqms.risk.ReportSignature;
import org.eqms.risk.ReportStatus;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskManagementReview;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskReportRepository;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The risk management review and its report (ISO 14971 §8, §9): the review concludes — the §8 evaluation of the
 * overall residual risk and the §9 conclusion in one step — against the approved plan in force, the project's risks
 * and no open §7.6 gap, and keeps the report as the next version (an earlier one not yet approved is superseded).
 * The latest report is then signed Reviewed, then Approved, each an e-signature over its content hash; an approved
 * report is never changed. Every step is audited in the transaction that makes it.
 */
public final class RiskReporting {
    /** Object type of the report's signatures; id = project key, version = report version. */
    public static final String OBJECT_TYPE = "eqms.risk-report";
    public static final String CONCLUDED = "risk.report.concluded";
    public static final String SIGNED = "risk.report.signed";
    public static final String EXPORTED = "risk.report.exported";

    private final RiskReportRepository reports;
    private final ProjectRisk risk;
    private final ElectronicSignatures signatures;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;
    private final Clock clock;

    public RiskReporting(RiskReportRepository reports, ProjectRisk risk, ElectronicSignatures signatures,
                         AuditTrail audit, Transactions transactions, Function<String, Actor> actors, Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.risk = Objects.requireNonNull(risk, "risk");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the reviewer states: the §8 evaluation and the §9 c) / §10 methods. */
    public record Review(String method, boolean acceptable, String rationale, String benefitRiskReference,
                         String disclosureReference, String productionInformationMethods) {
    }

    /** Every kept version of the project's report, oldest first. */
    public List<ReportVersion> versions(String projectKey) {
        return reports.versions(projectKey);
    }

    public Optional<ReportVersion> latest(String projectKey) {
        return reports.latest(projectKey);
    }

    /** The signature records of a report version, in signing order (printed name, time, meaning). */
    public List<SignatureRecord> signatureRecords(ReportVersion version) {
        return version.report().signatures().stream().map(s -> signatures.find(s.signatureRecordId())
                .orElseThrow(() -> new IllegalStateException("Signature record " + s.signatureRecordId()
                        + " of the risk management report is missing"))).toList();
    }

    /**
     * Concludes the review and keeps its report as the next version.
     *
     * @throws RiskRefusedException if no plan is approved, a §7.6 gap is open, or a statement is missing; nothing
     *                              is written
     */
    public ReportVersion conclude(String projectKey, Review review, String actorKey, String clientIp) {
        RiskManagementPlan plan = risk.plans(projectKey).effective().orElseThrow(() -> new RiskRefusedException(
                RiskRefusal.PLAN_NOT_APPROVED, "Project " + projectKey + " has no approved risk management plan; "
                + "the review is made against the approved plan in force (ISO 14971 §9).",
                "Approve the risk management plan first."));
        OverallResidualRiskEvaluation overall = new OverallResidualRiskEvaluation(review.method(),
                review.acceptable(), review.rationale(), review.benefitRiskReference(), review.disclosureReference(),
                actorKey, clock.instant());
        RiskManagementReport report;
        try (Stream<RiskRecord> risks = risk.risks(projectKey); Stream<CompletenessGap> gaps = risk.gaps(projectKey)) {
            report = new RiskManagementReview(clock).conclude(plan, risks, gaps, overall,
                    review.productionInformationMethods(), actorKey);
        }
        ReportVersion stored = transactions.inTransaction(() -> {
            Optional<ReportVersion> previous = reports.latest(projectKey);
            ReportVersion concluded = reports.conclude(report);
            AuditData data = AuditData.empty().put("contentHash", concluded.storedContentHash())
                    .put("planVersion", plan.version()).put("planContentHash", plan.contentHash())
                    .put("overallResidualRiskAcceptable", review.acceptable()).clientIp(clientIp);
            previous.filter(p -> p.status() == ReportStatus.CONCLUDED || p.status() == ReportStatus.REVIEWED)
                    .ifPresent(p -> data.put("supersededVersion", p.version()));
            audit.record(actors.apply(actorKey), CONCLUDED, object(projectKey, concluded.version()), data);
            return concluded;
        });
        audit.flush();
        return stored;
    }

    /** Version {@code version} of the project's report (the latest when {@code null}). */
    public ReportVersion version(String projectKey, Integer version) {
        Optional<ReportVersion> found = version == null ? reports.latest(projectKey)
                : reports.versions(projectKey).stream().filter(v -> v.version() == version).findFirst();
        return found.orElseThrow(() -> new RiskRefusedException(RiskRefusal.UNKNOWN_ID, version == null
                ? "No risk management review of " + projectKey + " has been concluded."
                : "Project " + projectKey + " has no version " + version + " of the risk management report.",
                "Conclude the review first, or ask for a version the report list shows."));
    }

    /** Records that the report left the system as a file (audited like every export). */
    public void exported(ReportVersion version, String format, String actorKey, String clientIp) {
        String projectKey = version.report().projectKey();
        transactions.run(() -> audit.record(actors.apply(actorKey), EXPORTED, object(projectKey, version.version()),
                AuditData.empty().put("format", format).put("contentHash", version.storedContentHash())
                        .put("status", version.status().name()).put("intact", version.isIntact()).clientIp(clientIp)));
        audit.flush();
    }

    /** A single-use challenge to sign the latest report: it binds the report's version and content hash. */
    public SigningChallenge challenge(String userKey, String projectKey) {
        ReportVersion latest = requireSignable(projectKey);
        return signatures.challenge(userKey, OBJECT_TYPE, projectKey, latest.version());
    }

    /**
     * Signs the latest report with the meaning requested (Reviewed, then Approved) and records the signature on it.
     *
     * @throws RiskRefusedException if there is nothing to sign, the meaning is not one of the report's, or Approved
     *                              is asked before Reviewed; checked before any signature is made
     */
    public ReportVersion sign(String userKey, String projectKey, SigningRequest request) {
        ReportVersion before = requireSignable(projectKey);
        ReportMeaning meaning = meaning(request.meaning());
        if (meaning == ReportMeaning.APPROVED && !before.report().signedAs(ReportMeaning.REVIEWED)) {
            throw new RiskRefusedException(RiskRefusal.SIGNATURE_ORDER, "Version " + before.version() + " of the "
                    + "risk management report cannot be signed Approved before it is signed Reviewed.",
                    "Have the report reviewed and signed Reviewed first.");
        }
        Optional<SigningChallenge> pending = signatures.pendingChallenge(request.challengeId());
        if (pending.isPresent() && !(pending.get().version().object().type().equals(OBJECT_TYPE)
                && pending.get().version().object().id().equals(projectKey))) {
            throw new RiskRefusedException(RiskRefusal.NO_REPORT, "Challenge " + request.challengeId()
                    + " was not issued for the risk management report of project " + projectKey + ".",
                    "Request a signing challenge for this report and sign again.");
        }
        SignatureRecord record = signatures.sign(userKey, request);
        RiskManagementReport signed = before.report().withSignature(new ReportSignature(meaning, record.id(),
                record.contentHash()));
        ReportVersion after = transactions.inTransaction(() -> {
            ReportVersion written = reports.sign(before, signed);
            audit.record(actors.apply(userKey), SIGNED, object(projectKey, before.version()),
                    AuditData.empty().put("meaning", meaning.label()).put("contentHash", record.contentHash())
                            .put("signatureId", record.id()).put("status", written.status().name())
                            .clientIp(request.clientIp()));
            return written;
        });
        audit.flush();
        return after;
    }

    /** The latest report if it may still be signed: intact, and neither approved nor superseded. */
    public ReportVersion requireSignable(String projectKey) {
        ReportVersion latest = reports.latest(projectKey).orElseThrow(() -> new RiskRefusedException(
                RiskRefusal.NO_REPORT, "No risk management review of " + projectKey + " has been concluded.",
                "Conclude the risk management review first."));
        if (latest.status() == ReportStatus.APPROVED) {
            throw new RiskRefusedException(RiskRefusal.REPORT_NOT_EDITABLE, "Version " + latest.version()
                    + " of the risk management report of " + projectKey + " is approved; it is never changed.",
                    "Conclude a new review to report again.");
        }
        if (!latest.isIntact()) {
            throw new RiskRefusedException(RiskRefusal.CONTENT_HASH_MISMATCH, "The stored version "
                    + latest.version() + " of the risk management report of " + projectKey + " no longer matches "
                    + "its content hash " + latest.storedContentHash() + "; it cannot be signed.",
                    "Report the integrity failure to your administrator and conclude a new review.");
        }
        return latest;
    }

    private static ReportMeaning meaning(String label) {
        return Arrays.stream(ReportMeaning.values()).filter(m -> m.label().equals(label)).findFirst()
                .orElseThrow(() -> new RiskRefusedException(RiskRefusal.MISSING_VALUE, "The risk management report "
                        + "is signed " + Arrays.stream(ReportMeaning.values()).map(ReportMeaning::label)
                        .collect(Collectors.joining(" or ")) + ", not \"" + label + "\".",
                        "Sign as Reviewed, then as Approved."));
    }

    private static AuditedObject object(String projectKey, int version) {
        return new AuditedObject(OBJECT_TYPE, projectKey, version);
    }
}
