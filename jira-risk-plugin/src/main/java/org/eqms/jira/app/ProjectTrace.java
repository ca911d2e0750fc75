package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.trace.BaselineDiff;
import org.eqms.trace.BaselineSummary;
import org.eqms.trace.BaselineProgress;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.GapAnalysis;
import org.eqms.trace.GapReport;
import org.eqms.trace.LinkReview;
import org.eqms.trace.MatrixPage;
import org.eqms.trace.MatrixQuery;
import org.eqms.trace.SoupChanges;
import org.eqms.trace.SoupComponent;
import org.eqms.trace.SoupEntry;
import org.eqms.trace.SoupRegister;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceBaselines;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceMatrix;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;
import org.eqms.trace.sbom.SbomComponent;
import org.eqms.trace.sbom.SbomReader;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The traceability of one Jira project as the REST API and the pages use it: the trace matrix, the gap analysis,
 * suspect links and their re-review, signed baselines and their diff, and the SOUP register's SBOM import. Each read
 * loads the graph by streaming its store; each change is audited in the shared ledger.
 */
public final class ProjectTrace {
    private final TraceStores stores;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;
    private final Clock clock;
    private final ReqifImporting reqif;

    public ProjectTrace(TraceStores stores, AuditTrail audit, Transactions transactions, Function<String, Actor> actors,
                        Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reqif = new ReqifImporting(stores, audit, transactions, actors, clock);
    }

    /** ReqIF files into the project's trace. */
    public ReqifImporting reqif() {
        return reqif;
    }

    public TraceGraph graph(String projectKey) {
        return TraceGraph.load(stores.graph(projectKey));
    }

    public SuspectLinks suspects(String projectKey) {
        try (Stream<SuspectMark> marks = stores.suspects(projectKey).marks()) {
            return new SuspectLinks(clock, marks.toList());
        }
    }

    /** The Jira keys of these items, by id, in one store read (ids no longer in the trace are absent). */
    public Map<String, String> itemKeys(String projectKey, Collection<String> ids) {
        Map<String, String> keys = new HashMap<>();
        stores.graph(projectKey).items(ids).forEach((id, item) -> keys.put(id, item.key()));
        return keys;
    }

    /** The person's full name as the product knows it now (the user key when it knows none). */
    public String displayName(String userKey) {
        return actors.apply(userKey).name();
    }

    public MatrixPage matrix(String projectKey, MatrixQuery query) {
        return TraceMatrix.page(graph(projectKey), suspects(projectKey), query);
    }

    public GapReport gaps(String projectKey) {
        ClassificationScheme scheme = stores.schemes().scheme(projectKey).orElse(ClassificationScheme.IEC62304_ED1);
        return new GapAnalysis(scheme).analyse(graph(projectKey), stores.soup(projectKey).load(), suspects(projectKey));
    }

    /** Records that {@code reviewerKey} re-reviewed a suspect link and why; refused when the link is not suspect. */
    public LinkReview review(String projectKey, TraceLink link, String reviewerKey, String reason, String clientIp) {
        SuspectLinks suspects = suspects(projectKey);
        LinkReview review = suspects.review(link, reviewerKey, reason);
        transactions.run(() -> {
            stores.suspects(projectKey).saveReview(review);
            audit.record(actors.apply(reviewerKey), TraceActions.LINK_REVIEWED, project(projectKey),
                    AuditData.empty().put("from", link.from()).put("type", link.type().name()).put("to", link.to())
                            .reason(reason).clientIp(clientIp));
        });
        audit.flush();
        return review;
    }

    /** Snapshots the whole trace graph with its content hashes; the baseline is then signed like any object. */
    public TraceBaseline takeBaseline(String projectKey, String label, String actorKey, String clientIp) {
        TraceBaseline baseline = new TraceBaselines(clock).take(graph(projectKey), UUID.randomUUID().toString(), label,
                actorKey, BaselineProgress.SILENT);
        transactions.run(() -> {
            stores.baselines(projectKey).save(baseline);
            audit.record(actors.apply(actorKey), TraceActions.BASELINE_TAKEN, project(projectKey),
                    AuditData.empty().put("baselineId", baseline.id()).put("label", label)
                            .put("contentHash", baseline.signableVersion().contentHash()).clientIp(clientIp));
        });
        audit.flush();
        return baseline;
    }

