package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.product.JiraTraceProjection;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;
import org.eqms.trace.reqif.InvalidReqifException;
import org.eqms.trace.reqif.ReqifDocument;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.reqif.ReqifImportPlan;
import org.eqms.trace.reqif.ReqifImporter;
import org.eqms.trace.reqif.ReqifTraceImport;
import org.eqms.trace.reqif.ReqifSchema;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ReqIF into a Jira project's trace: {@code POST /rest/eqms-risk/1.0/projects/{projectKey}/import/reqif} previews,
 * {@code …/import/reqif/apply} imports (the rule: {@link ReqifTraceImport}). The file (the request body,
 * {@code Content-Type: application/xml}) is checked against OMG's ReqIF schema and read; the preview says what it
 * holds (objects and relations by type, types that are no item role or link type, objects matching an item of the
 * project by key) and what the import would do ({@code plan}), changing nothing; the import applies that plan in
 * one audited transaction. Jira's Edit Issues permission is needed for both.
 *
 * <p><b>XSRF.</b> The app's other POSTs accept only {@code application/json}, which a cross-site HTML form cannot
 * send and a cross-site script cannot send without a CORS preflight that Jira does not grant. {@code application/xml}
 * is equally out of reach of a form, but Atlassian REST v1's own XSRF filter checks only the form content types
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}), so the resource does
 * not lean on the content type alone: it also requires the header {@value #XSRF_HEADER}{@code : no-check} (Atlassian's
 * documented opt-out token, also accepted as {@code nocheck}) and refuses the call with 403
 * {@code xsrf_check_failed} without it. A browser sends a custom header cross-origin only after a preflight the
 * server approves, so a forged request can never carry it; scripts and tools set it deliberately. The check runs in
 * the resource, so it holds the same under Atlassian REST v1 and under the sandbox's Jersey.
 *
 * <p>The body is read as bytes, not as text: an XML file names its own encoding, which the parser honours.
 */
@Path("/projects/{projectKey}/import")
@Produces(JsonResponses.JSON)
public class ReqifImportResource {
    static final String XSRF_HEADER = "X-Atlassian-Token";
    /** The largest ReqIF file accepted (ReqIF of 10,000 requirements with rich text is a few tens of MB). */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private final RiskAppServices.Source source;

    public ReqifImportResource(RiskAppServices.Source source) {
        this.source = source;
    }

