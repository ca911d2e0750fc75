package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.rest.JsonResponses;
import org.eqms.rest.RestRefusal;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import java.util.function.BiConsumer;

/** The {@code offset}/{@code limit} query parameters of a paged list: offset 0 or more, limit 1 to {@value #MAX_LIMIT}. */
final class PageRequest {
    static final int MAX_LIMIT = 1000;
    static final String DEFAULT_LIMIT = "500";

    private PageRequest() {
    }

    /** @throws RestRefusal 400 if the page is not valid */
    static void require(long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw RestRefusal.badRequest("offset " + offset + " / limit " + limit + " is not a valid page.",
                    "Ask for offset 0 or more and limit 1 to " + MAX_LIMIT + ".");
        }
    }

    /**
     * A paged read of a project: Browse Projects checked, the page checked, then
     * {@code {"offset":…,"limit":…,"<member>":[…]}} with the rows {@code fill} adds.
     */
    static Response browse(RiskAppServices.Source source, HttpServletRequest request, String projectKey, long offset,
                           int limit, String member, BiConsumer<RiskAppServices, ArrayNode> fill) {
        return RiskErrors.call(() -> {
            RiskAppServices services = source.risk();
            ProjectGate.BROWSE.require(services, request, projectKey);
            require(offset, limit);
            ObjectNode json = JsonResponses.object().put("offset", offset).put("limit", limit);
            fill.accept(services, json.putArray(member));
            return JsonResponses.ok(json);
        });
    }
}
