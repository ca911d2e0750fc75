package org.eqms.sandbox.jira;

import net.java.ao.RawEntity;
import org.eqms.sandbox.jira.entity.IssueLinkRow;
import org.eqms.sandbox.jira.entity.IssueRow;

import java.util.List;

/**
 * The tables the sandbox keeps in place of Jira's own issues and issue links, under a namespace of the sandbox's own
 * so they never mix with the app's tables.
 */
public final class SandboxJiraEntities {
    /** The Active Objects namespace of the sandbox's Jira stand-in (its table prefix {@code AO_<6 hex>_}). */
    public static final String NAMESPACE = "org.eqms.sandbox.jira";

    private SandboxJiraEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(IssueRow.class, IssueLinkRow.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return all().toArray(new Class[0]);
    }
}
