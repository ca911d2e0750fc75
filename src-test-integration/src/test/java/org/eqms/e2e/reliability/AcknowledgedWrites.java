package org.eqms.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write the server acknowledged (a 2xx with the id it made), so that after a kill -9 and a restart each can be
 * read back: page versions with their exact body, controlled documents, submissions, signatures, revisions made
 * effective, hazards, Jira issues and their links. A write
 * whose answer never came (in flight at the kill) may or may not have committed, so it is not claimed; for a hazard
 * or an issue saved again under the same id, the names sent after the last acknowledged one are therefore also accepted.
 */
final class AcknowledgedWrites {
    record PageVersion(long pageId, int version, String title, String body) {
    }

    record Document(String documentId, long pageId) {
    }

    record Submission(String documentId, String revision) {
    }

    record Signature(String documentId, String signatureId) {
    }

    record Effective(String documentId, String revision) {
    }

    record IssueLink(long id, String from, String to) {
    }

    private final ConcurrentLinkedQueue<PageVersion> pageVersions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Document> documents = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Submission> submissions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Signature> signatures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Effective> effective = new ConcurrentLinkedQueue<>();
    private final Map<String, LastValue> hazards = new ConcurrentHashMap<>();
    private final Map<String, LastValue> issues = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<IssueLink> issueLinks = new ConcurrentLinkedQueue<>();

    void pageVersion(long pageId, int version, String title, String body) {
        pageVersions.add(new PageVersion(pageId, version, title, body));
    }

    void document(String documentId, long pageId) {
        documents.add(new Document(documentId, pageId));
    }

    void submission(String documentId, String revision) {
        submissions.add(new Submission(documentId, revision));
    }

    void signature(String documentId, String signatureId) {
        signatures.add(new Signature(documentId, signatureId));
    }

    void effective(String documentId, String revision) {
        effective.add(new Effective(documentId, revision));
    }

    /** A hazard save is about to be sent (its outcome may never be known). */
    void hazardSending(String id, String name) {
        hazards.computeIfAbsent(id, k -> new LastValue()).sending(name);
    }

    void hazardSaved(String id, String name) {
        hazards.get(id).saved(name);
    }

    /** A Jira issue's summary is about to be sent (for a new issue: just after its creation was acknowledged). */
    void issueSending(String key, String summary) {
        issues.computeIfAbsent(key, k -> new LastValue()).sending(summary);
    }

    void issueSaved(String key, String summary) {
        issues.get(key).saved(summary);
    }

    void issueLink(long id, String from, String to) {
        issueLinks.add(new IssueLink(id, from, to));
    }

    List<String> signatureIds() {
        return signatures.stream().map(Signature::signatureId).toList();
    }

