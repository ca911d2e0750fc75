package org.eqms.confluence.store;

import java.util.List;

import net.java.ao.RawEntity;
import org.eqms.confluence.store.entity.ApprovalRow;
import org.eqms.confluence.store.entity.DocumentRow;
import org.eqms.confluence.store.entity.IntegrityAlertRow;
import org.eqms.confluence.store.entity.SpaceConfigRow;
import org.eqms.confluence.store.entity.ReviewConfirmRow;
import org.eqms.confluence.store.entity.ReminderRow;
import org.eqms.confluence.store.entity.NumberAllocRow;
import org.eqms.confluence.store.entity.RevisionRow;
import org.eqms.confluence.store.entity.SnapshotRow;

/**
 * Every Active Objects entity of the Confluence app. The {@code <ao>} module of {@code atlassian-plugin.xml} lists
 * these, and the shared library's ({@code SignatureLibEntities}), under {@link #NAMESPACE}.
 */
public final class ConfluenceEntities {
    /** The {@code namespace} of the app's {@code <ao>} module: it fixes the table prefix {@code AO_<6 hex>_}. */
    public static final String NAMESPACE = "org.eqms.confluence-eqms-plugin";

    private ConfluenceEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(
                DocumentRow.class,
                RevisionRow.class,
                ApprovalRow.class,
                SnapshotRow.class,
                NumberAllocRow.class,
                IntegrityAlertRow.class,
                SpaceConfigRow.class,
                ReviewConfirmRow.class,
                ReminderRow.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return all().toArray(new Class[0]);
    }
}
