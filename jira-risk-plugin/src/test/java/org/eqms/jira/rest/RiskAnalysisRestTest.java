package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import org.eqms.risk.AnnexCHazardCatalogue;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/**
 * A risk analysed, controlled in the §7.1 order, verified and re-estimated through the REST API; the analysis read
 * back (hazards with their situations, one risk, the Annex C catalogue); the FMEA rating and worklist; who may do
 * what.
 */
class RiskAnalysisRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "/projects/INF/analysis";

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    @Clause("ISO14971-7.1")
    @Clause("ISO14971-7.2")
    @Clause("ISO14971-7.5")
    @Clause("ISO14971-7.4")
    @Clause("21CFR11.10(e)")
    void aRiskIsEstimatedControlledInOptionOrderVerifiedAndReEstimated(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            ok(app.host.put(A + "/hazards/INF-1", EDDIE, "{\"category\":\"ENERGY\",\"name\":\"Excess flow\"}"));
            ok(app.host.put(A + "/situations/INF-2", EDDIE, "{\"hazardId\":\"INF-1\",\"sequenceOfEvents\":"
                    + "[\"Occlusion cleared\",\"Bolus released\"],\"description\":\"Patient receives a bolus\"}"));
            JsonNode risk = ok(app.host.put(A + "/risks/R-1", EDDIE, "{\"situationId\":\"INF-2\",\"harm\":\"Overdose\","
                    + "\"p1\":3,\"p2\":4,\"severity\":5}"));
            assertThat(risk.at("/initial/severity").asInt()).isEqualTo(5);
            assertThat(risk.at("/initial/method").asText()).isNotBlank();

            TestRestHost.Reply skipped = app.host.post(A + "/risks/R-1/controls", EDDIE,
                    "{\"id\":\"C-1\",\"description\":\"Warning label\",\"option\":\"INFORMATION_FOR_SAFETY\"}");
            assertThat(skipped.status()).as("§7.1: information for safety first needs a justification").isBetween(400, 409);
            JsonNode controlled = ok(app.host.post(A + "/risks/R-1/controls", EDDIE,
                    "{\"id\":\"C-1\",\"description\":\"Pressure sensor stops the pump\",\"option\":\"INHERENT_SAFETY_BY_DESIGN\"}"));
            assertThat(controlled.at("/controls/0/option").asText()).isEqualTo("INHERENT_SAFETY_BY_DESIGN");
            ok(app.host.post(A + "/risks/R-1/controls/C-1/verifications", EDDIE,
                    "{\"itemId\":\"INF-9\",\"purpose\":\"IMPLEMENTATION\",\"status\":\"PASSED\"}"));
            JsonNode reviewed = ok(app.host.put(A + "/risks/R-1/controls/C-1/new-hazards-review", EDDIE,
                    "{\"introducedHazardIds\":[],\"note\":\"The sensor adds no new energy or information hazard.\"}"));
            assertThat(reviewed.at("/controls/0/newHazardsReviewed").asBoolean()).isTrue();
            JsonNode residual = ok(app.host.put(A + "/risks/R-1/residual", EDDIE, "{\"p1\":1,\"p2\":2,\"severity\":5}"));
            assertThat(residual.at("/residual/p").asInt()).isLessThan(risk.at("/initial/p").asInt());
            TestRestHost.Reply benefit = app.host.put(A + "/risks/R-1/benefit-risk", EDDIE, "{\"reference\":\"BRA-7\","
                    + "\"rationale\":\"Therapy needs a high flow rate\",\"benefitsOutweighResidualRisk\":true}");
            assertThat(benefit.status()).as(benefit.toString()).isEqualTo(200);
            assertThat(JSON.readTree(benefit.body()).at("/benefitRisk/reference").asText()).isEqualTo("BRA-7");
            assertThat(app.host.put(A + "/risks/R-1/benefit-risk", EDDIE, "{\"reference\":\"BRA-7\"}").status())
                    .isEqualTo(400);

            JsonNode row = ok(app.host.get("/projects/INF/risks/register", VERA)).at("/rows/0");
            assertThat(row.get("riskId").asText()).isEqualTo("R-1");
            assertThat(row.get("controls").asInt()).isEqualTo(1);
            assertThat(row.get("residualSeverity").asInt()).isEqualTo(5);

            assertThat(app.host.put(A + "/risks/R-2", EDDIE, "{\"situationId\":\"NOPE\",\"harm\":\"x\",\"p1\":1,\"p2\":1,"
                    + "\"severity\":1}").status()).isEqualTo(404);
            assertThat(app.host.put(A + "/risks/R-1", EDDIE, "{\"p1\":0,\"p2\":1,\"severity\":1}").status()).isEqualTo(400);
            assertThat(app.host.put(A + "/risks/R-1/residual", VERA, "{\"p1\":1,\"p2\":1,\"severity\":1}").status())
                    .isEqualTo(403);
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"risk.saved\"",
                    "\"action\":\"risk.hazard.saved\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    void hazardsAreReadInNaturalIdOrderWithTheirSituationsAPageAtATime(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            for (String id : List.of("H-10", "H-2", "H-1")) {
                ok(app.host.put(A + "/hazards/" + id, EDDIE, "{\"category\":\"ENERGY\",\"name\":\"Hazard " + id
                        + "\",\"catalogueCode\":\"EN-THERMAL-HOT\"}"));
            }
            for (String id : List.of("S-10", "S-9")) {
                ok(app.host.put(A + "/situations/" + id, EDDIE, "{\"hazardId\":\"H-2\",\"sequenceOfEvents\":"
                        + "[\"Heater stuck on\",\"Skin contact\"],\"description\":\"Burn " + id + "\"}"));
            }

            JsonNode all = ok(app.host.get(A + "/hazards", VERA));
            assertThat(all.get("hazards")).extracting(h -> h.get("id").asText()).containsExactly("H-1", "H-2", "H-10");
            JsonNode h2 = all.at("/hazards/1");
            assertThat(h2.get("name").asText()).isEqualTo("Hazard H-2");
            assertThat(h2.get("category").asText()).isEqualTo("ENERGY");
            assertThat(h2.get("description").asText()).isEmpty();
            assertThat(h2.get("catalogueCode").asText()).isEqualTo("EN-THERMAL-HOT");
            assertThat(h2.get("situations")).extracting(s -> s.get("id").asText()).containsExactly("S-9", "S-10");
            assertThat(h2.at("/situations/0/hazardId").asText()).isEqualTo("H-2");
            assertThat(h2.at("/situations/0/sequenceOfEvents")).extracting(JsonNode::asText)
                    .containsExactly("Heater stuck on", "Skin contact");
            assertThat(h2.at("/situations/0/description").asText()).isEqualTo("Burn S-9");
            assertThat(all.at("/hazards/0/situations")).isEmpty();

            JsonNode page = ok(app.host.get(A + "/hazards?offset=1&limit=1", VERA));
            assertThat(page.get("hazards")).extracting(h -> h.get("id").asText()).containsExactly("H-2");
            assertThat(ok(app.host.get(A + "/hazards?offset=3", VERA)).get("hazards")).isEmpty();
            assertError(app.host.get(A + "/hazards?limit=5000", VERA), 400, "bad_request");
            assertError(app.host.get(A + "/hazards?offset=-1", VERA), 400, "bad_request");
        }
    }

    @ActiveObjectsTest
    void aRiskIsReadBackAsTheWritesReturnItAndAnUnknownRiskIs404(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode written = analysedRisk(app, "R-1");
            JsonNode controlled = ok(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-1\","
                    + "\"description\":\"Pressure sensor\",\"option\":\"INHERENT_SAFETY_BY_DESIGN\"}"));
            assertThat(controlled).isNotEqualTo(written);
            assertThat(ok(app.host.get(A + "/risks/R-1", VERA))).isEqualTo(controlled);
            assertError(app.host.get(A + "/risks/R-404", VERA), 404, "unknown_id");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    void theAnnexCCatalogueIsServedWithEveryEntry(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode entries = ok(app.host.get(A + "/catalogue", VERA)).get("entries");
            assertThat(entries).hasSize(AnnexCHazardCatalogue.entries().size());
            AnnexCHazardCatalogue.Entry first = AnnexCHazardCatalogue.entries().get(0);
            assertThat(entries.get(0).get("code").asText()).isEqualTo(first.code());
            assertThat(entries.get(0).get("category").asText()).isEqualTo(first.category().name());
            assertThat(entries.get(0).get("group").asText()).isEqualTo(first.group());
            assertThat(entries.get(0).get("name").asText()).isEqualTo(first.name());
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void fmeaRatingsAreAuditedWithOldAndNewAndTheWorklistPutsHighPriorityAndHighRpnFirst(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            for (String id : List.of("R-1", "R-2", "R-3", "R-4")) {
                analysedRisk(app, id);
            }
            JsonNode rated = ok(app.host.put(A + "/risks/R-1/fmea", EDDIE,
                    "{\"severity\":9,\"occurrence\":4,\"detection\":1}"));
            assertThat(rated.at("/fmea/rpn").asInt()).isEqualTo(36);
            assertThat(rated.at("/fmea/actionPriority").asText()).isEqualTo("MEDIUM");
            assertThat(rated.at("/fmea/severity").asInt()).isEqualTo(9);
            ok(app.host.put(A + "/risks/R-2/fmea", EDDIE, "{\"severity\":2,\"occurrence\":2,\"detection\":2}"));
            ok(app.host.put(A + "/risks/R-2/fmea", EDDIE, "{\"severity\":10,\"occurrence\":10,\"detection\":10}"));
            ok(app.host.put(A + "/risks/R-3/fmea", EDDIE, "{\"severity\":4,\"occurrence\":4,\"detection\":7}"));
            assertThat(ok(app.host.get(A + "/risks/R-4", VERA)).get("fmea").isNull()).isTrue();

            JsonNode worklist = ok(app.host.get("/projects/INF/risks/fmea", VERA));
            assertThat(worklist.get("rows")).extracting(r -> r.get("riskId").asText())
                    .as("HIGH first; then MEDIUM by RPN 112 before 36; the unrated risk is not listed")
                    .containsExactly("R-2", "R-3", "R-1");
            JsonNode top = worklist.at("/rows/0");
            assertThat(top.get("rpn").asInt()).isEqualTo(1000);
            assertThat(top.get("actionPriority").asText()).isEqualTo("HIGH");
            assertThat(top.get("hazardId").asText()).isEqualTo("H-1");
            assertThat(top.get("situationId").asText()).isEqualTo("S-1");
            assertThat(top.get("harm").asText()).isEqualTo("Burn");
            assertThat(List.of(top.get("severity").asInt(), top.get("occurrence").asInt(), top.get("detection").asInt()))
                    .containsExactly(10, 10, 10);
            assertThat(ok(app.host.get("/projects/INF/risks/fmea?offset=1&limit=1", VERA)).get("rows"))
                    .extracting(r -> r.get("riskId").asText()).containsExactly("R-3");
            assertError(app.host.get("/projects/INF/risks/fmea?limit=0", VERA), 400, "bad_request");

            String audit = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(audit).contains("\"fmea\":{\"new\":\"S10 O10 D10\",\"old\":\"S2 O2 D2\"}",
                    "\"fmea\":{\"new\":\"S9 O4 D1\",\"old\":null}");
            long entries = count(audit, "\"action\":\"risk.fmea.rated\"");
            assertThat(entries).isEqualTo(4);

            assertError(app.host.put(A + "/risks/R-1/fmea", EDDIE, "{\"severity\":11,\"occurrence\":4,"
                    + "\"detection\":1}"), 400, "bad_request");
            assertError(app.host.put(A + "/risks/R-1/fmea", EDDIE, "{\"severity\":9,\"occurrence\":4}"), 400,
                    "bad_request");
            assertError(app.host.put(A + "/risks/R-1/fmea", EDDIE, "{\"severity\":9,\"occurrence\":4,"
                    + "\"detection\":1,\"rpn\":36}"), 400, "bad_request");
            assertError(app.host.put(A + "/risks/R-9/fmea", EDDIE, "{\"severity\":9,\"occurrence\":4,"
                    + "\"detection\":1}"), 404, "unknown_id");
            assertThat(count(TestLedger.text(TestLedger.export(app.ledger)), "\"action\":\"risk.fmea.rated\""))
                    .as("refused ratings are not audited").isEqualTo(entries);
            assertThat(ok(app.host.get(A + "/risks/R-1", VERA)).at("/fmea/severity").asInt()).isEqualTo(9);
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-10.2")
    @Clause("ISO14971-10.4")
    @Clause("21CFR11.10(e)")
    void productionInformationFlagsEveryRiskOfItsHazardsUntilEachIsReEvaluated(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            analysedRisk(app, "R-1");
            analysedRisk(app, "R-2");
            ok(app.host.put(A + "/hazards/H-2", EDDIE, "{\"category\":\"OPERATIONAL\",\"name\":\"Wrong dose\"}"));
            ok(app.host.put(A + "/situations/S-2", EDDIE, "{\"hazardId\":\"H-2\",\"sequenceOfEvents\":[\"Typo\"],"
                    + "\"description\":\"Patient gets ten times the dose\"}"));
            ok(app.host.put(A + "/risks/R-3", EDDIE, "{\"situationId\":\"S-2\",\"harm\":\"Overdose\",\"p1\":2,"
                    + "\"p2\":2,\"severity\":5}"));
            long gapsBefore = ok(app.host.get("/projects/INF/risks/summary", VERA)).get("gaps").asLong();

            JsonNode recorded = ok(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CMP-12\","
                    + "\"source\":\"COMPLAINT\",\"summary\":\"Burn reported by a nurse\",\"hazardIds\":[\"H-1\"],"
                    + "\"receivedAt\":\"2026-11-01T09:30:00Z\"}"));
            assertThat(recorded.get("flaggedRiskIds")).extracting(JsonNode::asText).containsExactly("R-1", "R-2");
            assertThat(recorded.at("/information/receivedAt").asText()).isEqualTo("2026-11-01T09:30:00.000Z");
            JsonNode r1 = ok(app.host.get(A + "/risks/R-1", VERA));
            assertThat(r1.get("flaggedForReevaluation").asBoolean()).isTrue();
            assertThat(r1.get("reevaluationReasons")).extracting(JsonNode::asText)
                    .containsExactly("COMPLAINT CMP-12: Burn reported by a nurse");
            assertThat(ok(app.host.get(A + "/risks/R-3", VERA)).get("flaggedForReevaluation").asBoolean()).isFalse();
            JsonNode register = ok(app.host.get("/projects/INF/risks/register", VERA)).get("rows");
            assertThat(register).filteredOn(row -> row.get("riskId").asText().equals("R-1")).singleElement()
                    .satisfies(row -> assertThat(row.get("reevaluationReasons")).extracting(JsonNode::asText)
                            .containsExactly("COMPLAINT CMP-12: Burn reported by a nurse"));
            assertThat(register).filteredOn(row -> row.get("riskId").asText().equals("R-3")).singleElement()
                    .satisfies(row -> assertThat(row.get("reevaluationReasons")).isEmpty());
            JsonNode summary = ok(app.host.get("/projects/INF/risks/summary", VERA));
            assertThat(summary.get("flaggedForReevaluation").asInt()).isEqualTo(2);
            assertThat(summary.get("gaps").asLong()).as("each flag is a §7.6 gap").isEqualTo(gapsBefore + 2);

            JsonNode listed = ok(app.host.get(A + "/production-information", VERA));
            assertThat(listed.get("information")).hasSize(1);
            JsonNode item = listed.at("/information/0");
            assertThat(item.get("id").asText()).isEqualTo("CMP-12");
            assertThat(item.get("source").asText()).isEqualTo("COMPLAINT");
            assertThat(item.get("summary").asText()).isEqualTo("Burn reported by a nurse");
            assertThat(item.get("hazardIds")).extracting(JsonNode::asText).containsExactly("H-1");
            assertThat(item.get("receivedAt").asText()).isEqualTo("2026-11-01T09:30:00.000Z");

            String before = TestLedger.text(TestLedger.export(app.ledger));
            String valid = "\"source\":\"CAPA\",\"summary\":\"Heater relay sticks\",\"receivedAt\":\"2026-11-02T00:00:00Z\"";
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\"," + valid
                    + ",\"hazardIds\":[\"H-2\",\"H-404\"]}"), 404, "unknown_id");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CMP-12\"," + valid
                    + ",\"hazardIds\":[\"H-2\"]}"), 409, "duplicate_id");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\"," + valid
                    + ",\"hazardIds\":[]}"), 400, "missing_value");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\"," + valid
                    + ",\"hazardIds\":\"H-2\"}"), 400, "bad_request");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\",\"source\":\"RUMOUR\","
                    + "\"summary\":\"s\",\"hazardIds\":[\"H-2\"],\"receivedAt\":\"2026-11-02T00:00:00Z\"}"), 400,
                    "bad_request");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\",\"source\":\"CAPA\","
                    + "\"summary\":\"s\",\"hazardIds\":[\"H-2\"],\"receivedAt\":\"yesterday\"}"), 400, "bad_request");
            assertError(app.host.post(A + "/production-information", EDDIE, "{\"id\":\"CAPA-1\",\"source\":\"CAPA\","
                    + "\"summary\":\"s\",\"hazardIds\":[\"H-2\"],\"receivedAt\":\"2026-11-24T00:00:00Z\"}"), 400,
                    "missing_value");
            assertThat(count(TestLedger.text(TestLedger.export(app.ledger)), "\"kind\":\"entry\""))
                    .as("refusals audit nothing").isEqualTo(count(before, "\"kind\":\"entry\""));
            assertThat(ok(app.host.get(A + "/production-information", VERA)).get("information")).hasSize(1);
            assertThat(ok(app.host.get(A + "/risks/R-3", VERA)).get("flaggedForReevaluation").asBoolean()).isFalse();

            assertError(app.host.put(A + "/risks/R-1/reevaluated", EDDIE, "{}"), 400, "bad_request");
            JsonNode reevaluated = ok(app.host.put(A + "/risks/R-1/reevaluated", EDDIE,
                    "{\"rationale\":\"Burns were from a misuse already analysed; estimates stand.\"}"));
            assertThat(reevaluated.get("flaggedForReevaluation").asBoolean()).isFalse();
            assertThat(reevaluated.get("reevaluationReasons")).isEmpty();
            assertError(app.host.put(A + "/risks/R-1/reevaluated", EDDIE, "{\"rationale\":\"again\"}"), 409,
                    "not_flagged");
            assertThat(ok(app.host.get("/projects/INF/risks/summary", VERA)).get("flaggedForReevaluation").asInt())
                    .isEqualTo(1);

            String audit = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(count(audit, "\"action\":\"risk.production-information.recorded\"")).isEqualTo(1);
            assertThat(count(audit, "\"action\":\"risk.reevaluation.flagged\"")).isEqualTo(2);
            assertThat(count(audit, "\"action\":\"risk.reevaluated\"")).isEqualTo(1);
            assertThat(audit).contains("\"flaggedRiskIds\":[\"R-1\",\"R-2\"]",
                    "\"clearedReasons\":[\"COMPLAINT CMP-12: Burn reported by a nurse\"]",
                    "\"reason\":\"Burns were from a misuse already analysed; estimates stand.\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    @Clause("ISO14971-7.1")
    void controlsReferenceControlledDocumentsByNumberShownResolvedWhereTheDirectoryKnowsThem(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            analysedRisk(app, "R-1");
            String before = TestLedger.text(TestLedger.export(app.ledger));
            assertError(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-1\",\"description\":\"d\","
                    + "\"option\":\"INHERENT_SAFETY_BY_DESIGN\",\"documentReferences\":[\"SOP-0001\",\"see the SOP\"]}"),
                    400, "invalid_document_number");
            assertError(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-1\",\"description\":\"d\","
                    + "\"option\":\"INHERENT_SAFETY_BY_DESIGN\",\"documentReferences\":[12]}"), 400, "bad_request");
            assertError(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-1\",\"description\":\"d\","
                    + "\"option\":\"INHERENT_SAFETY_BY_DESIGN\",\"documentReferences\":\"SOP-0001\"}"), 400,
                    "bad_request");
            assertThat(ok(app.host.get(A + "/risks/R-1", VERA)).get("controls")).as("nothing changed").isEmpty();
            assertThat(count(TestLedger.text(TestLedger.export(app.ledger)), "\"kind\":\"entry\""))
                    .as("nothing audited").isEqualTo(count(before, "\"kind\":\"entry\""));

            JsonNode risk = ok(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-1\",\"description\":"
                    + "\"Aseptic preparation\",\"option\":\"INHERENT_SAFETY_BY_DESIGN\",\"documentReferences\":"
                    + "[\"SOP-0001\",\"WI-0012\"]}"));
            JsonNode known = risk.at("/controls/0/documentReferences/0");
            assertThat(known.get("number").asText()).isEqualTo("SOP-0001");
            assertThat(known.get("resolved").asBoolean()).isTrue();
            assertThat(known.get("title").asText()).isEqualTo("Sterile handling");
            assertThat(known.get("status").asText()).isEqualTo("EFFECTIVE");
            assertThat(known.get("url").asText()).startsWith("https://confluence.example/");
            JsonNode unknown = risk.at("/controls/0/documentReferences/1");
            assertThat(unknown.get("number").asText()).isEqualTo("WI-0012");
            assertThat(unknown.get("resolved").asBoolean()).isFalse();
            assertThat(unknown.get("title").isNull()).isTrue();
            assertThat(unknown.get("url").isNull()).isTrue();
            JsonNode plain = ok(app.host.post(A + "/risks/R-1/controls", EDDIE, "{\"id\":\"C-2\",\"description\":"
                    + "\"Second sensor\",\"option\":\"INHERENT_SAFETY_BY_DESIGN\"}"));
            assertThat(plain.at("/controls/1/documentReferences")).isEmpty();
            assertThat(ok(app.host.get(A + "/risks/R-1", VERA))).isEqualTo(plain);

            TestRestHost.Reply export = app.host.get("/projects/INF/export/risk-register.csv", VERA);
            assertThat(export.status()).as(export.toString()).isEqualTo(200);
            String csv = export.body();
            assertThat(csv.split("\r\n")[0]).endsWith(",Controlled documents");
            assertThat(csv.split("\r\n")[1]).endsWith(",SOP-0001 WI-0012");
            assertThat(TestLedger.text(TestLedger.export(app.ledger)))
                    .contains("\"documentReferences\":[\"SOP-0001\",\"WI-0012\"]");

            String edit = A + "/risks/R-1/controls/C-1/document-references";
            String unchanged = TestLedger.text(TestLedger.export(app.ledger));
            assertError(app.host.put(edit, EDDIE, "{\"documentReferences\":[\"not a number\"]}"), 400,
                    "invalid_document_number");
            assertError(app.host.put(edit, EDDIE, "{}"), 400, "bad_request");
            assertError(app.host.put(A + "/risks/R-1/controls/C-9/document-references", EDDIE,
                    "{\"documentReferences\":[]}"), 404, "unknown_id");
            assertThat(count(TestLedger.text(TestLedger.export(app.ledger)), "\"kind\":\"entry\""))
                    .as("refused edits audit nothing").isEqualTo(count(unchanged, "\"kind\":\"entry\""));
            JsonNode edited = ok(app.host.put(edit, EDDIE, "{\"documentReferences\":[\"WI-0012\",\"SOP-0002\"]}"));
            assertThat(edited.at("/controls/0/documentReferences")).extracting(n -> n.get("number").asText())
                    .containsExactly("WI-0012", "SOP-0002");
            assertThat(TestLedger.text(TestLedger.export(app.ledger)))
                    .contains("\"documentReferences\":{\"new\":\"WI-0012 SOP-0002\",\"old\":\"SOP-0001 WI-0012\"}");
        }
    }

    /** Every analysis endpoint: 401 without a user, 403 without the Jira permission (Browse to read, Edit to write). */
    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    @Clause("21CFR11.10(g)")
    void everyAnalysisEndpointNeedsBrowseToReadAndEditToWrite(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            analysedRisk(app, "R-1");
            String before = TestLedger.text(TestLedger.export(app.ledger));
            for (String path : READS) {
                assertError(app.host.get("/projects/INF" + path, null), 401, "not_authenticated");
                assertError(app.host.get("/projects/INF" + path, OLGA), 403, "forbidden");
                assertError(app.host.get("/projects/OTHER" + path, VERA), 403, "forbidden");
                ok(app.host.get("/projects/INF" + path, VERA));
            }
            for (String[] write : WRITES) {
                String path = "/projects/INF" + write[1];
                for (String user : new String[]{null, OLGA, VERA}) {
                    TestRestHost.Reply reply = write[0].equals("PUT") ? app.host.put(path, user, write[2])
                            : app.host.post(path, user, write[2]);
                    assertError(reply, user == null ? 401 : 403, user == null ? "not_authenticated" : "forbidden");
                }
            }
            assertThat(count(TestLedger.text(TestLedger.export(app.ledger)), "\"kind\":\"entry\""))
                    .as("nothing refused was audited").isEqualTo(count(before, "\"kind\":\"entry\""));
        }
    }

    private static final List<String> READS = List.of("/analysis/hazards", "/analysis/catalogue",
            "/analysis/risks/R-1", "/risks/fmea", "/analysis/production-information");

    private static final List<String[]> WRITES = List.of(
            new String[]{"PUT", "/analysis/hazards/H-9", "{\"category\":\"ENERGY\",\"name\":\"x\"}"},
            new String[]{"PUT", "/analysis/situations/S-9", "{\"hazardId\":\"H-1\",\"sequenceOfEvents\":[\"e\"],"
                    + "\"description\":\"d\"}"},
            new String[]{"PUT", "/analysis/risks/R-1", "{\"p1\":1,\"p2\":1,\"severity\":1}"},
            new String[]{"POST", "/analysis/risks/R-1/controls", "{\"id\":\"C-9\",\"description\":\"d\","
                    + "\"option\":\"INHERENT_SAFETY_BY_DESIGN\"}"},
            new String[]{"POST", "/analysis/risks/R-1/controls/C-1/verifications", "{\"itemId\":\"T\","
                    + "\"purpose\":\"IMPLEMENTATION\",\"status\":\"PASSED\"}"},
            new String[]{"PUT", "/analysis/risks/R-1/residual", "{\"p1\":1,\"p2\":1,\"severity\":1}"},
            new String[]{"PUT", "/analysis/risks/R-1/controls/C-1/new-hazards-review", "{\"introducedHazardIds\":[],"
                    + "\"note\":\"n\"}"},
            new String[]{"PUT", "/analysis/risks/R-1/benefit-risk", "{\"reference\":\"B\",\"rationale\":\"r\","
                    + "\"benefitsOutweighResidualRisk\":true}"},
            new String[]{"PUT", "/analysis/risks/R-1/fmea", "{\"severity\":1,\"occurrence\":1,\"detection\":1}"},
            new String[]{"POST", "/analysis/production-information", "{\"id\":\"CMP-9\",\"source\":\"COMPLAINT\","
                    + "\"summary\":\"s\",\"hazardIds\":[\"H-1\"],\"receivedAt\":\"2026-11-01T00:00:00Z\"}"},
            new String[]{"PUT", "/analysis/risks/R-1/reevaluated", "{\"rationale\":\"r\"}"},
            new String[]{"PUT", "/analysis/risks/R-1/controls/C-1/document-references",
                    "{\"documentReferences\":[\"SOP-0001\"]}"});

    /** Hazard H-1, its situation S-1, and the risk (S-1, Burn) estimated P1 3, P2 4, severity 4. */
    private static JsonNode analysedRisk(RiskRestFixture app, String riskId) throws Exception {
        ok(app.host.put(A + "/hazards/H-1", EDDIE, "{\"category\":\"ENERGY\",\"name\":\"Hot surface\"}"));
        ok(app.host.put(A + "/situations/S-1", EDDIE, "{\"hazardId\":\"H-1\",\"sequenceOfEvents\":"
                + "[\"Heater stuck on\"],\"description\":\"Skin touches the hot plate\"}"));
        return ok(app.host.put(A + "/risks/" + riskId, EDDIE, "{\"situationId\":\"S-1\",\"harm\":\"Burn\","
                + "\"p1\":3,\"p2\":4,\"severity\":4}"));
    }

    private static long count(String text, String needle) {
        long n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("hint").asText()).isNotBlank();
        assertThat(error.get("error").asText()).isEqualTo(code);
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
