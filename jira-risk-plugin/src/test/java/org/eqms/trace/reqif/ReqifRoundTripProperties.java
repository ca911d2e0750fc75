package org.eqms.trace.reqif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReqifRoundTripProperties {

    /** XML specials, whitespace XML normalises, and characters from several planes (one outside the BMP). */
    private static final int[] TRICKY = {'<', '>', '&', '"', '\'', ']', ';', '#', '\n', '\r', '\t', ' ', 0xA0, 0x200B,
            'ä', 'ß', 'Ω', 'ж', '中', '文', 0x1F600, 0x1D11E, 0xFFFD, 'x', 'Y', '7', '_', ':', '-', '.'};

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(box(TRICKY)).list().ofMaxSize(24)
                .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                        StringBuilder::append).toString());
    }

    @Provide
    Arbitrary<String> keys() {
        return texts().filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<ReqifDocument> documents() {
        Arbitrary<ReqifObject> object = Combinators.combine(keys(), keys(), texts(), texts(), keys(), texts())
                .as((id, type, title, text, attribute, value) -> new ReqifObject(id, type, title, text,
                        Map.of(attribute.startsWith("ReqIF.") ? "x" + attribute : attribute, value)));
        return Combinators.combine(texts(), object.list().ofMaxSize(6).uniqueElements(ReqifObject::id), keys())
                .as((title, objects, relationType) -> {
                    List<ReqifRelation> relations = new ArrayList<>();
                    for (int i = 1; i < objects.size(); i++) {
                        relations.add(new ReqifRelation("rel " + i, relationType, objects.get(i).id(),
                                objects.get(i - 1).id()));
                    }
                    return new ReqifDocument(title, objects, relations);
                });
    }

    @Property(tries = 300)
    void everyExportIsSchemaValidAndReadsBackAsTheSameModel(@ForAll("documents") ReqifDocument document) {
        byte[] reqif = ReqifFixtures.export(document);

        ReqifFixtures.validate(reqif);
        assertThat(ReqifFixtures.importFrom(reqif)).isEqualTo(document);
    }

    @Property(tries = 300)
    void distinctKeysNeverShareAnIdentifier(@ForAll("keys") String a, @ForAll("keys") String b) {
        if (!a.equals(b)) {
            assertThat(ReqifIdentifier.of("eqms-so-", a)).isNotEqualTo(ReqifIdentifier.of("eqms-so-", b));
        }
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

}