    /** What importing the file would do; nothing is changed. */
    @POST
    @Path("/reqif")
    @Consumes("application/xml")
    public Response previewReqif(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                 @HeaderParam(XSRF_HEADER) String xsrfToken,
                                 @QueryParam("objectType") List<String> objectTypes,
                                 @QueryParam("relationType") List<String> relationTypes, byte[] body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.EDIT.require(services, request, projectKey);
            requireNoCheckToken(xsrfToken);
            ReqifTraceImport rule = rule(objectTypes, relationTypes);
            String schemaProblem = schemaProblem(requireFile(body));
            ReqifDocument document = read(body);
            TraceGraph graph = services.trace().graph(projectKey);
            ObjectNode json = ExportTables.reqifPreview(projectKey, document, graph, schemaProblem);
            json.set("plan", ExportTables.reqifPlan(rule.plan(document, graph)));
            return JsonResponses.ok(json);
        });
    }

    /**
     * Imports the file into the trace, whole or not at all (422 {@code reqif_not_importable} with the problems when
     * the preview lists any). Objects of other tools' types are imported with {@code objectType=Their type=ROLE}
     * (and relations with {@code relationType=Their type=LINK_TYPE}), repeated as needed.
     */
    @POST
    @Path("/reqif/apply")
    @Consumes("application/xml")
    public Response importReqif(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey,
                                @HeaderParam(XSRF_HEADER) String xsrfToken,
                                @QueryParam("objectType") List<String> objectTypes,
                                @QueryParam("relationType") List<String> relationTypes, byte[] body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.EDIT.require(services, request, projectKey);
            requireNoCheckToken(xsrfToken);
            ReqifTraceImport rule = rule(objectTypes, relationTypes);
            schemaProblem(requireFile(body));
            ReqifDocument document = read(body);
            ReqifImportPlan plan = services.trace().reqif().apply(projectKey, document, body, rule, caller.userKey(),
                    caller.clientIp());
            return JsonResponses.ok(JsonResponses.object().put("projectKey", projectKey)
                    .put("changed", !plan.empty()).set("plan", ExportTables.reqifPlan(plan)));
        });
    }

    private static byte[] requireFile(byte[] body) {
        if (body == null || body.length == 0) {
            throw RestRefusal.badRequest("The request has no ReqIF file.",
                    "Send the .reqif file as the body with Content-Type application/xml.");
        }
        if (body.length > MAX_BYTES) {
            throw new RestRefusal(413, "reqif_too_large", "The ReqIF file has " + body.length
                    + " bytes, more than the " + MAX_BYTES + " accepted.", "Export a smaller module.");
        }
        return body;
    }

    private static ReqifDocument read(byte[] body) {
        try {
            return new ReqifImporter().read(new ByteArrayInputStream(body));
        } catch (InvalidReqifException e) {
            throw new RestRefusal(400, e.code(), e.getMessage(), e.hint());
        } catch (IllegalArgumentException e) {
            throw new RestRefusal(400, InvalidReqifException.INVALID,
                    "The ReqIF file does not hold a consistent model: " + e.getMessage() + ".",
                    "Export the module again from the requirements tool.");
        }
    }

    /** The import rule with the caller's type mappings ({@code Their type=ENUM_NAME}). */
    private static ReqifTraceImport rule(List<String> objectTypes, List<String> relationTypes) {
        return new ReqifTraceImport(JiraTraceProjection.DESCRIPTION,
                mapping(objectTypes, ItemRole.class, "objectType"),
                mapping(relationTypes, LinkType.class, "relationType"));
    }

    private static <E extends Enum<E>> Map<String, E> mapping(List<String> pairs, Class<E> type, String parameter) {
        Map<String, E> mapping = new HashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int equals = pair.lastIndexOf('=');
            String foreign = equals < 0 ? "" : pair.substring(0, equals).trim();
            String name = equals < 0 ? "" : pair.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
            E value = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                    .orElse(null);
            if (foreign.isEmpty() || value == null) {
                throw RestRefusal.badRequest("The " + parameter + " mapping \"" + pair + "\" is not of the form "
                        + "\"type in the file=" + type.getSimpleName() + "\".", "Use one of "
                        + Arrays.toString(type.getEnumConstants()) + " after the last '='.");
            }
            if (mapping.put(foreign, value) != null) {
                throw RestRefusal.badRequest("The " + parameter + " \"" + foreign + "\" is mapped twice.",
                        "Map each type once.");
            }
        }
        return mapping;
    }

    private static void requireNoCheckToken(String token) {
        String value = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        if (!value.equals("no-check") && !value.equals("nocheck")) {
            throw new RestRefusal(403, "xsrf_check_failed", "The request lacks the " + XSRF_HEADER + " header that"
                    + " proves it was not forged by another web site.",
                    "Send the header \"" + XSRF_HEADER + ": no-check\" with the file.");
        }
    }

    /**
     * The first violation of OMG's ReqIF schema, or {@code null} when the file is valid. A file that is not even XML
     * is refused here; a schema violation is reported in the preview (many tools write slightly invalid ReqIF that
     * still reads well), and the reader decides whether it can be read.
     */
    private static String schemaProblem(byte[] body) {
        try {
            new ReqifSchema().validate(new ByteArrayInputStream(body));
            return null;
        } catch (InvalidReqifException e) {
            if (InvalidReqifException.MALFORMED.equals(e.code())) {
                throw new RestRefusal(400, e.code(), e.getMessage(), e.hint());
            }
            return e.getMessage();
        }
    }
}
