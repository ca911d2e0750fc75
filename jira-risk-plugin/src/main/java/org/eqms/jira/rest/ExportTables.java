package org.eqms.jira.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.jira.product.JiraTraceProjection;
import org.eqms.rest.JsonResponses;
import org.eqms.risk.RiskRegisterRow;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.MatrixPage;
import org.eqms.trace.MatrixQuery;
import org.eqms.trace.MatrixRow;
import org.eqms.trace.NaturalKeyOrder;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceMatrix;
import org.eqms.trace.export.ExportTable;
import org.eqms.trace.reqif.ReqifDocument;
import org.eqms.trace.reqif.ReqifImportPlan;
import org.eqms.trace.reqif.ReqifObject;
import org.eqms.trace.reqif.ReqifRelation;
import org.eqms.trace.reqif.ReqifTraceAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * What the exports of a project hold, as tables for {@code CsvExport}/{@code XlsxExport} and as a ReqIF document, and
 * the preview of a ReqIF import. Tables are read a page at a time: only the rows of the current page exist as
 * strings, whatever the size of the project.
 */
final class ExportTables {
    /** Rows read per page (the trace matrix's and the register's own page limit is 1,000). */
    static final int PAGE = 500;

    /** The column headers in English ({@link ExportTexts}). */
    static final List<String> MATRIX_HEADERS = ExportTexts.english().matrixHeaders();
    static final List<String> REGISTER_HEADERS = ExportTexts.english().registerHeaders();

    private static final String SEPARATOR = "; ";

    private ExportTables() {
    }

    /**
     * The trace matrix of one role: every row, in the matrix's order, read page by page from one loaded graph (so all
     * pages show the same state of the project), starting from the already computed {@code first} page.
     */
    static ExportTable matrix(TraceGraph graph, SuspectLinks suspects, MatrixPage first, ItemRole role,
                              ExportTexts texts) {
        Iterator<MatrixRow> rows = new Pages<>(first.rows(), first.hasMore(), offset -> {
            MatrixPage page = TraceMatrix.page(graph, suspects, MatrixQuery.of(role, Math.toIntExact(offset), PAGE));
            return new Page<>(page.rows(), page.hasMore());
        });
        return new ExportTable(texts.matrixHeaders(), map(rows, ExportTables::matrixRow));
    }

    /** The first page of the matrix of a role: its total tells how many rows the export will have. */
    static MatrixPage firstMatrixPage(TraceGraph graph, SuspectLinks suspects, ItemRole role) {
        return TraceMatrix.page(graph, suspects, MatrixQuery.of(role, 0, PAGE));
    }

    static List<String> matrixRow(MatrixRow row) {
        TraceItem item = row.item();
        return List.of(item.key(), item.title(), item.role().name(), row.coverage().name(), keys(row.upstream()),
                keys(row.downstream()), row.hasSuspectLink() ? "yes" : "no");
    }

    /** The risk register from one streamed pass over the risks (the caller keeps the stream open while writing). */
    static ExportTable register(Iterator<RiskRegisterRow> rows, ExportTexts texts) {
        return new ExportTable(texts.registerHeaders(), map(rows, ExportTables::registerRow));
    }

    static List<String> registerRow(RiskRegisterRow r) {
        return List.of(r.riskId(), r.hazardId(), r.situationId(), r.harm(), text(r.initialSeverity()),
                text(r.initialProbability()), text(r.initialAcceptability()), Integer.toString(r.controls()),
                Integer.toString(r.controlsVerified()), text(r.residualSeverity()), text(r.residualProbability()),
                text(r.residualAcceptability()), yesNo(r.benefitRiskRecorded()), yesNo(r.flaggedForReevaluation()),
                text(r.rpn()), text(r.actionPriority()), String.join(" ", r.documentReferences()));
    }

    /**
     * The whole trace graph as a ReqIF document: one object per item (type = role name, id = the item's key, title,
     * text = its {@value JiraTraceProjection#DESCRIPTION} field; further attributes: the item id and the attributes of
     * its role), roles in {@link ItemRole} order and keys in natural order; one relation per link (type = link type
     * name). Keys are unique in a Jira project; should two items share one, the second's object id is
     * {@code key (item id)} so the document stays valid.
     */
    static ReqifDocument reqif(String projectKey, TraceGraph graph) {
        Map<String, String> objectIds = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<ReqifObject> objects = new ArrayList<>(graph.itemCount());
        Comparator<TraceItem> order = Comparator.comparing(TraceItem::key, NaturalKeyOrder.INSTANCE)
                .thenComparing(TraceItem::id);
        for (ItemRole role : ItemRole.values()) {
            for (TraceItem item : graph.items(role).sorted(order).toList()) {
                String id = taken.add(item.key()) ? item.key() : item.key() + " (" + item.id() + ")";
                taken.add(id);
                objectIds.put(item.id(), id);
                objects.add(new ReqifObject(id, role.name(), item.title(),
                        nonNull(item.field(JiraTraceProjection.DESCRIPTION)), attributes(item)));
            }
        }
        List<ReqifRelation> relations = new ArrayList<>(graph.linkCount());
        graph.links().sorted().forEach(link -> relations.add(relation(link, objectIds)));
        return new ReqifDocument(projectKey + " traceability", objects, relations);
    }

