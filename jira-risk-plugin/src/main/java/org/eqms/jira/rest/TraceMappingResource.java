package org.eqms.jira.rest;

import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.ProjectTraceMappingJson;
import org.eqms.rest.Caller;
import org.eqms.rest.JsonResponses;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;

/**
 * A project's trace mapping ({@code /rest/eqms-risk/1.0/projects/{projectKey}/mapping}): which issue types are which
 * trace roles and which link types which trace links. Project administrators only; a save over a changed revision is
 * refused with 409. Each save is audited with the old and the new mapping.
 */
@Path("/projects/{projectKey}/mapping")
@Produces(JsonResponses.JSON)
public class TraceMappingResource {
    private final RiskAppServices.Source source;

    public TraceMappingResource(RiskAppServices.Source source) {
        this.source = source;
    }

    @GET
    public Response get(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.ADMINISTER.require(services, request, projectKey);
            ProjectTraceMapping mapping = services.mappings().current(projectKey)
                    .orElse(ProjectTraceMapping.empty(projectKey));
            return JsonResponses.ok(ProjectTraceMappingJson.toJson(mapping));
        });
    }

    @PUT
    @Consumes("application/json")
    public Response put(@Context HttpServletRequest request, @PathParam("projectKey") String projectKey, String body) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            Caller caller = ProjectGate.ADMINISTER.require(services, request, projectKey);
            ProjectTraceMapping proposed = ProjectTraceMappingJson.fromText(projectKey, body);
            ProjectTraceMapping saved = services.mappings().save(proposed, caller.userKey(), caller.clientIp());
            return JsonResponses.ok(ProjectTraceMappingJson.toJson(saved));
        });
    }
}
