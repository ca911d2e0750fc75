package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eqms.compliance.Clause;
import org.eqms.jira.app.ProjectExports;
import org.eqms.jira.product.JiraTraceProjection;
import org.eqms.jira.store.AoHazardRepository;
import org.eqms.jira.store.AoRiskRepository;
import org.eqms.rest.testing.HeaderUserManager;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.trace.ItemRole;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.reqif.ReqifDocument;
import org.eqms.trace.reqif.ReqifExporter;
import org.eqms.trace.reqif.ReqifImporter;
import org.eqms.trace.reqif.ReqifObject;
import org.eqms.trace.reqif.ReqifRelation;
import org.eqms.trace.reqif.ReqifTraceAttributes;
import org.eqms.trace.reqif.ReqifSchema;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.PROJECT;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/**
 * Exports of a project (trace matrix and risk register as CSV and XLSX, the trace as ReqIF) and the ReqIF import
 * preview, on real AO stores, through Jetty and Jersey: the files' content, their audit, and who may fetch them.
 */
class ExportRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String E = "/projects/INF/export";
    private static final String IMPORT = "/projects/INF/import/reqif";
    private static final String APPLY_EXT = "/projects/EXT/import/reqif/apply";
    private static final String CRLF = "\r\n";
    private static final String MATRIX_HEADER = "Key,Title,Role,Coverage,Upstream keys,Downstream keys,Suspect";

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    @Clause("21CFR11.10(b)")
    void theMatrixCsvHasEveryRowOfTheRoleQuotedAsRfc4180AndGuardedAgainstFormulas(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            app.stores.graph(PROJECT).saveItem(TraceItem.of("7", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2",
                    "=HYPERLINK(\"http://evil\"), log \"every\" dose"));
            Download csv = get(app, E + "/matrix.csv", VERA);
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"INF-trace-matrix.csv\"");
            assertThat(csv.header("Cache-Control")).isEqualTo("no-store");
            assertThat(csv.text()).isEqualTo("\uFEFF" + MATRIX_HEADER + CRLF
                    + "SRS-1,Limit the dose,SOFTWARE_REQUIREMENT,OPEN,,T-2,no" + CRLF
                    + "SRS-2,\"'=HYPERLINK(\"\"http://evil\"\"), log \"\"every\"\" dose\",SOFTWARE_REQUIREMENT,NOT_VERIFIED,,,no"
                    + CRLF);

            app.change(TraceItem.of("2", ItemRole.RISK_CONTROL, "RC-1", "Dose limit check, 10 mL/h"), EDDIE);
            Download controls = get(app, E + "/matrix.csv?role=risk_control", VERA);
            assertThat(controls.text()).isEqualTo("\uFEFF" + MATRIX_HEADER + CRLF
                    + "RC-1,\"Dose limit check, 10 mL/h\",RISK_CONTROL,PASSED,HS-1,IMPL-1; T-1,yes" + CRLF);
            assertThat(controls.header("Content-Disposition")).isEqualTo("attachment; filename=\"INF-trace-matrix.csv\"");

            Download bad = get(app, E + "/matrix.csv?role=NOPE", VERA);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("error").asText()).isEqualTo("bad_request");
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    void aMatrixOfMoreRowsThanAPageIsStreamedWholeInKeyOrderAsCsvAndXlsx(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            int extra = 2 * ExportTables.PAGE + 3;
            ao.executeInTransaction(() -> {
                for (int i = 3; i < 3 + extra; i++) {
                    app.stores.graph(PROJECT).saveItem(TraceItem.of("r" + i, ItemRole.SOFTWARE_REQUIREMENT, "SRS-" + i,
                            "Requirement " + i));
                }
                return null;
            });
            List<String> expectedKeys = IntStream.rangeClosed(1, 2 + extra).mapToObj(i -> "SRS-" + i).toList();

            String[] lines = get(app, E + "/matrix.csv", VERA).text().split(CRLF);
            assertThat(lines).hasSize(1 + expectedKeys.size());
            assertThat(Arrays.stream(lines).skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactlyElementsOf(expectedKeys);

            Download xlsx = get(app, E + "/matrix.xlsx", VERA);
            assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
            assertThat(xlsx.contentType()).isEqualTo(ExportResource.XLSX);
            assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"INF-trace-matrix.xlsx\"");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("Trace matrix");
                assertThat(cells(sheet.getRow(0))).containsExactlyElementsOf(ExportTables.MATRIX_HEADERS);
                assertThat(sheet.getLastRowNum()).isEqualTo(expectedKeys.size());
                List<String> keys = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    keys.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
                assertThat(keys).containsExactlyElementsOf(expectedKeys);
                assertThat(cells(sheet.getRow(1))).containsExactly("SRS-1", "Limit the dose", "SOFTWARE_REQUIREMENT",
                        "OPEN", "", "T-2", "no");
            }
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-7.6")
    void theRiskRegisterExportsEveryRiskAsCsvAndXlsx(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            int risks = ExportTables.PAGE + 2;
            seedRisks(ao, risks);
            String[] lines = get(app, E + "/risk-register.csv", VERA).text().split(CRLF);
            assertThat(lines).hasSize(1 + risks);
            assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",", ExportTables.REGISTER_HEADERS));
            assertThat(lines[1]).startsWith("R-001,H-1,HS-1,\"Overdose 1, severe\",4,").endsWith(",0,0,,,,no,no,,,");
            assertThat(lines[risks]).startsWith("R-" + risks + ",H-1,HS-1,");

            Download xlsx = get(app, E + "/risk-register.xlsx", VERA);
            assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"INF-risk-register.xlsx\"");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("Risk register");
                assertThat(sheet.getLastRowNum()).isEqualTo(risks);
                assertThat(cells(sheet.getRow(1))).startsWith("R-001", "H-1", "HS-1", "Overdose 1, severe", "4");
            }
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    void theTraceAsReqifIsSchemaValidAndReadsBackAsTheSameItemsAndLinks(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            app.stores.graph(PROJECT).saveItem(TraceItem.of("5", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Limit the dose")
                    .withField(JiraTraceProjection.DESCRIPTION, "The pump shall stop at 10 mL/h.\nAlarm <loud> & clear."));
            Download reqif = get(app, E + "/trace.reqif", VERA);
            assertThat(reqif.status()).as(reqif.toString()).isEqualTo(200);
            assertThat(reqif.contentType()).startsWith("application/xml");
            assertThat(reqif.header("Content-Disposition")).isEqualTo("attachment; filename=\"INF-trace.reqif\"");
            new ReqifSchema().validate(new ByteArrayInputStream(reqif.body()));

            ReqifDocument read = new ReqifImporter().read(new ByteArrayInputStream(reqif.body()));
            assertThat(read).isEqualTo(ExportTables.reqif(PROJECT, app.trace.graph(PROJECT)));
            assertThat(read.objects()).extracting(ReqifObject::id)
                    .containsExactly("SRS-1", "SRS-2", "HS-1", "RC-1", "IMPL-1", "T-1", "T-2");
            ReqifObject srs1 = read.objects().get(0);
            assertThat(srs1.type()).isEqualTo("SOFTWARE_REQUIREMENT");
            assertThat(srs1.title()).isEqualTo("Limit the dose");
            assertThat(srs1.text()).isEqualTo("The pump shall stop at 10 mL/h.\nAlarm <loud> & clear.");
            assertThat(read.objects().get(5).attributes()).containsEntry(ReqifTraceAttributes.VERIFICATION_STATUS, "PASSED");
            assertThat(read.relations()).extracting(ReqifRelation::type, ReqifRelation::sourceId, ReqifRelation::targetId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("MITIGATED_BY", "HS-1", "RC-1"),
                            org.assertj.core.groups.Tuple.tuple("IMPLEMENTED_BY", "RC-1", "IMPL-1"),
                            org.assertj.core.groups.Tuple.tuple("VERIFIED_BY", "RC-1", "T-1"),
                            org.assertj.core.groups.Tuple.tuple("VERIFIED_BY", "SRS-1", "T-2"));
        }
    }

    @ActiveObjectsTest
    void theReqifImportPreviewCountsByTypeNamesUnknownTypesAndChangesNothing(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            TraceGraph before = app.trace.graph(PROJECT);
            byte[] ours = get(app, E + "/trace.reqif", VERA).body();
            long entries = entries(app).size();

            Download own = postXml(app, EDDIE, ours, "no-check");
            assertThat(own.status()).as(own.toString()).isEqualTo(200);
            JsonNode preview = JSON.readTree(own.body());
            assertThat(preview.get("objects").asInt()).isEqualTo(7);
            assertThat(preview.get("relations").asInt()).isEqualTo(4);
            assertThat(preview.at("/objectsByType/VERIFICATION").asInt()).isEqualTo(2);
            assertThat(preview.at("/objectsByType/SOFTWARE_REQUIREMENT").asInt()).isEqualTo(2);
            assertThat(preview.at("/relationsByType/VERIFIED_BY").asInt()).isEqualTo(2);
            assertThat(preview.get("unknownObjectTypes")).isEmpty();
            assertThat(preview.get("unknownRelationTypes")).isEmpty();
            assertThat(preview.get("matchingItems").asInt()).isEqualTo(7);
            assertThat(preview.get("newItems").asInt()).isZero();
            assertThat(preview.at("/schema/valid").asBoolean()).isTrue();
            assertThat(preview.get("changed").asBoolean()).isFalse();

            ReqifDocument foreign = new ReqifDocument("Pump stakeholder needs", List.of(
                    new ReqifObject("SN-1", "Stakeholder Requirement", "Safe infusion", "Never overdose", Map.of()),
                    new ReqifObject("SRS-1", "SOFTWARE_REQUIREMENT", "Limit the dose", "", Map.of()),
                    new ReqifObject("SRS-99", "SOFTWARE_REQUIREMENT", "New one", "", Map.of())),
                    List.of(new ReqifRelation("r1", "refines", "SRS-1", "SN-1"),
                            new ReqifRelation("r2", "DERIVES", "SRS-1", "SRS-99")));
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            new ReqifExporter(Clock.systemUTC()).write(foreign, file);
            JsonNode other = JSON.readTree(postXml(app, RiskRestFixture.ADA, file.toByteArray(), "nocheck").body());
            assertThat(other.at("/objectsByType/Stakeholder Requirement").asInt()).isEqualTo(1);
            assertThat(other.get("unknownObjectTypes")).extracting(JsonNode::asText).containsExactly("Stakeholder Requirement");
            assertThat(other.get("unknownRelationTypes")).extracting(JsonNode::asText).containsExactly("refines");
            assertThat(other.get("matchingItems").asInt()).isEqualTo(1);
            assertThat(other.get("newItems").asInt()).isEqualTo(2);

            assertError(postXml(app, EDDIE, "not xml at all".getBytes(StandardCharsets.UTF_8), "no-check"), 400,
                    "reqif_malformed");
            assertError(postXml(app, EDDIE, "<html xmlns=\"http://www.w3.org/1999/xhtml\"/>".getBytes(StandardCharsets.UTF_8),
                    "no-check"), 400, "reqif_not_reqif");
            assertError(postXml(app, EDDIE, new byte[0], "no-check"), 400, "bad_request");

            TraceGraph after = app.trace.graph(PROJECT);
            assertThat(after.items().toList()).containsExactlyInAnyOrderElementsOf(before.items().toList());
            assertThat(after.links().toList()).containsExactlyInAnyOrderElementsOf(before.links().toList());
            assertThat(entries(app)).as("previews are not audited: they change nothing").hasSize((int) entries);
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    @Clause("21CFR11.10(e)")
    void aReqifExportImportedIntoAnotherProjectReproducesItsTraceAndImportingItAgainChangesNothing(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            byte[] file = get(app, E + "/trace.reqif", VERA).body();
            int before = entries(app).size();

            Download imported = send(app, "POST", APPLY_EXT, EDDIE, "application/xml", file, "no-check");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            JsonNode reply = JSON.readTree(imported.body());
            assertThat(reply.get("changed").asBoolean()).isTrue();
            assertThat(reply.at("/plan/added").asInt()).isEqualTo(7);
            assertThat(reply.at("/plan/linksAdded").asInt()).isEqualTo(4);

            TraceGraph source = app.trace.graph(PROJECT);
            TraceGraph copy = app.trace.graph(RiskRestFixture.SECOND);
            assertThat(copy.items().map(ExportRestTest::content))
                    .containsExactlyInAnyOrderElementsOf(source.items().map(ExportRestTest::content).toList());
            assertThat(copy.links().map(l -> keyed(copy, l)))
                    .containsExactlyInAnyOrderElementsOf(source.links().map(l -> keyed(source, l)).toList());
            assertThat(copy.items()).allSatisfy(item -> assertThat(item.id()).startsWith("reqif:"));

            List<JsonNode> audit = entries(app).subList(before, entries(app).size());
            assertThat(audit).hasSize(8);
            assertThat(audit.subList(0, 7)).allSatisfy(e -> {
                assertThat(e.get("action").asText()).isEqualTo("trace.item.imported");
                assertThat(e.at("/object/id").asText()).startsWith("EXT/reqif:");
                assertThat(e.at("/data/changes/contentHash/new").asText()).hasSize(64);
            });
            JsonNode summary = audit.get(7);
            assertThat(summary.get("action").asText()).isEqualTo("trace.reqif.imported");
            assertThat(summary.at("/actor/userKey").asText()).isEqualTo(EDDIE);
            assertThat(summary.at("/data/sha256").asText()).isEqualTo(org.eqms.audit.canonical.Sha256.hex(file));
            assertThat(summary.at("/data/added").asText()).isEqualTo("7");

            JsonNode again = JSON.readTree(send(app, "POST", APPLY_EXT, EDDIE, "application/xml", file, "no-check").body());
            assertThat(again.get("changed").asBoolean()).isFalse();
            assertThat(again.at("/plan/unchanged").asInt()).isEqualTo(7);
            assertThat(again.at("/plan/linksKnown").asInt()).isEqualTo(4);
            JsonNode own = JSON.readTree(postXml(app, EDDIE, file, "no-check").body());
            assertThat(own.at("/plan/unchanged").asInt()).as("INF's own export matches INF").isEqualTo(7);
            assertThat(own.at("/plan/heldInJira")).isEmpty();
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-7.4.1")
    void reimportingAChangedRequirementMarksItsDownstreamLinksSuspectAndItemsHeldInJiraAreOnlyReported(
            ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            String map = "?objectType=" + enc("Stakeholder need=system_requirement") + "&relationType="
                    + enc("refines=DERIVES");
            byte[] first = reqif(new ReqifObject("SN-1", "Stakeholder need", "Safe infusion", "Never overdose", Map.of()),
                    new ReqifObject("SRS-1", "SOFTWARE_REQUIREMENT", "Limit the dose", "", Map.of()));
            Download preview = send(app, "POST", IMPORT + map, EDDIE, "application/xml", first, "no-check");
            assertThat(JSON.readTree(preview.body()).at("/plan/added").asInt()).isEqualTo(1);
            assertThat(app.trace.graph(PROJECT).contains("reqif:SN-1")).as("a preview changes nothing").isFalse();
            Download applied = send(app, "POST", IMPORT + "/apply" + map, EDDIE, "application/xml", first, "no-check");
            assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
            TraceLink derives = new TraceLink("reqif:SN-1", org.eqms.trace.LinkType.DERIVES, "5");
            assertThat(app.trace.graph(PROJECT).contains(derives)).isTrue();
            assertThat(app.trace.suspects(PROJECT).isSuspect(derives)).as("a link the import adds").isFalse();

            byte[] second = reqif(new ReqifObject("SN-1", "Stakeholder need", "Safe infusion", "Never exceed 10 mL/h",
                    Map.of()), new ReqifObject("SRS-1", "SOFTWARE_REQUIREMENT", "Limit the dose to 10 mL/h", "",
                    Map.of()));
            JsonNode reply = JSON.readTree(send(app, "POST", IMPORT + "/apply" + map, EDDIE, "application/xml", second,
                    "no-check").body());
            assertThat(reply.at("/plan/changed").asInt()).isEqualTo(1);
            assertThat(reply.at("/plan/heldInJira")).extracting(JsonNode::asText).containsExactly("SRS-1");
            assertThat(app.trace.graph(PROJECT).require("reqif:SN-1").field(JiraTraceProjection.DESCRIPTION))
                    .isEqualTo("Never exceed 10 mL/h");
            assertThat(app.trace.graph(PROJECT).require("5").title()).as("Jira holds SRS-1").isEqualTo("Limit the dose");
            assertThat(app.trace.suspects(PROJECT).isSuspect(derives)).isTrue();
            assertThat(app.trace.suspects(PROJECT).isSuspect(new TraceLink("5", org.eqms.trace.LinkType.VERIFIED_BY,
                    "6"))).isTrue();
        }
    }

    @ActiveObjectsTest
    void aFileTheTraceCannotTakeIsRefusedWholeWithItsProblemsAndChangesNothing(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            TraceGraph before = app.trace.graph(PROJECT);
            int entries = entries(app).size();
            byte[] file = reqif(new ReqifObject("SN-1", "Stakeholder need", "Safe infusion", "", Map.of()),
                    new ReqifObject("SRS-1", "SOFTWARE_REQUIREMENT", "Limit the dose", "", Map.of()));

            Download refused = send(app, "POST", IMPORT + "/apply", EDDIE, "application/xml", file, "no-check");
            assertError(refused, 422, "reqif_not_importable");
            assertThat(JSON.readTree(refused.body()).get("message").asText())
                    .contains("Object SN-1 has type \"Stakeholder need\", which is no item role.")
                    .contains("Relation r1 has type \"refines\"");
            JsonNode preview = JSON.readTree(postXml(app, EDDIE, file, "no-check").body());
            assertThat(preview.at("/plan/applicable").asBoolean()).isFalse();
            assertThat(preview.at("/plan/problems")).hasSize(2);

            assertError(send(app, "POST", IMPORT + "/apply?objectType=" + enc("Stakeholder need=NEED"), EDDIE,
                    "application/xml", file, "no-check"), 400, "bad_request");
            assertError(send(app, "POST", IMPORT + "/apply?objectType=" + enc("SYSTEM_REQUIREMENT"), EDDIE,
                    "application/xml", file, "no-check"), 400, "bad_request");
            assertError(send(app, "POST", IMPORT + "/apply", EDDIE, "application/xml",
                    "<nope/>".getBytes(StandardCharsets.UTF_8), "no-check"), 400, "reqif_not_reqif");

            TraceGraph after = app.trace.graph(PROJECT);
            assertThat(after.items().toList()).containsExactlyInAnyOrderElementsOf(before.items().toList());
            assertThat(after.links().toList()).containsExactlyInAnyOrderElementsOf(before.links().toList());
            assertThat(entries(app)).hasSize(entries);
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    void anonymousCallersGet401AndCallersWithoutJiraPermissionGet403AndTheImportNeedsTheXsrfHeader(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            for (String file : new String[]{"matrix.csv", "matrix.xlsx", "risk-register.csv", "risk-register.xlsx",
                    "trace.reqif"}) {
                assertError(get(app, E + "/" + file, null), 401, "not_authenticated");
                assertError(get(app, E + "/" + file, OLGA), 403, "forbidden");
                assertError(get(app, "/projects/OTHER/export/" + file, VERA), 403, "forbidden");
            }
            byte[] reqif = get(app, E + "/trace.reqif", VERA).body();
            assertError(postXml(app, null, reqif, "no-check"), 401, "not_authenticated");
            assertError(postXml(app, OLGA, reqif, "no-check"), 403, "forbidden");
            assertError(postXml(app, VERA, reqif, "no-check"), 403, "forbidden");
            assertError(postXml(app, EDDIE, reqif, null), 403, "xsrf_check_failed");
            assertError(postXml(app, EDDIE, reqif, "check"), 403, "xsrf_check_failed");
            String apply = IMPORT + "/apply";
            assertError(send(app, "POST", apply, null, "application/xml", reqif, "no-check"), 401, "not_authenticated");
            assertError(send(app, "POST", apply, VERA, "application/xml", reqif, "no-check"), 403, "forbidden");
            assertError(send(app, "POST", apply, EDDIE, "application/xml", reqif, null), 403, "xsrf_check_failed");
            assertError(send(app, "POST", "/projects/OTHER/import/reqif/apply", EDDIE, "application/xml", reqif,
                    "no-check"), 403, "forbidden");
            assertThat(send(app, "POST", apply, EDDIE, "text/plain", reqif, "no-check").status()).isEqualTo(415);
            assertThat(send(app, "POST", IMPORT, EDDIE, "text/plain", reqif, "no-check").status())
                    .as("a form-able content type is not accepted").isEqualTo(415);
            assertThat(send(app, "POST", IMPORT, EDDIE, "application/x-www-form-urlencoded", reqif, "no-check").status())
                    .isEqualTo(415);

            String ledger = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(ledger).contains(ProjectExports.REQIF_EXPORTED).doesNotContain(ProjectExports.MATRIX_EXPORTED)
                    .doesNotContain(ProjectExports.RISK_REGISTER_EXPORTED);
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void everyExportIsRecordedInTheLedgerWithWhoWhatFileAndClientAddress(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            seedRisks(ao, 3);
            for (String file : new String[]{"matrix.csv", "matrix.xlsx?role=VERIFICATION", "risk-register.csv",
                    "risk-register.xlsx", "trace.reqif"}) {
                assertThat(get(app, E + "/" + file, VERA).status()).isEqualTo(200);
            }
            List<JsonNode> entries = entries(app).stream()
                    .filter(e -> e.get("action").asText().endsWith(".exported")).toList();
            assertThat(entries).extracting(e -> e.get("action").asText()).containsExactly(
                    ProjectExports.MATRIX_EXPORTED, ProjectExports.MATRIX_EXPORTED,
                    ProjectExports.RISK_REGISTER_EXPORTED, ProjectExports.RISK_REGISTER_EXPORTED,
                    ProjectExports.REQIF_EXPORTED);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.at("/actor/userKey").asText()).isEqualTo(VERA);
                assertThat(e.at("/object/id").asText()).isEqualTo(PROJECT);
                assertThat(e.at("/data/clientIp").asText()).isEqualTo("127.0.0.1");
            });
            JsonNode first = entries.get(0).get("data");
            assertThat(first.get("fileName").asText()).isEqualTo("INF-trace-matrix.csv");
            assertThat(first.get("format").asText()).isEqualTo("csv");
            assertThat(first.get("role").asText()).isEqualTo("SOFTWARE_REQUIREMENT");
            assertThat(first.get("rows").asText()).isEqualTo("2");
            assertThat(entries.get(1).at("/data/role").asText()).isEqualTo("VERIFICATION");
            assertThat(entries.get(3).at("/data/fileName").asText()).isEqualTo("INF-risk-register.xlsx");
            assertThat(entries.get(4).at("/data/objects").asText()).isEqualTo("7");
            assertThat(entries.get(4).at("/data/relations").asText()).isEqualTo("4");
        }
    }

    /** An item as a key, role, title, fields and role values: what a ReqIF round trip must keep (ids differ). */
    private static String content(TraceItem item) {
        return item.key() + "|" + item.role() + "|" + item.title() + "|" + item.fields() + "|" + item.acceptability()
                + "|" + item.status() + "|" + item.level() + "|" + item.safetyClass();
    }

    private static String keyed(TraceGraph graph, TraceLink link) {
        return graph.require(link.from()).key() + " " + link.type() + " " + graph.require(link.to()).key();
    }

    private static byte[] reqif(ReqifObject... objects) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new ReqifExporter(Clock.systemUTC()).write(new ReqifDocument("needs", List.of(objects),
                List.of(new ReqifRelation("r1", "refines", objects[0].id(), objects[1].id()))), file);
        return file.toByteArray();
    }

    private static String enc(String query) {
        return java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The entries of the ledger's export, checked to verify. */
    private static List<JsonNode> entries(RiskRestFixture app) throws IOException {
        byte[] export = TestLedger.export(app.ledger);
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : TestLedger.text(export).split("\n")) {
            JsonNode node = JSON.readTree(line);
            if ("entry".equals(node.path("kind").asText())) {
                entries.add(node);
            }
        }
        return entries;
    }

    private static void seedRisks(ActiveObjects ao, int count) {
        AoHazardRepository hazards = new AoHazardRepository(ao);
        AoRiskRepository risks = new AoRiskRepository(ao);
        hazards.saveHazard(PROJECT, new Hazard("H-1", HazardCategory.ENERGY, "Excess flow", "Pump delivers too much", null));
        HazardousSituation situation = new HazardousSituation("HS-1", "H-1", List.of("Free flow", "Patient connected"),
                "Patient receives an overdose");
        hazards.saveSituation(PROJECT, situation);
        RiskAcceptabilityPolicy policy = RiskAcceptabilityPolicy.defaults();
        ao.executeInTransaction(() -> {
            for (int i = 1; i <= count; i++) {
                risks.save(RiskRecord.analysed(String.format("R-%03d", i), PROJECT, situation,
                        new Harm("Overdose " + i + ", severe"), RiskEstimate.qualitative(policy, 3, 4, 4)));
            }
            return null;
        });
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    private static Download get(RiskRestFixture app, String path, String user) {
        return send(app, "GET", path, user, null, null, null);
    }

    private static Download postXml(RiskRestFixture app, String user, byte[] body, String xsrfToken) {
        return send(app, "POST", IMPORT, user, "application/xml", body, xsrfToken);
    }

    private static Download send(RiskRestFixture app, String method, String path, String user, String contentType,
                                 byte[] body, String xsrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.host.origin() + app.host.base() + path));
        if (user != null) {
            request.header(HeaderUserManager.HEADER, user);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (xsrfToken != null) {
            request.header(ReqifImportResource.XSRF_HEADER, xsrfToken);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertError(Download reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("hint").asText()).isNotBlank();
        assertThat(error.get("error").asText()).isEqualTo(code);
    }

    private record Download(int status, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(", ", e.getValue())).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
