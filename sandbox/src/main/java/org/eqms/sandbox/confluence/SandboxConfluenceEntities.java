package org.eqms.sandbox.confluence;

import net.java.ao.RawEntity;
import org.eqms.sandbox.confluence.entity.GroupMemberRow;
import org.eqms.sandbox.confluence.entity.PageRow;
import org.eqms.sandbox.confluence.entity.PageVersionRow;
import org.eqms.sandbox.confluence.entity.SettingRow;
import org.eqms.sandbox.confluence.entity.SpaceGrantRow;
import org.eqms.sandbox.confluence.entity.SpaceRow;

import java.util.List;

/**
 * The tables the sandbox keeps in place of Confluence's own (spaces, pages and their versions, space permissions,
 * groups, plugin settings), under a namespace of the sandbox's own so they never mix with the app's tables.
 */
public final class SandboxConfluenceEntities {
    /** The Active Objects namespace of the sandbox's Confluence stand-in (its table prefix {@code AO_<6 hex>_}). */
    public static final String NAMESPACE = "org.eqms.sandbox.confluence";

    private SandboxConfluenceEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(SpaceRow.class, PageRow.class, PageVersionRow.class, SpaceGrantRow.class, GroupMemberRow.class,
                SettingRow.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return all().toArray(new Class[0]);
    }
}
