package org.eqms.trace.reqif;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class ReqifFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T06:01:02.345Z"), ZoneOffset.UTC);
    static final ReqifSchema SCHEMA = new ReqifSchema();

    private ReqifFixtures() {
    }

    static byte[] export(ReqifDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReqifExporter(CLOCK).write(document, out);
        return out.toByteArray();
    }

    static void validate(byte[] reqif) {
        SCHEMA.validate(new ByteArrayInputStream(reqif));
    }

    static ReqifDocument importFrom(byte[] reqif) {
        return new ReqifImporter().read(new ByteArrayInputStream(reqif));
    }

    static ReqifDocument pumpRiskFile() {
        Map<String, String> hazardAttributes = new LinkedHashMap<>();
        hazardAttributes.put("Severity", "S4 – critical");
        hazardAttributes.put("P1 × P2", "P3");
        return new ReqifDocument("Infusion pump <risk & trace> file", List.of(
                new ReqifObject("SRS-12", "Software requirement", "Occlusion alarm",
                        "The pump shall alarm within 30 s\nwhen line pressure > 1.2 bar.\r\n\tSee \"HAZ-3\".",
                        Map.of("Safety class", "C")),
                new ReqifObject("HAZ-3", "Hazard", "Under-infusion", "Occluded line stops delivery.", hazardAttributes),
                new ReqifObject("RC-7", "Risk control", "Pressure sensor alarm", "", Map.of()),
                new ReqifObject("TC-101", "Verification", "Occlusion alarm test", "Clamp line; expect alarm ≤ 30 s.",
                        Map.of("Result", "Passed"))),
                List.of(new ReqifRelation("L-1", "mitigates", "RC-7", "HAZ-3"),
                        new ReqifRelation("L-2", "implements", "SRS-12", "RC-7"),
                        new ReqifRelation("L-3", "verifies", "TC-101", "SRS-12")));
    }
}
