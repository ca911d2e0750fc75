package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.SignatureBinding;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.SoupEntry;
import org.eqms.trace.TraceBaseline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored JSON forms: every field survives, the text is canonical, and anything else is refused clearly. */
class StoredCodecsTest {

    private static <T> T roundTrip(StoredJson<T> codec, T value) {
        String json = codec.write(value);
        T back = codec.read(json, "test record");
        assertThat(codec.write(back)).as("canonical: the same record writes the same text").isEqualTo(json);
        return back;
    }

    @Test
    void aRiskWithEveryPartRoundTrips() {
        RiskRecord risk = StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1");

        RiskRecord back = roundTrip(StoredCodecs.RISK_RECORD, risk);

        assertThat(back).isEqualTo(risk);
        assertThat(back.initial().probability().pPpb()).isEqualTo(risk.initial().probability().pPpb()).isNotNull();
        assertThat(back.controls().get(1).justification()).contains("The certified housing cannot change");
        assertThat(back.harm().description()).isEqualTo(StoreFixtures.AWKWARD);
        RiskRecord bare = StoreFixtures.bareRisk("PUMP", "R-2", "HZ-1", "HS-1");
        assertThat(roundTrip(StoredCodecs.RISK_RECORD, bare)).isEqualTo(bare);
    }

    @Test
    void planVersionsDraftApprovedAndSupersededRoundTrip() {
        RiskManagementPlan draft = StoreFixtures.draftPlan("PUMP");
        PlanVersions approved = PlanVersions.empty("PUMP").startDraft(draft)
                .approveDraft(new SignatureBinding(List.of("sig-1", "sig-2"), draft.contentHash()));
        PlanVersions superseded = approved.startDraft(null).approveDraft(
                new SignatureBinding(List.of("sig-3"), approved.startDraft(null).draft().orElseThrow().contentHash()));

        for (RiskManagementPlan version : superseded.versions()) {
            RiskManagementPlan back = roundTrip(StoredCodecs.PLAN_VERSION, version);
            assertThat(back).isEqualTo(version);
            assertThat(back.contentHash()).isEqualTo(version.contentHash());
            assertThat(back.isIntact()).isTrue();
        }
        assertThat(roundTrip(StoredCodecs.PLAN_VERSION, draft)).isEqualTo(draft);
        // derived values (isIntact(), contentHash()) are not stored
        assertThat(StoredCodecs.PLAN_VERSION.write(draft)).doesNotContain("intact").doesNotContain("contentHash");
    }

    @Test
    void baselinesSoupEntriesSchemesAndIntendedUseRoundTrip() {
        TraceBaseline baseline = StoreFixtures.baseline("BL-1", StoreFixtures.smallGraph());
        TraceBaseline back = roundTrip(StoredCodecs.TRACE_BASELINE, baseline);
        assertThat(back).isEqualTo(baseline);
        assertThat(back.createdAt()).isEqualTo(StoreFixtures.NOW);
        assertThat(back.isIntact()).isTrue();

        SoupEntry entry = StoreFixtures.soupEntry("77", "jackson-databind");
        assertThat(roundTrip(StoredCodecs.SOUP_ENTRY, entry)).isEqualTo(entry);
        SoupEntry bare = SoupEntry.of("78", org.eqms.trace.SoupComponent.of("zlib", "1.3.1"));
        assertThat(roundTrip(StoredCodecs.SOUP_ENTRY, bare)).isEqualTo(bare);

        ClassificationScheme scheme = StoreFixtures.rigorLevels();
        assertThat(roundTrip(StoredCodecs.CLASSIFICATION_SCHEME, scheme)).isEqualTo(scheme);
        assertThat(roundTrip(StoredCodecs.CLASSIFICATION_SCHEME, ClassificationScheme.IEC62304_ED1))
                .isEqualTo(ClassificationScheme.IEC62304_ED1);

        assertThat(roundTrip(StoredCodecs.INTENDED_USE, StoreFixtures.intendedUse()))
                .isEqualTo(StoreFixtures.intendedUse());
        TreeMap<String, String> fields = new TreeMap<>(java.util.Map.of("b", StoreFixtures.AWKWARD, "a", ""));
        assertThat(roundTrip(StoredCodecs.ITEM_FIELDS, fields)).isEqualTo(fields);
        assertThat(roundTrip(StoredCodecs.EVENTS, List.of("one", "two"))).containsExactly("one", "two");
    }