    private static ReqifRelation relation(TraceLink link, Map<String, String> objectIds) {
        String from = objectIds.get(link.from());
        String to = objectIds.get(link.to());
        return new ReqifRelation(from + " " + link.type().name() + " " + to, link.type().name(), from, to);
    }

    private static Map<String, String> attributes(TraceItem item) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ReqifTraceAttributes.ITEM_ID, item.id());
        if (item.acceptability() != null) {
            attributes.put(ReqifTraceAttributes.ACCEPTABILITY, item.acceptability().name());
        }
        if (item.status() != null) {
            attributes.put(ReqifTraceAttributes.VERIFICATION_STATUS, item.status().name());
        }
        if (item.level() != null) {
            attributes.put(ReqifTraceAttributes.SOFTWARE_LEVEL, item.level().name());
        }
        if (item.safetyClass() != null) {
            attributes.put(ReqifTraceAttributes.SAFETY_CLASS, item.safetyClass());
        }
        return attributes;
    }

    /**
     * What importing a ReqIF document into the project would bring: objects and relations counted by type, the types
     * that are no {@link ItemRole} or {@link LinkType} (their objects or relations could not be imported), and how
     * many objects match an item of the project by key. Computed only; nothing is changed.
     */
    static ObjectNode reqifPreview(String projectKey, ReqifDocument document, TraceGraph graph, String schemaProblem) {
        Set<String> roles = EnumSet.allOf(ItemRole.class).stream().map(Enum::name).collect(Collectors.toSet());
        Set<String> linkTypes = EnumSet.allOf(LinkType.class).stream().map(Enum::name).collect(Collectors.toSet());
        Map<String, Integer> objectsByType = new TreeMap<>();
        document.objects().forEach(o -> objectsByType.merge(o.type(), 1, Integer::sum));
        Map<String, Integer> relationsByType = new TreeMap<>();
        document.relations().forEach(r -> relationsByType.merge(r.type(), 1, Integer::sum));
        Set<String> keys = graph.items().map(TraceItem::key).collect(Collectors.toSet());
        long matching = document.objects().stream().filter(o -> keys.contains(o.id())).count();

        ObjectNode json = JsonResponses.object().put("projectKey", projectKey).put("title", document.title())
                .put("objects", document.objects().size()).put("relations", document.relations().size());
        ObjectNode schema = json.putObject("schema").put("valid", schemaProblem == null);
        if (schemaProblem != null) {
            schema.put("problem", schemaProblem);
        }
        counts(json.putObject("objectsByType"), objectsByType);
        counts(json.putObject("relationsByType"), relationsByType);
        names(json.putArray("unknownObjectTypes"), objectsByType.keySet(), roles);
        names(json.putArray("unknownRelationTypes"), relationsByType.keySet(), linkTypes);
        json.put("matchingItems", matching).put("newItems", document.objects().size() - matching);
        json.put("changed", false);
        return json;
    }

    /** What a ReqIF import does or would do: counts, the keys held in Jira that differ, and the problems. */
    static ObjectNode reqifPlan(ReqifImportPlan plan) {
        ObjectNode json = JsonResponses.object().put("applicable", plan.applicable())
                .put("added", plan.added().size()).put("changed", plan.changed().size())
                .put("unchanged", plan.unchanged()).put("linksAdded", plan.links().size())
                .put("linksKnown", plan.knownLinks());
        plan.heldInJira().forEach(json.putArray("heldInJira")::add);
        plan.problems().forEach(json.putArray("problems")::add);
        return json;
    }

    private static void counts(ObjectNode json, Map<String, Integer> counts) {
        counts.forEach(json::put);
    }

    private static void names(ArrayNode json, Set<String> types, Set<String> known) {
        types.stream().filter(t -> !known.contains(t)).forEach(json::add);
    }

    private static String keys(List<MatrixRow.Linked> linked) {
        Set<String> keys = new TreeSet<>(NaturalKeyOrder.INSTANCE);
        linked.forEach(l -> keys.add(l.other().key()));
        return String.join(SEPARATOR, keys);
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static <T> Iterator<List<String>> map(Iterator<T> rows, Function<T, List<String>> cells) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<String> next() {
                return cells.apply(rows.next());
            }
        };
    }

    /** A page of rows and whether more follow. */
    record Page<T>(List<T> rows, boolean more) {
    }

    /** Rows read a page at a time: the next page is read when the current one is used up. */
    static final class Pages<T> implements Iterator<T> {
        private final LongFunction<Page<T>> read;
        private List<T> current;
        private boolean more;
        private long offset;
        private int index;

        Pages(List<T> first, boolean more, LongFunction<Page<T>> read) {
            this.current = first;
            this.more = more;
            this.read = read;
            this.offset = first.size();
        }

        @Override
        public boolean hasNext() {
            while (index == current.size() && more) {
                Page<T> page = read.apply(offset);
                current = page.rows();
                more = page.more() && !page.rows().isEmpty();
                offset += page.rows().size();
                index = 0;
            }
            return index < current.size();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.get(index++);
        }
    }
}