    public List<String> baselineIds(String projectKey) {
        try (Stream<String> ids = stores.baselines(projectKey).ids()) {
            return ids.toList();
        }
    }

    /** The project's baselines, oldest first, without loading their snapshots. */
    public List<BaselineSummary> baselineSummaries(String projectKey) {
        try (Stream<BaselineSummary> summaries = stores.baselines(projectKey).summaries()) {
            return summaries.toList();
        }
    }

    public TraceBaseline baseline(String projectKey, String baselineId) {
        return stores.baselines(projectKey).find(baselineId).orElseThrow(() -> new TraceRefusedException(
                TraceRefusal.UNKNOWN_ITEM, "Baseline " + baselineId + " does not exist in project " + projectKey + ".",
                "Check the baseline id; list the project's baselines."));
    }

    /** The diff of two baselines with the integrity check of both (each snapshot is loaded once). */
    public BaselineComparison compare(String projectKey, String olderId, String newerId) {
        TraceBaseline older = baseline(projectKey, olderId);
        TraceBaseline newer = baseline(projectKey, newerId);
        return new BaselineComparison(BaselineDiff.between(older, newer), older.isIntact(), newer.isIntact());
    }

    /** What importing the SBOM would change in the SOUP register; nothing is changed. */
    public SoupChanges previewSbom(String projectKey, byte[] sbom) {
        return stores.soup(projectKey).load().reconcile(components(sbom));
    }

    /** Imports the SBOM into the SOUP register (new components get new entries, removed ones leave) and audits it. */
    public SoupChanges importSbom(String projectKey, byte[] sbom, String actorKey, String clientIp) {
        SoupRegister register = stores.soup(projectKey).load();
        SoupChanges changes = register.reconcile(components(sbom));
        SoupRegister next = register.apply(changes, component -> "soup-" + UUID.randomUUID());
        transactions.run(() -> {
            changes.removed().forEach(entry -> stores.soup(projectKey).remove(entry.soupId()));
            for (SoupEntry entry : next.entries()) {
                if (!register.entry(entry.soupId()).map(entry::equals).orElse(false)) {
                    stores.soup(projectKey).save(entry);
                }
            }
            audit.record(actors.apply(actorKey), TraceActions.SOUP_IMPORTED, project(projectKey),
                    AuditData.empty().put("added", changes.added().size()).put("removed", changes.removed().size())
                            .put("versionChanged", changes.versionChanged().size()).clientIp(clientIp));
        });
        audit.flush();
        return changes;
    }

    /**
     * Records, on the project, something done outside the changes above (e.g. an export of the matrix, the risk
     * register or the ReqIF file) and links it into the chain before returning: {@code data} (in key order), then
     * the client IP.
     */
    public void audited(String projectKey, String action, String actorKey, String clientIp, Map<String, String> data) {
        Objects.requireNonNull(action, "action");
        AuditData auditData = AuditData.empty();
        new TreeMap<>(data).forEach(auditData::put);
        auditData.clientIp(clientIp);
        transactions.run(() -> audit.record(actors.apply(actorKey), action, project(projectKey), auditData));
        audit.flush();
    }

    private static List<SoupComponent> components(byte[] sbom) {
        return new SbomReader().read(sbom).components().stream().map(ProjectTrace::soupComponent).toList();
    }

    private static SoupComponent soupComponent(SbomComponent c) {
        return new SoupComponent(c.name(), c.version(), c.supplier(), c.purl(), c.licences(), c.hashes());
    }

    private static AuditedObject project(String projectKey) {
        return AuditedObject.of(TraceActions.OBJECT_TYPE, projectKey);
    }
}
