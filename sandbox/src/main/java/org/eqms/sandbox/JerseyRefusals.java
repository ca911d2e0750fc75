package org.eqms.sandbox;

import org.eqms.rest.JsonResponses;
import org.glassfish.jersey.server.ParamException;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * Jersey's own refusals, made before an app's resource method runs (no such path, a method or content type the
 * endpoint does not take, a path or query parameter that does not convert to its Java type), answered in the apps'
 * JSON error format (DESIGN §7) instead of the servlet container's HTML page, so a REST client gets one error format
 * from every endpoint. A query parameter of the wrong kind is bad input (400), not a missing resource (Jersey's 404).
 * Responses that carry an entity already pass through unchanged.
 */
public final class JerseyRefusals implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response != null && response.hasEntity()) {
            return response;
        }
        int status = response == null ? 500 : response.getStatus();
        if (exception instanceof ParamException param) {
            return parameter(param, status);
        }
        Response json = switch (status) {
            case 404 -> JsonResponses.error(404, "not_found", "There is no such REST resource.",
                    "Check the URL and the ids in it.");
            case 405 -> JsonResponses.error(405, "method_not_allowed", "This REST resource does not take that HTTP"
                    + " method.", "Use one of: " + allowed(response) + ".");
            case 406 -> JsonResponses.error(406, "not_acceptable", "This REST resource cannot answer in the media type"
                    + " the request accepts.", "Accept application/json.");
            case 415 -> JsonResponses.error(415, "unsupported_media_type", "This REST resource does not take a body"
                    + " of that content type.", "Send the content type the endpoint takes: application/json, or"
                    + " application/xml for a ReqIF import.");
            default -> JsonResponses.error(status, status >= 500 ? "internal_error" : "bad_request",
                    status >= 500 ? "The server could not complete the request." : "The request was refused.",
                    status >= 500 ? "Try again; if it persists, give the time to your administrator."
                            : "Check the request against the endpoint's documentation.");
        };
        if (response != null && response.getHeaderString("Allow") != null) {
            return Response.fromResponse(json).header("Allow", response.getHeaderString("Allow")).build();
        }
        return json;
    }

    private static Response parameter(ParamException param, int status) {
        if (param instanceof ParamException.PathParamException) {
            return JsonResponses.error(404, "not_found", "There is nothing at \"" + param.getParameterName()
                    + "\" of that form.", "Check the id in the URL.");
        }
        String kind = param.getParameterType() == null ? "parameter" : "@" + param.getParameterType().getSimpleName();
        return JsonResponses.error(status >= 500 ? status : 400, "bad_request", "The " + kind + " \""
                + param.getParameterName() + "\" does not have a value of the right kind.",
                "Send \"" + param.getParameterName() + "\" as the endpoint documents it (e.g. a whole number).");
    }

    private static String allowed(Response response) {
        String allow = response == null ? null : response.getHeaderString("Allow");
        return allow == null || allow.isBlank() ? "the methods the endpoint documents" : allow;
    }
}
