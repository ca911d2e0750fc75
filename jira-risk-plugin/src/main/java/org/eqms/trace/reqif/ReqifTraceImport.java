package org.eqms.trace.reqif;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkRules;
import org.eqms.trace.LinkType;
import org.eqms.trace.RiskAcceptability;
import org.eqms.trace.SoftwareLevel;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusedException;
import org.eqms.trace.VerificationStatus;

/**
 * The rule for bringing a ReqIF document into a project's trace (the import side of the ReqIF round trip):
 *
 * <ul>
 *   <li>An object's type names its {@link ItemRole} (the exporter writes role names), or is mapped to one by the
 *       caller (e.g. a requirements tool's {@code "System Requirement"} type); a relation's type names its
 *       {@link LinkType} the same way. Any other type is a problem.</li>
 *   <li>Objects are matched to the project's items by key ({@code ReqIF.ForeignID}). An item the project's own
 *       issues hold is never overwritten: if the file's content differs it is reported in
 *       {@link ReqifImportPlan#heldInJira()}. An item an earlier import brought (its id starts with
 *       {@value #EXTERNAL_ID_PREFIX}) takes the file's content. An object matching no item becomes a new item with id
 *       {@value #EXTERNAL_ID_PREFIX}{@code key}. A match with another role is a problem.</li>
 *   <li>An item's title is {@code ReqIF.Name}, its description field {@code ReqIF.Text} (an empty text and no
 *       field are the same); its other fields are kept; role values come from the
 *       {@link ReqifTraceAttributes}: a hazardous situation without {@code eqms.acceptability} is
 *       {@code NOT_EVALUATED} and a verification without {@code eqms.verificationStatus} is {@code OPEN} (both show
 *       as gaps until someone evaluates them); a software item needs {@code eqms.softwareLevel}.</li>
 *   <li>Relations are added when the trace lacks them and the link rules allow them; the import never removes an
 *       item or a link.</li>
 * </ul>
 */
public final class ReqifTraceImport {
    /** The id prefix of items an import brought (Jira issue ids are digits, so the two never meet). */
    public static final String EXTERNAL_ID_PREFIX = "reqif:";
    /** How many problems a plan lists before it stops counting. */
    static final int MAX_PROBLEMS = 50;

    private final String descriptionField;
    private final Map<String, ItemRole> objectTypes;
    private final Map<String, LinkType> relationTypes;

    /**
     * @param descriptionField the item field that holds {@code ReqIF.Text}
     * @param objectTypes      object type → role, for types that are not role names (may be empty)
     * @param relationTypes    relation type → link type, for types that are not link type names (may be empty)
     */
    public ReqifTraceImport(String descriptionField, Map<String, ItemRole> objectTypes,
                            Map<String, LinkType> relationTypes) {
        this.descriptionField = Objects.requireNonNull(descriptionField, "descriptionField");
        this.objectTypes = Map.copyOf(objectTypes);
        this.relationTypes = Map.copyOf(relationTypes);
    }

