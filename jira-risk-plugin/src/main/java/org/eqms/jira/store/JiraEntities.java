package org.eqms.jira.store;

import java.util.List;

import net.java.ao.RawEntity;
import org.eqms.jira.mapping.ao.TraceMappingRow;
import org.eqms.jira.store.entity.BaselineRow;
import org.eqms.jira.store.entity.ClassSchemeRow;
import org.eqms.jira.store.entity.HazardRow;
import org.eqms.jira.store.entity.IntendedUseRow;
import org.eqms.jira.store.entity.LinkReviewRow;
import org.eqms.jira.store.entity.PlanVersionRow;
import org.eqms.jira.store.entity.ProductionInfoRow;
import org.eqms.jira.store.entity.ReportRow;
import org.eqms.jira.store.entity.RiskRow;
import org.eqms.jira.store.entity.SigningRolesRow;
import org.eqms.jira.store.entity.SituationRow;
import org.eqms.jira.store.entity.SoupEntryRow;
import org.eqms.jira.store.entity.SuspectMarkRow;
import org.eqms.jira.store.entity.TraceItemRow;
import org.eqms.jira.store.entity.TraceLinkRow;

/**
 * Every Active Objects entity of the Jira app (the stores' here, and the trace mapping's). The {@code <ao>} module of {@code atlassian-plugin.xml} lists these,
 * and the shared library's ({@code SignatureLibEntities}), under {@link #NAMESPACE}.
 */
public final class JiraEntities {
    /** The {@code namespace} of the app's {@code <ao>} module: it fixes the table prefix {@code AO_<6 hex>_}. */
    public static final String NAMESPACE = "org.eqms.jira-risk-plugin";

    private JiraEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(
                IntendedUseRow.class,
                HazardRow.class,
                SituationRow.class,
                RiskRow.class,
                ProductionInfoRow.class,
                PlanVersionRow.class,
                ReportRow.class,
                TraceItemRow.class,
                TraceLinkRow.class,
                SuspectMarkRow.class,
                LinkReviewRow.class,
                BaselineRow.class,
                SoupEntryRow.class,
                ClassSchemeRow.class,
                SigningRolesRow.class,
                // the project trace mapping's store (org.eqms.jira.mapping.ao)
                TraceMappingRow.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return all().toArray(new Class[0]);
    }
}
