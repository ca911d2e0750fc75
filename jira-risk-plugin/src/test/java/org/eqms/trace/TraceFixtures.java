package org.eqms.trace;

import static org.eqms.trace.ItemRole.ANOMALY;
import static org.eqms.trace.ItemRole.CHANGE_REQUEST;
import static org.eqms.trace.ItemRole.HAZARD;
import static org.eqms.trace.ItemRole.IMPLEMENTATION;
import static org.eqms.trace.ItemRole.RISK_CONTROL;
import static org.eqms.trace.ItemRole.SOFTWARE_REQUIREMENT;
import static org.eqms.trace.ItemRole.SOUP;
import static org.eqms.trace.ItemRole.SYSTEM_REQUIREMENT;
import static org.eqms.trace.LinkType.AFFECTS;
import static org.eqms.trace.LinkType.CONTAINS;
import static org.eqms.trace.LinkType.CONTRIBUTES_TO;
import static org.eqms.trace.LinkType.DERIVES;
import static org.eqms.trace.LinkType.IMPLEMENTED_BY;
import static org.eqms.trace.LinkType.LEADS_TO;
import static org.eqms.trace.LinkType.MITIGATED_BY;
import static org.eqms.trace.LinkType.RESOLVES;
import static org.eqms.trace.LinkType.VERIFIED_BY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Hand-built trace graphs. */
final class TraceFixtures {
    static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final SoupComponent ZLIB = new SoupComponent("zlib", "1.3.1", "Jean-loup Gailly and Mark Adler",
            "pkg:generic/zlib@1.3.1", List.of("Zlib"), null);

    private TraceFixtures() {
    }

    static TraceItem item(String id, ItemRole role) {
        return TraceItem.of(id, role, id, "Title of " + id);
    }

    static TraceItem test(String id, VerificationStatus status) {
        return TraceItem.verification(id, id, "Test " + id, status);
    }

    static TraceItem unit(String id, String safetyClass) {
        return TraceItem.softwareItem(id, id, "Unit " + id, SoftwareLevel.UNIT, safetyClass)
                .withField(TraceItem.DETAILED_DESIGN, "SDD-" + id);
    }

    /**
     * A complete class C trace with no gap: a system requirement derived into a software requirement; a hazard
     * leading to an unacceptable and an acceptable hazardous situation, the first mitigated by a risk control
     * implemented as a software requirement; a class C software system of one item of one unit and one SOUP item;
     * every requirement, control, unit, item and the system verified by passing tests; an anomaly with its change
     * request.
     */
    static TraceGraph cleanGraph() {
        TraceGraph g = new TraceGraph();
        g.add(item("SYS-1", SYSTEM_REQUIREMENT));
        g.add(item("SRS-1", SOFTWARE_REQUIREMENT));
        g.add(item("SRS-2", SOFTWARE_REQUIREMENT));
        g.add(item("H-1", HAZARD));
        g.add(TraceItem.hazardousSituation("HS-1", "HS-1", "Overdose", RiskAcceptability.UNACCEPTABLE));
        g.add(TraceItem.hazardousSituation("HS-2", "HS-2", "Delayed alarm", RiskAcceptability.ACCEPTABLE));
        g.add(item("RC-1", RISK_CONTROL));
        g.add(TraceItem.softwareItem("SW", "SW", "Pump software", SoftwareLevel.SYSTEM, "C"));
        g.add(TraceItem.softwareItem("SW-DOSE", "SW-DOSE", "Dosing", SoftwareLevel.ITEM, "C"));
        g.add(unit("U-1", "C"));
        g.add(item("SOUP-1", SOUP));
        g.add(item("IMPL-1", IMPLEMENTATION));
        for (String t : List.of("VT-SYS", "T-1", "T-2", "VT-RC", "UT-1", "IT-1", "ST-1")) {
            g.add(test(t, VerificationStatus.PASSED));
        }
        g.add(item("AN-1", ANOMALY));
        g.add(item("CR-1", CHANGE_REQUEST));

        g.link("SYS-1", VERIFIED_BY, "VT-SYS");
        g.link("SYS-1", DERIVES, "SRS-1");
        g.link("SRS-1", VERIFIED_BY, "T-1");
        g.link("SRS-2", VERIFIED_BY, "T-2");
        g.link("H-1", LEADS_TO, "HS-1");
        g.link("H-1", LEADS_TO, "HS-2");
        g.link("HS-1", MITIGATED_BY, "RC-1");
        g.link("RC-1", IMPLEMENTED_BY, "SRS-2");
        g.link("RC-1", VERIFIED_BY, "VT-RC");
        g.link("SW", CONTAINS, "SW-DOSE");
        g.link("SW-DOSE", CONTAINS, "U-1");
        g.link("SW-DOSE", CONTAINS, "SOUP-1");
        g.link("SRS-1", IMPLEMENTED_BY, "SW-DOSE");
        g.link("SRS-2", IMPLEMENTED_BY, "U-1");
        g.link("U-1", IMPLEMENTED_BY, "IMPL-1");
        g.link("U-1", VERIFIED_BY, "UT-1");
        g.link("SW-DOSE", VERIFIED_BY, "IT-1");
        g.link("SW", VERIFIED_BY, "ST-1");
        g.link("SOUP-1", CONTRIBUTES_TO, "HS-1");
        g.link("AN-1", AFFECTS, "SW-DOSE");
        g.link("CR-1", RESOLVES, "AN-1");
        return g;
    }

    /** The register of the clean graph: SOUP-1 is zlib 1.3.1, complete and reviewed. */
    static SoupRegister cleanRegister() {
        return SoupRegister.of(List.of(completeSoup("SOUP-1", ZLIB)));
    }

    static SoupEntry completeSoup(String id, SoupComponent component) {
        return SoupEntry.of(id, component)
                .withRequirements("Inflate and deflate RFC 1950 streams within 5 ms per 64 KiB", "Any POSIX libc")
                .withAnomalyReview(new AnomalyReview(component.version(), "u-qa", NOW,
                        "https://github.com/madler/zlib/issues", "No open anomaly affects our use"));
    }
}
