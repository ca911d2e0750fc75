package org.eqms.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds what the trace lacks, item by item, in one pass over the graph (linear in items and links):
 *
 * <pre>
 * Role                 Gap                                           when
 * HAZARD               UNTRACED_ITEM (ISO 14971 §5.4)                 it leads to no hazardous situation
 * HAZARDOUS_SITUATION  RISK_NOT_EVALUATED                             acceptability NOT_EVALUATED
 *                      UNACCEPTABLE_RISK_WITHOUT_CONTROL              UNACCEPTABLE and no MITIGATED_BY
 *                      UNTRACED_ITEM (ISO 14971 §5.4)                 no hazard LEADS_TO it
 * RISK_CONTROL         CONTROL_WITHOUT_IMPLEMENTATION                 no IMPLEMENTED_BY
 *                      CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION     no VERIFIED_BY
 *                      UNTRACED_ITEM (IEC 62304 §7.3.3)               no hazardous situation MITIGATED_BY it
 * SYSTEM_REQUIREMENT   REQUIREMENT_WITHOUT_TEST (ISO 13485 §7.3.6)    no VERIFIED_BY
 * SOFTWARE_REQUIREMENT REQUIREMENT_WITHOUT_TEST                       no VERIFIED_BY
 *                      UNTRACED_ITEM (IEC 62304 §5.2.6)               nothing DERIVES or IMPLEMENTED_BY it
 * SOFTWARE_ITEM        MISSING_SAFETY_CLASS                           unclassified and not contained, or a class
 *                                                                     the scheme does not know
 *                      CLASS_BELOW_CONTAINER_WITHOUT_RATIONALE        class below its container's, no classRationale
 *                      UNTRACED_ITEM (IEC 62304 §5.3.1)               not SYSTEM level and nothing CONTAINS it
 *                      MISSING_ACTIVITY, by its effective class:
 *                        SOFTWARE_REQUIREMENTS  a SYSTEM with no software requirement IMPLEMENTED_BY it or its items
 *                        ARCHITECTURE           a SYSTEM containing nothing
 *                        UNIT_DECOMPOSITION     an ITEM containing no software item
 *                        DETAILED_DESIGN        a UNIT without the detailedDesign field
 *                        UNIT_IMPLEMENTATION    a leaf (no software item inside) without IMPLEMENTED_BY
 *                        UNIT_VERIFICATION      a UNIT without VERIFIED_BY
 *                        INTEGRATION_TESTING    an item containing software items, without VERIFIED_BY
 * SOUP                 SOUP_NOT_IN_REGISTER                           no register entry with its id
 *                      UNTRACED_ITEM (IEC 62304 §5.3.3)               no software item CONTAINS it
 *                      MISSING_ACTIVITY SOUP_REQUIREMENTS / SOUP_PREREQUISITES, by its (inherited) class
 *                      SOUP_WITHOUT_ANOMALY_REVIEW, by its class      no review covering its current version
 * IMPLEMENTATION       UNTRACED_ITEM (IEC 62304 §5.5.1)               nothing IMPLEMENTED_BY it
 * VERIFICATION         FAILING_VERIFICATION / OPEN_VERIFICATION       status FAILED / OPEN
 *                      UNTRACED_ITEM (IEC 62304 §5.7.4)               it verifies nothing
 * ANOMALY              UNTRACED_ITEM (IEC 62304 §9.2)                 it AFFECTS nothing
 * CHANGE_REQUEST       UNTRACED_ITEM (IEC 62304 §8.2.4)               it AFFECTS and RESOLVES nothing
 * any link             SUSPECT_LINK (about the link's downstream item) suspect and not re-reviewed
 * </pre>
 *
 * A graph with none of these is clean. Which activities a class requires is the {@link ClassificationScheme}'s
 * table; effective classes are {@link SafetyClassification}'s.
 */
public final class GapAnalysis {

    private final ClassificationScheme scheme;

    public GapAnalysis(ClassificationScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** All gaps of the graph, with no suspect-link state. */
    public GapReport analyse(TraceGraph graph, SoupRegister register) {
        return analyse(graph, register, null);
    }

    /** All gaps of the graph, suspect links included when {@code suspects} is given. */
    public GapReport analyse(TraceGraph graph, SoupRegister register, SuspectLinks suspects) {
        List<Gap> gaps = new ArrayList<>();
        analyse(graph, register, suspects, gaps::add);
        return new GapReport(gaps);
    }

    /** Stream the gaps to a sink as they are found (for reports over large graphs). */
    public void analyse(TraceGraph graph, SoupRegister register, SuspectLinks suspects, Consumer<Gap> sink) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(register, "register");
        SafetyClassification classes = SafetyClassification.of(graph, scheme);
        graph.items(ItemRole.HAZARD).forEach(i -> hazard(graph, i, sink));
        graph.items(ItemRole.HAZARDOUS_SITUATION).forEach(i -> hazardousSituation(graph, i, sink));
        graph.items(ItemRole.RISK_CONTROL).forEach(i -> riskControl(graph, i, sink));
        graph.items(ItemRole.SYSTEM_REQUIREMENT).forEach(i -> requirement(graph, i, sink));
        graph.items(ItemRole.SOFTWARE_REQUIREMENT).forEach(i -> requirement(graph, i, sink));
        Set<String> allocated = allocatedSoftwareItems(graph);
        graph.items(ItemRole.SOFTWARE_ITEM).forEach(i -> softwareItem(graph, i, classes, allocated, sink));
        graph.items(ItemRole.SOUP).forEach(i -> soup(graph, i, classes, register, sink));
        graph.items(ItemRole.IMPLEMENTATION).forEach(i -> {
            if (graph.incoming(i.id()).isEmpty()) {
                sink.accept(Gap.of(GapKind.UNTRACED_ITEM, i, "Implementation " + i.key() + " implements nothing.",
                        FixAction.linkUpstream(ItemRole.SOFTWARE_ITEM, LinkType.IMPLEMENTED_BY, i), "IEC62304-5.5.1"));
            }
        });
        graph.items(ItemRole.VERIFICATION).forEach(i -> verification(graph, i, sink));
        graph.items(ItemRole.ANOMALY).forEach(i -> {
            if (!graph.hasOutgoing(i.id(), LinkType.AFFECTS)) {
                sink.accept(Gap.of(GapKind.UNTRACED_ITEM, i, "Anomaly " + i.key() + " affects no item.",
                        FixAction.linkDownstream(i, LinkType.AFFECTS, ItemRole.SOFTWARE_ITEM), "IEC62304-9.2"));
            }
        });
        graph.items(ItemRole.CHANGE_REQUEST).forEach(i -> {
            if (!graph.hasOutgoing(i.id(), LinkType.AFFECTS) && !graph.hasOutgoing(i.id(), LinkType.RESOLVES)) {
                sink.accept(Gap.of(GapKind.UNTRACED_ITEM, i, "Change request " + i.key()
                                + " affects no item and resolves no anomaly.",
                        FixAction.linkDownstream(i, LinkType.AFFECTS, ItemRole.SOFTWARE_ITEM), "IEC62304-8.2.4"));
            }
        });
        if (suspects != null) {
            suspects.marks().filter(m -> graph.contains(m.link())).forEach(m -> {
                TraceItem downstream = graph.require(m.link().to());
                TraceItem changed = graph.item(m.changedItemId()).orElse(null);
                sink.accept(Gap.of(GapKind.SUSPECT_LINK, downstream, "The link " + key(graph, m.link().from()) + " —"
                                + m.link().type() + "→ " + downstream.key() + " is suspect since "
                                + (changed == null ? m.changedItemId() : changed.key()) + " changed on "
                                + m.changedAt() + ".",
                        FixAction.reviewLink(m.link(), "Re-review " + key(graph, m.link().from()) + " —"
                                + m.link().type() + "→ " + downstream.key()
                                + " and record why the trace still holds (or fix it).")));
            });
        }
    }

    private static String key(TraceGraph graph, String id) {
        return graph.item(id).map(TraceItem::key).orElse(id);
    }

    private static void hazard(TraceGraph graph, TraceItem h, Consumer<Gap> sink) {
        if (!graph.hasOutgoing(h.id(), LinkType.LEADS_TO)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, h, "Hazard " + h.key() + " leads to no hazardous situation.",
                    FixAction.linkDownstream(h, LinkType.LEADS_TO, ItemRole.HAZARDOUS_SITUATION), "ISO14971-5.4"));
        }
    }

    private static void hazardousSituation(TraceGraph graph, TraceItem hs, Consumer<Gap> sink) {
        if (hs.acceptability() == RiskAcceptability.NOT_EVALUATED) {
            sink.accept(Gap.of(GapKind.RISK_NOT_EVALUATED, hs, "The risk of hazardous situation " + hs.key()
                    + " has not been evaluated.", FixAction.setField(hs, "acceptability",
                    "evaluate the risk against the acceptability criteria (ACCEPTABLE or UNACCEPTABLE)")));
        } else if (hs.acceptability() == RiskAcceptability.UNACCEPTABLE
                && !graph.hasOutgoing(hs.id(), LinkType.MITIGATED_BY)) {
            sink.accept(Gap.of(GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL, hs, "Hazardous situation " + hs.key()
                            + " has an unacceptable risk and no risk control.",
                    FixAction.linkDownstream(hs, LinkType.MITIGATED_BY, ItemRole.RISK_CONTROL)));
        }
        if (!graph.hasIncoming(hs.id(), LinkType.LEADS_TO)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, hs, "No hazard leads to hazardous situation " + hs.key() + ".",
                    FixAction.linkUpstream(ItemRole.HAZARD, LinkType.LEADS_TO, hs), "ISO14971-5.4"));
        }
    }

    private static void riskControl(TraceGraph graph, TraceItem rc, Consumer<Gap> sink) {
        if (!graph.hasOutgoing(rc.id(), LinkType.IMPLEMENTED_BY)) {
            sink.accept(Gap.of(GapKind.CONTROL_WITHOUT_IMPLEMENTATION, rc, "Risk control " + rc.key()
                    + " is not implemented by any requirement, software item or implementation.",
                    FixAction.linkDownstream(rc, LinkType.IMPLEMENTED_BY, ItemRole.SOFTWARE_REQUIREMENT)));
        }
        if (!graph.hasOutgoing(rc.id(), LinkType.VERIFIED_BY)) {
            sink.accept(Gap.of(GapKind.CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION, rc, "The effectiveness of risk "
                    + "control " + rc.key() + " is not verified.",
                    FixAction.linkDownstream(rc, LinkType.VERIFIED_BY, ItemRole.VERIFICATION)));
        }
        if (!graph.hasIncoming(rc.id(), LinkType.MITIGATED_BY)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, rc, "Risk control " + rc.key()
                            + " mitigates no hazardous situation.",
                    FixAction.linkUpstream(ItemRole.HAZARDOUS_SITUATION, LinkType.MITIGATED_BY, rc), "IEC62304-7.3.3"));
        }
    }

    private static void requirement(TraceGraph graph, TraceItem r, Consumer<Gap> sink) {
        boolean software = r.role() == ItemRole.SOFTWARE_REQUIREMENT;
        if (!graph.hasOutgoing(r.id(), LinkType.VERIFIED_BY)) {
            sink.accept(Gap.of(GapKind.REQUIREMENT_WITHOUT_TEST, r, (software ? "Software" : "System")
                            + " requirement " + r.key() + " is not verified by any test.",
                    FixAction.linkDownstream(r, LinkType.VERIFIED_BY, ItemRole.VERIFICATION),
                    software ? GapKind.REQUIREMENT_WITHOUT_TEST.clause() : "ISO13485-7.3.6"));
        }
        if (software && !graph.hasIncoming(r.id(), LinkType.DERIVES)
                && !graph.hasIncoming(r.id(), LinkType.IMPLEMENTED_BY)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, r, "Software requirement " + r.key()
                            + " is not traced to a system requirement or a risk control.",
                    FixAction.linkUpstream(ItemRole.SYSTEM_REQUIREMENT, LinkType.DERIVES, r), "IEC62304-5.2.6"));
        }
    }

    /** The software items some software requirement is IMPLEMENTED_BY (allocated to, §5.3.1). */
    private static Set<String> allocatedSoftwareItems(TraceGraph graph) {
        Set<String> allocated = new HashSet<>();
        graph.items(ItemRole.SOFTWARE_REQUIREMENT).forEach(r -> graph.outgoing(r.id()).stream()
                .filter(l -> l.type() == LinkType.IMPLEMENTED_BY)
                .forEach(l -> allocated.add(l.to())));
        return allocated;
    }

    private void softwareItem(TraceGraph graph, TraceItem si, SafetyClassification classes, Set<String> allocated,
                              Consumer<Gap> sink) {
        EffectiveSafetyClass effective = classes.of(si.id());
        String containerClass = classes.containerClass(graph, si.id());
        if (si.safetyClass() != null && !scheme.contains(si.safetyClass())) {
            sink.accept(Gap.of(GapKind.MISSING_SAFETY_CLASS, si, "Software item " + si.key() + " has class '"
                    + si.safetyClass() + "', which is not a class of " + scheme.name() + "; it is held to class "
                    + effective.code() + ".", FixAction.setField(si, "safetyClass", "one of " + scheme.codes())));
        } else if (effective.source() == EffectiveSafetyClass.Source.DEFAULTED_TO_HIGHEST) {
            sink.accept(Gap.of(GapKind.MISSING_SAFETY_CLASS, si, "Software item " + si.key()
                    + " has no safety class; until classified it is held to class " + effective.code() + ".",
                    FixAction.setField(si, "safetyClass", "one of " + scheme.codes())));
        }
        if (effective.source() == EffectiveSafetyClass.Source.DECLARED && containerClass != null
                && scheme.rank(si.safetyClass()) < scheme.rank(containerClass)
                && si.field(TraceItem.CLASS_RATIONALE) == null) {
            sink.accept(Gap.of(GapKind.CLASS_BELOW_CONTAINER_WITHOUT_RATIONALE, si, "Software item " + si.key()
                    + " is class " + si.safetyClass() + ", below the class " + containerClass
                    + " of the item containing it, with no documented rationale.",
                    FixAction.setField(si, TraceItem.CLASS_RATIONALE, "why the lower class is justified "
                            + "(e.g. segregation), or raise its class to " + containerClass)));
        }
        if (si.level() != SoftwareLevel.SYSTEM && !graph.hasIncoming(si.id(), LinkType.CONTAINS)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, si, "Software item " + si.key()
                    + " is not part of any software system.",
                    FixAction.linkUpstream(ItemRole.SOFTWARE_ITEM, LinkType.CONTAINS, si), "IEC62304-5.3.1"));
        }
        String c = effective.code();
        boolean containsItems = graph.downstream(si.id(), LinkType.CONTAINS)
                .anyMatch(child -> child.role() == ItemRole.SOFTWARE_ITEM);
        boolean containsAnything = graph.hasOutgoing(si.id(), LinkType.CONTAINS);
        if (si.level() == SoftwareLevel.SYSTEM) {
            if (scheme.requires(c, Activity.SOFTWARE_REQUIREMENTS) && !anyAllocated(graph, si.id(), allocated)) {
                missing(sink, si, c, Activity.SOFTWARE_REQUIREMENTS, "no software requirement is allocated to it "
                        + "or to any item it contains",
                        FixAction.linkUpstream(ItemRole.SOFTWARE_REQUIREMENT, LinkType.IMPLEMENTED_BY, si));
            }
            if (scheme.requires(c, Activity.ARCHITECTURE) && !containsAnything) {
                missing(sink, si, c, Activity.ARCHITECTURE, "it is not decomposed into software items",
                        FixAction.linkDownstream(si, LinkType.CONTAINS, ItemRole.SOFTWARE_ITEM));
            }
        }
        if (si.level() == SoftwareLevel.ITEM && !containsItems && scheme.requires(c, Activity.UNIT_DECOMPOSITION)) {
            missing(sink, si, c, Activity.UNIT_DECOMPOSITION, "it is not refined into software units",
                    FixAction.linkDownstream(si, LinkType.CONTAINS, ItemRole.SOFTWARE_ITEM));
        }
        if (si.level() == SoftwareLevel.UNIT && scheme.requires(c, Activity.DETAILED_DESIGN)
                && si.field(TraceItem.DETAILED_DESIGN) == null) {
            missing(sink, si, c, Activity.DETAILED_DESIGN, "it has no detailed design",
                    FixAction.setField(si, TraceItem.DETAILED_DESIGN, "a reference to the unit's detailed design"));
        }
        if (!containsItems && scheme.requires(c, Activity.UNIT_IMPLEMENTATION)
                && graph.downstream(si.id(), LinkType.IMPLEMENTED_BY).noneMatch(
                        i -> i.role() == ItemRole.IMPLEMENTATION)) {
            missing(sink, si, c, Activity.UNIT_IMPLEMENTATION, "it has no implementation",
                    FixAction.linkDownstream(si, LinkType.IMPLEMENTED_BY, ItemRole.IMPLEMENTATION));
        }
        if (si.level() == SoftwareLevel.UNIT && scheme.requires(c, Activity.UNIT_VERIFICATION)
                && !graph.hasOutgoing(si.id(), LinkType.VERIFIED_BY)) {
            missing(sink, si, c, Activity.UNIT_VERIFICATION, "it is not verified",
                    FixAction.linkDownstream(si, LinkType.VERIFIED_BY, ItemRole.VERIFICATION));
        }
        if (containsItems && scheme.requires(c, Activity.INTEGRATION_TESTING)
                && !graph.hasOutgoing(si.id(), LinkType.VERIFIED_BY)) {
            missing(sink, si, c, Activity.INTEGRATION_TESTING, "the integration of the items it contains is not "
                    + "tested", FixAction.linkDownstream(si, LinkType.VERIFIED_BY, ItemRole.VERIFICATION));
        }
    }

    private static boolean anyAllocated(TraceGraph graph, String systemId, Set<String> allocated) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(systemId);
        seen.add(systemId);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (allocated.contains(id)) {
                return true;
            }
            for (TraceLink l : graph.outgoing(id)) {
                if (l.type() == LinkType.CONTAINS && seen.add(l.to())) {
                    queue.add(l.to());
                }
            }
        }
        return false;
    }

    private static void missing(Consumer<Gap> sink, TraceItem item, String safetyClass, Activity activity,
                                String what, FixAction fix) {
        sink.accept(Gap.ofActivity(GapKind.MISSING_ACTIVITY, item, activity, "Class " + safetyClass + " requires "
                + activity.title().toLowerCase(java.util.Locale.ROOT) + " (IEC 62304 §" + activity.clause()
                + "), but for " + item.key() + " " + what + ".", fix));
    }

    private void soup(TraceGraph graph, TraceItem s, SafetyClassification classes, SoupRegister register,
                      Consumer<Gap> sink) {
        if (!graph.hasIncoming(s.id(), LinkType.CONTAINS)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, s, "SOUP item " + s.key()
                            + " is not part of any software item; it is held to class " + classes.of(s.id()).code()
                            + ".", FixAction.linkUpstream(ItemRole.SOFTWARE_ITEM, LinkType.CONTAINS, s),
                    "IEC62304-5.3.3"));
        }
        Optional<SoupEntry> found = register.entry(s.id());
        if (found.isEmpty()) {
            sink.accept(Gap.of(GapKind.SOUP_NOT_IN_REGISTER, s, "SOUP item " + s.key()
                            + " is not in the SOUP register (title, manufacturer, version).",
                    FixAction.recordSoup(s, "component", "its name, version and supplier")));
            return;
        }
        SoupEntry entry = found.get();
        String c = classes.of(s.id()).code();
        String label = entry.component().name() + " " + entry.component().version();
        if (scheme.requires(c, Activity.SOUP_REQUIREMENTS) && entry.functionalRequirements() == null) {
            missing(sink, s, c, Activity.SOUP_REQUIREMENTS, "(" + label + ") they are not recorded",
                    FixAction.recordSoup(s, "functionalRequirements", "the functional and performance "
                            + "requirements it must meet"));
        }
        if (scheme.requires(c, Activity.SOUP_PREREQUISITES) && entry.requiredHardwareSoftware() == null) {
            missing(sink, s, c, Activity.SOUP_PREREQUISITES, "(" + label + ") they are not recorded",
                    FixAction.recordSoup(s, "requiredHardwareSoftware", "the system hardware and software it needs"));
        }
        if (scheme.requires(c, Activity.SOUP_ANOMALY_REVIEW) && !entry.anomaliesReviewed()) {
            AnomalyReview review = entry.anomalyReview();
            String why = review == null ? "its published anomaly list has not been reviewed"
                    : "the anomaly review covers version " + review.reviewedVersion() + ", not "
                    + entry.component().version();
            sink.accept(Gap.ofActivity(GapKind.SOUP_WITHOUT_ANOMALY_REVIEW, s, Activity.SOUP_ANOMALY_REVIEW,
                    "SOUP item " + s.key() + " (" + label + ", class " + c + "): " + why + ".",
                    FixAction.recordSoup(s, "anomalyReview", "a review of the published anomalies of version "
                            + entry.component().version() + " (who, when, source, conclusion)")));
        }
    }

    private static void verification(TraceGraph graph, TraceItem v, Consumer<Gap> sink) {
        if (v.status() == VerificationStatus.FAILED) {
            sink.accept(Gap.of(GapKind.FAILING_VERIFICATION, v, "Verification " + v.key() + " failed.",
                    FixAction.runVerification(v, "Record an ANOMALY that AFFECTS " + v.key()
                            + " (problem resolution, §9), fix it, and run " + v.key() + " again.")));
        } else if (v.status() == VerificationStatus.OPEN) {
            sink.accept(Gap.of(GapKind.OPEN_VERIFICATION, v, "Verification " + v.key() + " has no result yet.",
                    FixAction.runVerification(v, "Run " + v.key() + " and record its result.")));
        }
        if (!graph.hasIncoming(v.id(), LinkType.VERIFIED_BY)) {
            sink.accept(Gap.of(GapKind.UNTRACED_ITEM, v, "Verification " + v.key() + " verifies nothing.",
                    FixAction.linkUpstream(ItemRole.SOFTWARE_REQUIREMENT, LinkType.VERIFIED_BY, v), "IEC62304-5.7.4"));
        }
    }
}
