package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.AnomalyReview;
import org.eqms.trace.ClassificationScheme;
import org.eqms.trace.SoupComponent;
import org.eqms.trace.SoupEntry;

/** {@link AoSoupRegisterStore} and {@link AoClassificationSchemeStore} on HSQLDB and (when configured) PostgreSQL. */
class AoSoupAndSchemeStoreTest {

    @ActiveObjectsTest
    @Clause("IEC62304-8.1.2")
    void theSoupRegisterRoundTripsInRegistrationOrder(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoSoupRegisterStore pump = new AoSoupRegisterStore(ao, "PUMP");
        AoSoupRegisterStore monitor = new AoSoupRegisterStore(ao, "MON");
        assertThat(pump.load().size()).isZero();
        SoupEntry jackson = StoreFixtures.soupEntry("200", "jackson-databind");
        SoupEntry zlib = SoupEntry.of("100", SoupComponent.of("zlib", "1.3.1"));
        SoupEntry gone = SoupEntry.of("300", SoupComponent.of("left-pad", "1.0.0"));
        pump.save(jackson);
        pump.save(zlib);
        pump.save(gone);
        monitor.save(SoupEntry.of("200", SoupComponent.of("other", "1")));

        SoupEntry reviewed = zlib.withAnomalyReview(new AnomalyReview("1.3.1", "user-1", StoreFixtures.NOW,
                "https://zlib.net/ChangeLog.txt", "None applies"));
        pump.save(reviewed);
        pump.remove("300");
        pump.remove("300");

        assertThat(pump.load().entries()).containsExactly(jackson, reviewed);
        assertThat(pump.load().entry("100").orElseThrow().anomaliesReviewed()).isTrue();
        assertThat(monitor.load().entries()).extracting(e -> e.component().name()).containsExactly("other");
    }

    @ActiveObjectsTest
    @Clause("IEC62304-4.3")
    void aProjectsSchemeRoundTripsAndIsReplaced(ActiveObjects ao) {
        AoClassificationSchemeStore schemes = new AoClassificationSchemeStore(StoreFixtures.migrated(ao));
        assertThat(schemes.scheme("PUMP")).isEmpty();

        schemes.save("PUMP", ClassificationScheme.IEC62304_ED1);
        schemes.save("PUMP", StoreFixtures.rigorLevels());
        schemes.save("MON", ClassificationScheme.IEC62304_ED1);

        assertThat(schemes.scheme("PUMP")).contains(StoreFixtures.rigorLevels());
        assertThat(schemes.scheme("PUMP").orElseThrow().codes()).containsExactly("I", "II", "III");
        assertThat(schemes.scheme("MON")).contains(ClassificationScheme.IEC62304_ED1);
        assertThat(schemes.scheme("NONE")).isEmpty();
    }
}
