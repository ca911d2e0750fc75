package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.app.BaselineComparison;
import org.eqms.rest.JsonResponses;
import org.eqms.trace.BaselineDiff;
import org.eqms.trace.BaselineSummary;
import org.eqms.trace.Gap;
import org.eqms.trace.GapReport;
import org.eqms.trace.LinkReview;
import org.eqms.trace.MatrixPage;
import org.eqms.trace.MatrixRow;
import org.eqms.trace.SoupChanges;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

import java.time.Instant;
import java.util.Map;

/** The JSON the traceability endpoints answer with. */
final class TraceJson {
    private TraceJson() {
    }

    static ObjectNode item(TraceItem item) {
        ObjectNode json = JsonResponses.object().put("id", item.id()).put("role", item.role().name())
                .put("key", item.key()).put("title", item.title());
        if (item.acceptability() != null) {
            json.put("acceptability", item.acceptability().name());
        }
        if (item.status() != null) {
            json.put("status", item.status().name());
        }
        if (item.safetyClass() != null) {
            json.put("safetyClass", item.safetyClass());
        }
        return json;
    }

    static ObjectNode link(TraceLink link) {
        return JsonResponses.object().put("from", link.from()).put("type", link.type().name()).put("to", link.to());
    }

    static ObjectNode matrix(MatrixPage page) {
        ObjectNode json = JsonResponses.object().put("total", page.total()).put("offset", page.offset())
                .put("limit", page.limit()).put("hasMore", page.hasMore());
        ArrayNode rows = json.putArray("rows");
        for (MatrixRow row : page.rows()) {
            ObjectNode r = rows.addObject();
            r.set("item", item(row.item()));
            r.put("coverage", row.coverage() == null ? null : row.coverage().name());
            r.put("suspect", row.hasSuspectLink());
            linked(r.putArray("upstream"), row.upstream());
            linked(r.putArray("downstream"), row.downstream());
        }
        return json;
    }

    private static void linked(ArrayNode array, java.util.List<MatrixRow.Linked> linked) {
        for (MatrixRow.Linked l : linked) {
            ObjectNode o = array.addObject();
            o.set("link", link(l.link()));
            o.set("other", item(l.other()));
            o.put("suspect", l.suspect());
        }
    }

    static ObjectNode gaps(GapReport report) {
        ObjectNode json = JsonResponses.object();
        ObjectNode counts = json.putObject("countsByKind");
        report.countsByKind().forEach((kind, count) -> counts.put(kind.name(), count));
        ArrayNode list = json.putArray("gaps");
        for (Gap gap : report.gaps()) {
            ObjectNode g = list.addObject().put("kind", gap.kind().name()).put("itemId", gap.itemId())
                    .put("itemKey", gap.itemKey()).put("role", gap.role() == null ? null : gap.role().name())
                    .put("message", gap.message()).put("clause", gap.clause());
            if (gap.fix() != null) {
                ObjectNode fix = g.putObject("fix").put("kind", gap.fix().kind().name())
                        .put("role", gap.fix().role() == null ? null : gap.fix().role().name())
                        .put("linkType", gap.fix().linkType() == null ? null : gap.fix().linkType().name())
                        .put("field", gap.fix().field()).put("instruction", gap.fix().instruction());
                if (gap.fix().link() != null) {
                    fix.set("link", link(gap.fix().link()));
                }
            }
        }
        return json;
    }

    /**
     * A suspect mark with the Jira keys of the link's ends and of the changed item ({@code null} for an item no
     * longer in the trace) and the full name of who changed it.
     */
    static ObjectNode suspect(SuspectMark mark, Map<String, String> itemKeys, String changedByName) {
        ObjectNode json = JsonResponses.object();
        json.set("link", link(mark.link()));
        return json.put("fromKey", itemKeys.get(mark.link().from())).put("toKey", itemKeys.get(mark.link().to()))
                .put("changedItemId", mark.changedItemId()).put("changedItemKey", itemKeys.get(mark.changedItemId()))
                .put("changedBy", mark.changedBy()).put("changedByName", changedByName)
                .put("changedAt", time(mark.changedAt())).put("hashBefore", mark.hashBefore())
                .put("hashAfter", mark.hashAfter());
    }

    static ObjectNode review(LinkReview review) {
        ObjectNode json = JsonResponses.object();
        json.set("link", link(review.link()));
        return json.put("reviewerKey", review.reviewerKey()).put("reviewedAt", time(review.reviewedAt()))
                .put("reason", review.reason());
    }

    static ObjectNode baseline(TraceBaseline baseline, String createdByName) {
        return JsonResponses.object().put("id", baseline.id()).put("label", baseline.label())
                .put("createdBy", baseline.createdBy()).put("createdByName", createdByName)
                .put("createdAt", time(baseline.createdAt()))
                .put("items", baseline.items().size()).put("links", baseline.links().size())
                .put("contentHash", baseline.hash()).put("intact", baseline.isIntact());
    }

    /**
     * A baseline in a list: its summary, without "intact": checking it means loading the whole snapshot, which the
     * signing challenge and the comparison do.
     */
    static ObjectNode baseline(BaselineSummary baseline, String createdByName) {
        return JsonResponses.object().put("id", baseline.id()).put("label", baseline.label())
                .put("createdBy", baseline.createdBy()).put("createdByName", createdByName)
                .put("createdAt", time(baseline.createdAt()))
                .put("items", baseline.items()).put("links", baseline.links()).put("contentHash", baseline.hash());
    }

    static ObjectNode diff(BaselineComparison comparison) {
        BaselineDiff diff = comparison.diff();
        ObjectNode json = JsonResponses.object().put("olderIntact", comparison.olderIntact())
                .put("newerIntact", comparison.newerIntact());
        ArrayNode added = json.putArray("addedItems");
        diff.addedItems().forEach(i -> added.add(item(i)));
        ArrayNode removed = json.putArray("removedItems");
        diff.removedItems().forEach(i -> removed.add(item(i)));
        ArrayNode changed = json.putArray("changedItems");
        for (BaselineDiff.ChangedItem c : diff.changedItems()) {
            ObjectNode o = changed.addObject();
            o.set("before", item(c.before()));
            o.set("after", item(c.after()));
            ArrayNode members = o.putArray("changedMembers");
            c.changedMembers().forEach(members::add);
        }
        ArrayNode addedLinks = json.putArray("addedLinks");
        diff.addedLinks().forEach(l -> addedLinks.add(link(l)));
        ArrayNode removedLinks = json.putArray("removedLinks");
        diff.removedLinks().forEach(l -> removedLinks.add(link(l)));
        return json;
    }

    static ObjectNode soup(SoupChanges changes) {
        ObjectNode json = JsonResponses.object();
        ArrayNode added = json.putArray("added");
        changes.added().forEach(c -> added.addObject().put("name", c.name()).put("version", c.version()).put("purl", c.purl()));
        ArrayNode removed = json.putArray("removed");
        changes.removed().forEach(e -> removed.addObject().put("soupId", e.soupId()).put("name", e.component().name())
                .put("version", e.component().version()));
        ArrayNode versions = json.putArray("versionChanged");
        changes.versionChanged().forEach(c -> versions.addObject().put("soupId", c.entry().soupId())
                .put("name", c.entry().component().name()).put("from", c.fromVersion()).put("to", c.imported().version()));
        json.put("detailsChanged", changes.detailsChanged().size());
        json.put("unchanged", changes.unchanged().size());
        return json;
    }

    static String time(Instant instant) {
        return JsonResponses.time(instant);
    }
}
