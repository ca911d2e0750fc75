package org.eqms.jira.mapping;

import java.util.Objects;
import org.eqms.trace.LinkType;

/**
 * What one Jira issue link type stands for in the trace: a {@link LinkType} and which end is upstream.
 *
 * @param type      the trace link type
 * @param direction which Jira end is the upstream ({@code from}) end
 */
public record LinkTypeMapping(LinkType type, LinkDirection direction) {

    public LinkTypeMapping {
        Objects.requireNonNull(type, "link type");
        Objects.requireNonNull(direction, "link direction");
    }

    /** Source issue upstream, destination downstream. */
    public static LinkTypeMapping outward(LinkType type) {
        return new LinkTypeMapping(type, LinkDirection.OUTWARD);
    }

    /** Destination issue upstream, source downstream. */
    public static LinkTypeMapping inward(LinkType type) {
        return new LinkTypeMapping(type, LinkDirection.INWARD);
    }
}