    long count() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        counts.put("pageVersions", (long) pageVersions.size());
        counts.put("documents", (long) documents.size());
        counts.put("submissions", (long) submissions.size());
        counts.put("signatures", (long) signatures.size());
        counts.put("madeEffective", (long) effective.size());
        counts.put("hazards", hazards.values().stream().filter(LastValue::everSaved).count());
        counts.put("issues", issues.values().stream().filter(LastValue::everSaved).count());
        counts.put("issueLinks", (long) issueLinks.size());
        return counts;
    }

    /** Reads every acknowledged write back through REST; returns what is missing or different (empty: none lost). */
    List<String> lost(Readers readers) {
        List<String> lost = new ArrayList<>();
        for (PageVersion page : pageVersions) {
            SessionClient.Answer answer = readers.author().get("verify.page", "/rest/sandbox/1.0/pages/" + page.pageId()
                    + "/versions/" + page.version(), Set.of(200, 404));
            if (!answer.is(200) || !page.body().equals(answer.json().path("body").asText())
                    || !page.title().equals(answer.json().path("title").asText())) {
                lost.add("page " + page.pageId() + " version " + page.version() + ": " + answer);
            }
        }
        Map<String, JsonNode> documentStatus = new HashMap<>();
        for (Document document : documents) {
            JsonNode status = status(readers, document.documentId(), documentStatus);
            if (status == null || status.path("pageId").asLong() != document.pageId()) {
                lost.add("document " + document.documentId() + " of page " + document.pageId() + ": " + status);
            }
        }
        for (Submission submission : submissions) {
            JsonNode revision = revision(status(readers, submission.documentId(), documentStatus), submission.revision());
            if (revision == null || "DRAFT".equals(revision.path("state").asText())) {
                lost.add("submission of " + submission.documentId() + " revision " + submission.revision() + ": "
                        + revision);
            }
        }
        for (Signature signature : signatures) {
            JsonNode status = status(readers, signature.documentId(), documentStatus);
            if (status == null || !status.toString().contains("\"signatureId\":\"" + signature.signatureId() + "\"")) {
                lost.add("signature " + signature.signatureId() + " on " + signature.documentId() + ": " + status);
            }
        }
        for (Effective made : effective) {
            JsonNode revision = revision(status(readers, made.documentId(), documentStatus), made.revision());
            if (revision == null || !"EFFECTIVE".equals(revision.path("state").asText())) {
                lost.add("revision " + made.revision() + " of " + made.documentId() + " made effective: " + revision);
            }
        }
        Map<String, String> stored = readers.hazardNames();
        hazards.forEach((id, names) -> {
            if (names.everSaved() && !names.accepts(stored.get(id))) {
                lost.add("hazard " + id + ": stored " + stored.get(id) + ", acknowledged " + names);
            }
        });
        Map<String, JsonNode> storedIssues = new HashMap<>();
        issues.forEach((key, summaries) -> {
            JsonNode issue = issue(readers, key, storedIssues);
            String summary = issue == null ? null : issue.path("summary").asText();
            if (summaries.everSaved() && !summaries.accepts(summary)) {
                lost.add("issue " + key + ": stored " + summary + ", acknowledged " + summaries);
            }
        });
        for (IssueLink link : issueLinks) {
            JsonNode from = issue(readers, link.from(), storedIssues);
            boolean found = false;
            for (JsonNode listed : from == null ? List.<JsonNode>of() : from.path("links")) {
                found |= listed.path("id").asLong() == link.id() && link.to().equals(listed.path("otherKey").asText());
            }
            if (!found) {
                lost.add("issue link " + link + ": " + from);
            }
        }
        return lost;
    }

    private static JsonNode issue(Readers readers, String key, Map<String, JsonNode> cache) {
        return cache.computeIfAbsent(key, k -> {
            SessionClient.Answer answer = readers.author().get("verify.issue", IssueEditor.ISSUES + "/issues/" + k,
                    Set.of(200, 404));
            return answer.is(200) ? answer.json() : null;
        });
    }

    private static JsonNode status(Readers readers, String documentId, Map<String, JsonNode> cache) {
        return cache.computeIfAbsent(documentId, id -> {
            SessionClient.Answer answer = readers.author().get("verify.document", "/rest/eqms/1.0/documents/" + id,
                    Set.of(200, 404));
            return answer.is(200) ? answer.json() : null;
        });
    }

    private static JsonNode revision(JsonNode status, String label) {
        if (status != null) {
            for (JsonNode revision : status.path("revisions")) {
                if (label.equals(revision.path("label").asText())) {
                    return revision;
                }
            }
        }
        return null;
    }

    /** The sessions that read the writes back, and the project's hazards by id. */
    interface Readers {
        SessionClient author();

        Map<String, String> hazardNames();
    }

    /** The last acknowledged name of a hazard (summary of an issue) and the ones sent after it. */
    private static final class LastValue {
        private String saved;
        private final Set<String> sentSince = new LinkedHashSet<>();

        synchronized void sending(String name) {
            sentSince.add(name);
        }

        synchronized void saved(String name) {
            saved = name;
            sentSince.clear();
        }

        synchronized boolean everSaved() {
            return saved != null;
        }

        synchronized boolean accepts(String stored) {
            return stored != null && (stored.equals(saved) || sentSince.contains(stored));
        }

        @Override
        public synchronized String toString() {
            return saved + (sentSince.isEmpty() ? "" : " (then sent " + sentSince + ")");
        }
    }
}
