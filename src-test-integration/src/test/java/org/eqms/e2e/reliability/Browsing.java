package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a reader does, one request a time: lists the QMS pages, opens a page as a reader sees it (the effective
 * revision with its banner) or its document status, reads the trace matrix, the risk register or the hazards,
 * looks at the in-app notifications of either app, or opens the Jira app's project page (HTML).
 */
final class Browsing {
    private static final Set<Integer> OK = Set.of(200);

    private Browsing() {
    }

    static void browse(LoadContext context, SessionClient session) {
        int choice = ThreadLocalRandom.current().nextInt(100);
        long page = context.somePage();
        if (choice < 20 || page < 0) {
            SessionClient.Answer answer = session.get("pages.list", LoadContext.PAGES + "/spaces/QMS/pages", OK);
            if (answer.is(200)) {
                Map<Long, String> seen = new LinkedHashMap<>();
                for (JsonNode listed : answer.json().path("pages")) {
                    seen.put(listed.path("id").asLong(), listed.path("title").asText());
                }
                context.sawPages(seen);
            }
        } else if (choice < 45) {
            session.get("documents.view", LoadContext.DOCUMENTS + "/page/" + page + "/view", OK);
        } else if (choice < 55) {
            session.get("documents.status", LoadContext.DOCUMENTS + "/page/" + page, OK);
        } else if (choice < 65) {
            session.get("trace.matrix", LoadContext.PROJECT + "/matrix?limit=100", OK);
        } else if (choice < 75) {
            session.get("risk.register", LoadContext.PROJECT + "/risks/register?limit=100", OK);
        } else if (choice < 82) {
            session.get("risk.hazards", LoadContext.PROJECT + "/analysis/hazards?limit=100", OK);
        } else if (choice < 92) {
            String app = choice % 2 == 0 ? LoadContext.CONFLUENCE : LoadContext.JIRA;
            session.get("notifications", app + "/me/notifications", OK);
        } else {
            session.get("project.page", "/plugins/servlet/eqms-risk/project?key=INF", OK);
        }
    }
}