    @Test
    void theTextIsCanonicalWithSortedMembersAndTheFormatNamed() throws Exception {
        String json = StoredCodecs.RISK_RECORD.write(StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1"));

        assertThat(json).startsWith("{\"format\":\"eqms-jira/risk-record/2\",\"record\":{\"benefitRisk\":");
        assertThat(json).contains("\"documentReferences\":[\"SOP-0001\",\"WI/QA-012.A\"]");
        JsonNode record = StoredJson.MAPPER.readTree(json).get("record");
        List<String> names = new java.util.ArrayList<>();
        record.fieldNames().forEachRemaining(names::add);
        assertThat(names).isSorted().contains("fmea", "reevaluationReasons", "residual");
        assertThat(json).doesNotContain("intact").doesNotContain("currentEstimate");
    }

    @Test
    void anInstantKeepsItsNanosecondsAsText() {
        String json = StoredCodecs.SOUP_ENTRY.write(StoreFixtures.soupEntry("77", "jackson-databind"));

        assertThat(json).contains("\"reviewedAt\":\"2026-11-23T06:01:02.345678901Z\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "{\"format\":\"eqms-jira/risk-record/1\",\"record\":{}",
            "[]",
            "{\"record\":{}}",
            "{\"format\":\"eqms-jira/risk-record/3\",\"record\":{}}",
            "{\"format\":\"eqms-jira/soup-entry/1\",\"record\":{}}",
            "{\"format\":\"eqms-jira/risk-record/1\",\"record\":{},\"extra\":1}",
            "{\"format\":\"eqms-jira/risk-record/1\",\"record\":null}",
            "{\"format\":\"eqms-jira/risk-record/1\",\"record\":{}}"})
    void malformedOrForeignStoredTextIsAClearError(String json) {
        assertThatThrownBy(() -> StoredCodecs.RISK_RECORD.read(json, "risk R-1 of project PUMP"))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("risk R-1 of project PUMP");
    }

    @Test
    void aRiskStoredInVersion1ReadsWithControlsReferencingNoDocument() throws Exception {
        RiskRecord rich = StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1");
        ObjectNode envelope = (ObjectNode) StoredJson.MAPPER.readTree(StoredCodecs.RISK_RECORD.write(rich));
        envelope.put("format", "eqms-jira/risk-record/1");
        envelope.get("record").get("controls").forEach(c -> ((ObjectNode) c).remove("documentReferences"));
        String version1 = StoredJson.MAPPER.writeValueAsString(envelope);

        RiskRecord read = StoredCodecs.RISK_RECORD.read(version1, "risk R-1 of project PUMP");
        assertThat(read.controls()).allMatch(c -> c.documentReferences().isEmpty());
        assertThat(read.controls().get(0).verifications()).isEqualTo(rich.controls().get(0).verifications());
        assertThat(StoredCodecs.RISK_RECORD.write(read)).startsWith("{\"format\":\"eqms-jira/risk-record/2\"");

        ((ObjectNode) envelope.get("record").get("controls").get(0)).putArray("documentReferences").add("SOP-0001");
        String notVersion1 = StoredJson.MAPPER.writeValueAsString(envelope);
        assertThatThrownBy(() -> StoredCodecs.RISK_RECORD.read(notVersion1, "risk R-1 of project PUMP"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("risk R-1 of project PUMP");
    }

    @Test
    void nullIsAClearError() {
        assertThatThrownBy(() -> StoredCodecs.RISK_RECORD.read(null, "risk R-1"))
                .isInstanceOf(StoredDataException.class).hasMessageContaining("SQL NULL");
    }

    /** Each edit of a valid stored risk that the strict reader must refuse. */
    @ParameterizedTest
    @ValueSource(strings = {
            "unknown member", "missing member", "number as text", "text as number", "fraction for integer",
            "unknown enum", "enum as number", "domain refusal", "duplicate member", "trailing content",
            "bad instant"})
    void aStrictReaderRefusesEveryDeviation(String deviation) throws Exception {
        String valid = StoredCodecs.RISK_RECORD.write(StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1"));
        ObjectNode envelope = (ObjectNode) StoredJson.MAPPER.readTree(valid);
        ObjectNode record = (ObjectNode) envelope.get("record");
        ObjectNode fmea = (ObjectNode) record.get("fmea");
        ObjectNode control = (ObjectNode) record.get("controls").get(0);
        String edited;
        switch (deviation) {
            case "unknown member" -> record.put("comment", "x");
            case "missing member" -> record.remove("fmea");
            case "number as text" -> fmea.put("severity", "9");
            case "text as number" -> record.put("id", 12);
            case "fraction for integer" -> fmea.put("severity", 9.5);
            case "unknown enum" -> control.put("option", "PRAYER");
            case "enum as number" -> control.put("option", 0);
            case "domain refusal" -> fmea.put("severity", 11);
            default -> { }
        }
        edited = StoredJson.MAPPER.writeValueAsString(envelope);
        if (deviation.equals("duplicate member")) {
            edited = edited.replace("\"fmea\":{", "\"fmea\":{\"severity\":1,");
        } else if (deviation.equals("trailing content")) {
            edited = edited + " {}";
        } else if (deviation.equals("bad instant")) {
            String soup = StoredCodecs.SOUP_ENTRY.write(StoreFixtures.soupEntry("77", "jackson-databind"));
            String bad = soup.replace("2026-11-23T06:01:02.345678901Z", "2026-11-23T06:01:02Z");
            assertThatThrownBy(() -> StoredCodecs.SOUP_ENTRY.read(bad, "SOUP entry 77"))
                    .isInstanceOf(StoredDataException.class).hasMessageContaining("SOUP entry 77");
            return;
        }
        String stored = edited;
        assertThat(stored).isNotEqualTo(valid);

        assertThatThrownBy(() -> StoredCodecs.RISK_RECORD.read(stored, "risk R-1 of project PUMP"))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("risk R-1 of project PUMP");
    }

    @Test
    void aDomainRefusalIsReportedWithTheDomainsMessage() throws Exception {
        String valid = StoredCodecs.RISK_RECORD.write(StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1"));
        String stored = valid.replace("\"detection\":4", "\"detection\":11");

        assertThatThrownBy(() -> StoredCodecs.RISK_RECORD.read(stored, "risk R-1"))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("Detection rating 11 is outside 1 to 10");
    }
}
