package org.eqms.trace;

import static org.eqms.trace.ItemRole.ANOMALY;
import static org.eqms.trace.ItemRole.CHANGE_REQUEST;
import static org.eqms.trace.ItemRole.HAZARD;
import static org.eqms.trace.ItemRole.HAZARDOUS_SITUATION;
import static org.eqms.trace.ItemRole.IMPLEMENTATION;
import static org.eqms.trace.ItemRole.RISK_CONTROL;
import static org.eqms.trace.ItemRole.SOFTWARE_ITEM;
import static org.eqms.trace.ItemRole.SOFTWARE_REQUIREMENT;
import static org.eqms.trace.ItemRole.SOUP;
import static org.eqms.trace.ItemRole.SYSTEM_REQUIREMENT;
import static org.eqms.trace.ItemRole.VERIFICATION;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which role may link to which, by link type. The table (upstream roles → downstream roles):
 *
 * <pre>
 * DERIVES         SYSTEM_REQUIREMENT   → SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT
 *                 SOFTWARE_REQUIREMENT → SOFTWARE_REQUIREMENT
 * LEADS_TO        HAZARD               → HAZARDOUS_SITUATION
 * MITIGATED_BY    HAZARDOUS_SITUATION  → RISK_CONTROL
 * IMPLEMENTED_BY  RISK_CONTROL         → SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, SOFTWARE_ITEM, IMPLEMENTATION
 *                 SOFTWARE_REQUIREMENT → SOFTWARE_ITEM, IMPLEMENTATION
 *                 SOFTWARE_ITEM        → IMPLEMENTATION
 * VERIFIED_BY     SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, RISK_CONTROL, SOFTWARE_ITEM, IMPLEMENTATION → VERIFICATION
 * CONTAINS        SOFTWARE_ITEM        → SOFTWARE_ITEM, SOUP
 * CONTRIBUTES_TO  SOFTWARE_ITEM, SOUP  → HAZARDOUS_SITUATION
 * AFFECTS         ANOMALY, CHANGE_REQUEST → SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, RISK_CONTROL, SOFTWARE_ITEM,
 *                                        IMPLEMENTATION, VERIFICATION, SOUP
 * RESOLVES        CHANGE_REQUEST       → ANOMALY
 * </pre>
 *
 * Every other combination is refused with {@link TraceRefusal#LINK_NOT_ALLOWED} and a hint naming what the upstream
 * role may link to with that type.
 */
public final class LinkRules {

    private static final Map<LinkType, Map<ItemRole, Set<ItemRole>>> TABLE = new EnumMap<>(LinkType.class);

    static {
        allow(LinkType.DERIVES, SYSTEM_REQUIREMENT, SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT);
        allow(LinkType.DERIVES, SOFTWARE_REQUIREMENT, SOFTWARE_REQUIREMENT);
        allow(LinkType.LEADS_TO, HAZARD, HAZARDOUS_SITUATION);
        allow(LinkType.MITIGATED_BY, HAZARDOUS_SITUATION, RISK_CONTROL);
        allow(LinkType.IMPLEMENTED_BY, RISK_CONTROL, SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, SOFTWARE_ITEM,
                IMPLEMENTATION);
        allow(LinkType.IMPLEMENTED_BY, SOFTWARE_REQUIREMENT, SOFTWARE_ITEM, IMPLEMENTATION);
        allow(LinkType.IMPLEMENTED_BY, SOFTWARE_ITEM, IMPLEMENTATION);
        for (ItemRole verified : EnumSet.of(SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, RISK_CONTROL, SOFTWARE_ITEM,
                IMPLEMENTATION)) {
            allow(LinkType.VERIFIED_BY, verified, VERIFICATION);
        }
        allow(LinkType.CONTAINS, SOFTWARE_ITEM, SOFTWARE_ITEM, SOUP);
        allow(LinkType.CONTRIBUTES_TO, SOFTWARE_ITEM, HAZARDOUS_SITUATION);
        allow(LinkType.CONTRIBUTES_TO, SOUP, HAZARDOUS_SITUATION);
        for (ItemRole reporter : EnumSet.of(ANOMALY, CHANGE_REQUEST)) {
            allow(LinkType.AFFECTS, reporter, SYSTEM_REQUIREMENT, SOFTWARE_REQUIREMENT, RISK_CONTROL, SOFTWARE_ITEM,
                    IMPLEMENTATION, VERIFICATION, SOUP);
        }
        allow(LinkType.RESOLVES, CHANGE_REQUEST, ANOMALY);
    }

    private LinkRules() {
    }

    private static void allow(LinkType type, ItemRole from, ItemRole... to) {
        TABLE.computeIfAbsent(type, t -> new EnumMap<>(ItemRole.class))
                .computeIfAbsent(from, f -> EnumSet.noneOf(ItemRole.class))
                .addAll(Set.of(to));
    }

    /** Whether a link of this type may go from an item of role {@code from} to one of role {@code to}. */
    public static boolean allows(ItemRole from, LinkType type, ItemRole to) {
        return allowedTargets(from, type).contains(to);
    }

    /** The roles an item of role {@code from} may link to with this type (empty when none). */
    public static Set<ItemRole> allowedTargets(ItemRole from, LinkType type) {
        Set<ItemRole> targets = TABLE.getOrDefault(type, Map.of()).get(from);
        return targets == null ? Set.of() : Collections.unmodifiableSet(targets);
    }

    /** The roles that may be the upstream end of a link of this type. */
    public static Set<ItemRole> allowedSources(LinkType type) {
        return Collections.unmodifiableSet(TABLE.getOrDefault(type, Map.of()).keySet());
    }

    /**
     * Refuse a link the table does not allow.
     *
     * @throws TraceRefusedException {@link TraceRefusal#LINK_NOT_ALLOWED}
     */
    public static void check(TraceItem from, LinkType type, TraceItem to) {
        if (allows(from.role(), type, to.role())) {
            return;
        }
        Set<ItemRole> targets = allowedTargets(from.role(), type);
        String hint;
        if (targets.isEmpty()) {
            hint = "A " + from.role() + " cannot be the upstream end of a " + type + " link; " + type
                    + " links start at " + names(allowedSources(type)) + ".";
        } else {
            hint = "A " + from.role() + " may link with " + type + " only to " + names(targets) + ".";
        }
        throw new TraceRefusedException(TraceRefusal.LINK_NOT_ALLOWED, "A " + type + " link from " + from.key()
                + " (" + from.role() + ") to " + to.key() + " (" + to.role() + ") is not allowed.", hint);
    }

    private static String names(Set<ItemRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
