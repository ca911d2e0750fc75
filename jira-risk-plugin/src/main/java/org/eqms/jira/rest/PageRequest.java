package org.eqms.jira.rest;

import org.eqms.rest.RestRefusal;

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
}
