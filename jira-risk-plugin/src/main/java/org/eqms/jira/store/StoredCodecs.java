package org.eqms.jira.store;

import java.util.List;
import java.util.SortedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import org.eqms.risk.IntendedUse;
import org.eqms.risk.ProductionInformation;
import org.eqms.risk.ReportSignature;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskRecord;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.SoupEntry;
import org.eqms.trace.TraceBaseline;

/**
 * The stored JSON forms of the app's rich records, one strict codec each ({@link StoredJson}). A format name ends in
 * its version; a change to a record's shape needs a new version and a reader for the old one.
 */
public final class StoredCodecs {
    /**
     * One risk of the risk file, with its estimates, controls (and the controlled documents they reference),
     * verifications and flags. Version 1 had no {@code documentReferences} in its controls: it reads as none.
     */
    public static final StoredJson<RiskRecord> RISK_RECORD =
            StoredJson.of("eqms-jira/risk-record/2", RiskRecord.class)
                    .readingAlso("eqms-jira/risk-record/1", StoredCodecs::controlsReferencingNoDocument);
    /** One version of a project's risk management plan, with its policy and (once approved) signature binding. */
    public static final StoredJson<RiskManagementPlan> PLAN_VERSION =
            StoredJson.of("eqms-jira/risk-plan-version/1", RiskManagementPlan.class);
    /** An item of production or post-production information (ISO 14971 §10.2) with the hazards it concerns. */
    public static final StoredJson<ProductionInformation> PRODUCTION_INFORMATION =
            StoredJson.of("eqms-jira/production-information/1", ProductionInformation.class);
    /** A project's intended use, foreseeable misuse and safety characteristics. */
    public static final StoredJson<IntendedUse> INTENDED_USE =
            StoredJson.of("eqms-jira/intended-use/1", IntendedUse.class);
    /** A trace baseline: every item with its content hash, every link, the baseline hash. */
    public static final StoredJson<TraceBaseline> TRACE_BASELINE =
            StoredJson.of("eqms-jira/trace-baseline/1", TraceBaseline.class);
    /** One entry of the SOUP register. */
    public static final StoredJson<SoupEntry> SOUP_ENTRY =
            StoredJson.of("eqms-jira/soup-entry/1", SoupEntry.class);
    /** A project's software safety classification scheme. */
    public static final StoredJson<ClassificationScheme> CLASSIFICATION_SCHEME =
            StoredJson.of("eqms-jira/classification-scheme/1", ClassificationScheme.class);
    /** The trace-relevant text fields of a trace item, by name. */
    public static final StoredJson<SortedMap<String, String>> ITEM_FIELDS = new StoredJson<>(
            "eqms-jira/item-fields/1",
            TypeFactory.defaultInstance().constructMapType(SortedMap.class, String.class, String.class));
    /** The sequence of events of a hazardous situation. */
    public static final StoredJson<List<String>> EVENTS = new StoredJson<>("eqms-jira/events/1",
            TypeFactory.defaultInstance().constructCollectionType(List.class, String.class));

    /** The signatures recorded on one version of the risk management report, in signing order. */
    public static final StoredJson<List<ReportSignature>> REPORT_SIGNATURES = new StoredJson<>(
            "eqms-jira/report-signatures/1",
            TypeFactory.defaultInstance().constructCollectionType(List.class, ReportSignature.class));

    private StoredCodecs() {
    }

    /** A {@code eqms-jira/risk-record/1} record upgraded to version 2: each control references no document. */
    private static JsonNode controlsReferencingNoDocument(JsonNode record) {
        if (record instanceof ObjectNode risk && risk.get("controls") instanceof ArrayNode controls) {
            for (JsonNode element : controls) {
                if (element instanceof ObjectNode control) {
                    if (control.has("documentReferences")) {
                        throw new IllegalArgumentException("a control of version 1 has no documentReferences");
                    }
                    control.putArray("documentReferences");
                }
            }
        }
        return record;
    }
}
