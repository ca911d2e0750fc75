package org.eqms.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;

class ProjectTraceMappingJsonProperties {

    @Property(tries = 300)
    void everyMappingReadsBackAsItWasWritten(@ForAll("mappings") ProjectTraceMapping mapping) {
        String text = ProjectTraceMappingJson.toText(mapping);

        assertThat(ProjectTraceMappingJson.fromText(mapping.projectKey(), text)).isEqualTo(mapping);
        assertThat(ProjectTraceMappingJson.toText(ProjectTraceMappingJson.fromText(text))).isEqualTo(text);
    }

    @Provide
    Arbitrary<ProjectTraceMapping> mappings() {
        Arbitrary<String> ids = Arbitraries.longs().between(1, 99_999_999L).map(String::valueOf);
        Arbitrary<Map<String, ItemRole>> types = Arbitraries.maps(ids, Arbitraries.of(ItemRole.class)).ofMaxSize(12);
        Arbitrary<LinkTypeMapping> link = Combinators.combine(Arbitraries.of(LinkType.class),
                Arbitraries.of(LinkDirection.class)).as(LinkTypeMapping::new);
        Arbitrary<Map<String, LinkTypeMapping>> links = Arbitraries.maps(ids, link).ofMaxSize(12);
        Arbitrary<String> statusNames = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'ü', '"', '\\')
                .ofMinLength(1).ofMaxLength(12).map(s -> "S" + s.strip());
        Arbitrary<VerificationStatusRule> rules = Arbitraries.maps(statusNames,
                Arbitraries.of(VerificationStatus.class)).ofMaxSize(5)
                .filter(m -> m.keySet().stream().map(String::toLowerCase).distinct().count() == m.size())
                .map(VerificationStatusRule::new);
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(keys, Arbitraries.integers().between(0, Integer.MAX_VALUE), types, links, rules)
                .as(ProjectTraceMapping::new);
    }
}
