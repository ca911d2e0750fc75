package org.eqms.jira.rest;

import org.apache.poi.ss.SpreadsheetVersion;
import org.eqms.jira.app.ProjectExports;
import org.eqms.rest.JsonRequest;
import org.eqms.rest.Caller;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.rest.RestRefusal;
import org.eqms.trace.ItemRole;
import org.eqms.trace.MatrixPage;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.export.CsvExport;
import org.eqms.trace.export.ExportTable;
import org.eqms.trace.export.ExportTooLargeException;
import org.eqms.trace.export.XlsxExport;
import org.eqms.trace.reqif.ReqifDocument;
import org.eqms.trace.reqif.ReqifExporter;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import java.util.function.BiFunction;

/**
 * Files of a Jira project's risk and traceability records ({@code /rest/eqms-risk/1.0/projects/{projectKey}/export/…}):
 * the trace matrix of one role and the risk register as CSV (RFC 4180, UTF-8 with BOM, formula injection guarded) or
 * XLSX, and the whole trace graph as ReqIF 1.2. Jira's Browse Projects permission is needed.
 *
 * <p>Files are streamed ({@link StreamingOutput}): tables are read a page at a time while they are written
 * ({@link ExportTables}), so only one page of rows exists as strings at any time. Everything that can be refused
 * (caller, permission, role, size) is checked, and the export audited in the ledger ({@link ProjectExports}), before
 * the response starts: an export that is sent is always recorded, and a refusal is a JSON error. (Only a failure
 * while writing, such as a database error or a risk register longer than an XLSX sheet, can still end a started
 * response; the client then gets a broken download, never a short file that looks whole.) Served as
 * attachments named {@code <KEY>-trace-matrix.csv}, {@code <KEY>-risk-register.xlsx}, {@code <KEY>-trace.reqif},
 * never cached ({@code Cache-Control: no-store}: the files hold controlled records).
 *
 * <p>The resource has its own root path ({@code …/export}) instead of sharing {@code /projects/{projectKey}} with
 * {@link TraceResource}: under JAX-RS 1.1 (Atlassian REST v1) only the first root resource class whose path matches
 * a request is searched for its methods, so two classes on one path would hide each other's methods.
 */
@Path("/projects/{projectKey}/export")
public class ExportResource {
    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String REQIF = "application/xml;charset=UTF-8";
    /** Data rows an XLSX sheet holds (1,048,576 rows less the header). */
    static final int XLSX_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final RiskAppServices.Source source;

    public ExportResource(RiskAppServices.Source source) {
        this.source = source;
    }

    /** The trace matrix of {@code role} (every row: key, title, role, coverage, upstream and downstream keys, suspect). */
    @GET
    @Path("/matrix.csv")
    @Produces(CSV)
    public Response matrixCsv(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                              @QueryParam("role") @DefaultValue("SOFTWARE_REQUIREMENT") String role) {
        return matrix(request, projectKey, role, Format.CSV);
    }

    @GET
    @Path("/matrix.xlsx")
    @Produces(XLSX)
    public Response matrixXlsx(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                               @QueryParam("role") @DefaultValue("SOFTWARE_REQUIREMENT") String role) {
        return matrix(request, projectKey, role, Format.XLSX);
    }

    /** The risk register (the rows of {@code …/risks/register}, every page). */
    @GET
    @Path("/risk-register.csv")
    @Produces(CSV)
    public Response registerCsv(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return register(request, projectKey, Format.CSV);
    }

    @GET
    @Path("/risk-register.xlsx")
    @Produces(XLSX)
    public Response registerXlsx(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return register(request, projectKey, Format.XLSX);
    }

    /**
     * The whole trace graph as one ReqIF 1.2 file, valid against OMG's schema: an object per item (type = role), a
     * relation per link (type = link type); see {@link ExportTables#reqif}.
     */
    @GET
    @Path("/trace.reqif")
    @Produces(REQIF)
    public Response reqif(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.BROWSE.require(services, request, projectKey);
            ReqifDocument document = ExportTables.reqif(projectKey, services.trace().graph(projectKey));
            String fileName = fileName(projectKey, "trace.reqif");
            new ProjectExports(services.trace()).exported(projectKey, ProjectExports.REQIF_EXPORTED, "reqif", fileName,
                    Map.of("objects", Integer.toString(document.objects().size()),
                            "relations", Integer.toString(document.relations().size())),
                    caller.userKey(), caller.clientIp());
            ReqifExporter exporter = new ReqifExporter(Clock.systemUTC());
            return attachment(out -> exporter.write(document, out), REQIF, fileName);
        });
    }

    private Response matrix(HttpServletRequest request, String projectKey, String role, Format format) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.BROWSE.require(services, request, projectKey);
            ItemRole rowRole = JsonRequest.enumValue(ItemRole.class, role, "role");
            TraceGraph graph = services.trace().graph(projectKey);
            SuspectLinks suspects = services.trace().suspects(projectKey);
            MatrixPage first = ExportTables.firstMatrixPage(graph, suspects, rowRole);
            if (format == Format.XLSX && first.total() > XLSX_MAX_ROWS) {
                throw new RestRefusal(400, ExportTooLargeException.CODE, "The matrix has " + first.total()
                        + " rows, more than an Excel sheet holds (" + XLSX_MAX_ROWS + ").", "Export the matrix as CSV.");
            }
            String fileName = fileName(projectKey, "trace-matrix." + format.extension);
            new ProjectExports(services.trace()).exported(projectKey, ProjectExports.MATRIX_EXPORTED,
                    format.extension, fileName, Map.of("role", rowRole.name(), "rows", Integer.toString(first.total())),
                    caller.userKey(), caller.clientIp());
            ExportTexts texts = ExportTexts.english();
            ExportTable table = ExportTables.matrix(graph, suspects, first, rowRole, texts);
            return attachment(format.writer(table, texts.matrixSheet()), format.mediaType, fileName);
        });
    }

    private Response register(HttpServletRequest request, String projectKey, Format format) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.BROWSE.require(services, request, projectKey);
            String fileName = fileName(projectKey, "risk-register." + format.extension);
            new ProjectExports(services.trace()).exported(projectKey, ProjectExports.RISK_REGISTER_EXPORTED,
                    format.extension, fileName, Map.of(), caller.userKey(), caller.clientIp());
            ExportTexts texts = ExportTexts.english();
            StreamingOutput body = out -> {
                try (Stream<RiskRegisterRow> rows = services.risk().rows(projectKey)) {
                    format.writer(ExportTables.register(rows.iterator(), texts), texts.registerSheet()).write(out);
                }
            };
            return attachment(body, format.mediaType, fileName);
        });
    }

    private static Response attachment(StreamingOutput body, String mediaType, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff").build();
    }

    /** {@code <KEY>-<name>}, the key reduced to the characters a file name and the header may safely hold. */
    static String fileName(String projectKey, String name) {
        return projectKey.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + name;
    }

    private enum Format {
        CSV("csv", ExportResource.CSV, (table, sheet) -> out -> new CsvExport().write(table, out)),
        XLSX("xlsx", ExportResource.XLSX, (table, sheet) -> out -> new XlsxExport().write(table, sheet, out));

        final String extension;
        final String mediaType;
        private final BiFunction<ExportTable, String, StreamingOutput> writer;

        Format(String extension, String mediaType,
               BiFunction<ExportTable, String, StreamingOutput> writer) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.writer = writer;
        }

        StreamingOutput writer(ExportTable table, String sheetName) {
            return writer.apply(table, sheetName);
        }
    }
}