    /** What importing {@code document} into {@code graph} would do; neither is changed. */
    public ReqifImportPlan plan(ReqifDocument document, TraceGraph graph) {
        Map<String, TraceItem> byKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        graph.items().forEach(item -> {
            if (byKey.putIfAbsent(item.key(), item) != null) {
                byKey.put(item.key(), null);
            }
        });
        Map<String, TraceItem> resolved = new HashMap<>();
        List<TraceItem> added = new ArrayList<>();
        List<ReqifImportPlan.Change> changed = new ArrayList<>();
        List<String> heldInJira = new ArrayList<>();
        int unchanged = 0;
        for (ReqifObject object : document.objects()) {
            Optional<ItemRole> role = role(object.type());
            if (role.isEmpty()) {
                problem(problems, "Object " + object.id() + " has type \"" + object.type() + "\", which is no item "
                        + "role.");
                continue;
            }
            if (byKey.containsKey(object.id()) && byKey.get(object.id()) == null) {
                problem(problems, "Key " + object.id() + " names more than one item of the project.");
                continue;
            }
            TraceItem existing = byKey.get(object.id());
            if (existing != null && existing.role() != role.get()) {
                problem(problems, "Object " + object.id() + " is a " + role.get() + " in the file but a "
                        + existing.role() + " in the project.");
                continue;
            }
            String id = existing != null ? existing.id() : EXTERNAL_ID_PREFIX + object.id();
            TraceItem item;
            try {
                item = item(id, role.get(), object, existing);
            } catch (IllegalArgumentException | TraceRefusedException e) {
                problem(problems, "Object " + object.id() + ": " + e.getMessage());
                continue;
            }
            if (existing == null) {
                added.add(item);
                resolved.put(object.id(), item);
            } else {
                resolved.put(object.id(), existing);
                if (existing.equals(item)) {
                    unchanged++;
                } else if (existing.id().startsWith(EXTERNAL_ID_PREFIX)) {
                    changed.add(new ReqifImportPlan.Change(existing, item));
                } else {
                    heldInJira.add(object.id());
                }
            }
        }
        List<TraceLink> links = new ArrayList<>();
        int known = 0;
        Set<TraceLink> planned = new HashSet<>();
        for (ReqifRelation relation : document.relations()) {
            Optional<LinkType> type = linkType(relation.type());
            TraceItem from = resolved.get(relation.sourceId());
            TraceItem to = resolved.get(relation.targetId());
            if (type.isEmpty()) {
                problem(problems, "Relation " + relation.id() + " has type \"" + relation.type() + "\", which is "
                        + "no link type.");
            } else if (from == null || to == null) {
                problem(problems, "Relation " + relation.id() + " joins an object that is not imported ("
                        + (from == null ? relation.sourceId() : relation.targetId()) + ").");
            } else {
                TraceLink link = new TraceLink(from.id(), type.get(), to.id());
                if (graph.contains(link)) {
                    known++;
                } else if (!LinkRules.allows(from.role(), type.get(), to.role())) {
                    problem(problems, "Relation " + relation.id() + ": a " + from.role() + " cannot be "
                            + type.get() + " a " + to.role() + ".");
                } else if (planned.add(link)) {
                    links.add(link);
                }
            }
        }
        return new ReqifImportPlan(added, changed, unchanged, heldInJira, links, known, problems);
    }

    private TraceItem item(String id, ItemRole role, ReqifObject object, TraceItem existing) {
        Map<String, String> a = object.attributes();
        TraceItem item = switch (role) {
            case HAZARDOUS_SITUATION -> TraceItem.hazardousSituation(id, object.id(), object.title(),
                    value(RiskAcceptability.class, a.get(ReqifTraceAttributes.ACCEPTABILITY),
                            RiskAcceptability.NOT_EVALUATED, ReqifTraceAttributes.ACCEPTABILITY));
            case VERIFICATION -> TraceItem.verification(id, object.id(), object.title(),
                    value(VerificationStatus.class, a.get(ReqifTraceAttributes.VERIFICATION_STATUS),
                            VerificationStatus.OPEN, ReqifTraceAttributes.VERIFICATION_STATUS));
            case SOFTWARE_ITEM -> TraceItem.softwareItem(id, object.id(), object.title(),
                    value(SoftwareLevel.class, a.get(ReqifTraceAttributes.SOFTWARE_LEVEL), null,
                            ReqifTraceAttributes.SOFTWARE_LEVEL), blankToNull(a.get(ReqifTraceAttributes.SAFETY_CLASS)));
            default -> TraceItem.of(id, role, object.id(), object.title());
        };
        Map<String, String> fields = new TreeMap<>(existing == null ? Map.of() : existing.fields());
        String text = object.text() == null ? "" : object.text();
        if (!text.isEmpty() || fields.containsKey(descriptionField)) {
            fields.put(descriptionField, text);
        }
        return item.withFields(fields);
    }

    private Optional<ItemRole> role(String type) {
        return Optional.ofNullable(objectTypes.get(type)).or(() -> named(ItemRole.class, type));
    }

    private Optional<LinkType> linkType(String type) {
        return Optional.ofNullable(relationTypes.get(type)).or(() -> named(LinkType.class, type));
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, E absent, String attribute) {
        if (text == null || text.isBlank()) {
            if (absent == null) {
                throw new IllegalArgumentException("the attribute " + attribute + " is missing");
            }
            return absent;
        }
        return named(type, text.trim().toUpperCase(Locale.ROOT)).orElseThrow(() -> new IllegalArgumentException(
                "the attribute " + attribute + " is \"" + text + "\", not one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void problem(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else if (problems.size() == MAX_PROBLEMS) {
            problems.add("Further problems are not listed; correct these and preview again.");
        }
    }
}
