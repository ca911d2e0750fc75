package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.LinkReviewRow;
import org.eqms.jira.store.entity.SuspectMarkRow;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.LinkReview;
import org.eqms.trace.LinkType;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;

/** {@link AoSuspectLinkStore} on HSQLDB and (when configured) PostgreSQL. */
class AoSuspectLinkStoreTest {
    private static final TraceLink DERIVES = new TraceLink("1", LinkType.DERIVES, "2");
    private static final TraceLink VERIFIED = new TraceLink("2", LinkType.VERIFIED_BY, "3");

    private static SuspectMark mark(TraceLink link, String by, Instant at) {
        return new SuspectMark(link, "1", by, at, "a".repeat(64), "b".repeat(64));
    }

    private static List<SuspectMark> marks(AoSuspectLinkStore store) {
        try (Stream<SuspectMark> marks = store.marks()) {
            return marks.toList();
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-7.4.1")
    void marksRoundTripAndALinkKeepsItsFirstMark(ActiveObjects ao) {
        AoSuspectLinkStore store = new AoSuspectLinkStore(StoreFixtures.migrated(ao), "PUMP");
        SuspectMark first = mark(DERIVES, "user-1", StoreFixtures.NOW);
        SuspectMark other = mark(VERIFIED, "user-1", StoreFixtures.NOW);
        store.saveMarks(List.of(first, other));
        store.saveMarks(List.of(mark(DERIVES, "user-2", StoreFixtures.NOW.plusSeconds(60))));
        store.saveMarks(List.of());

        assertThat(marks(store)).containsExactly(first, other);
        assertThat(marks(store).get(0).changedAt()).isEqualTo(StoreFixtures.NOW);
    }

    @ActiveObjectsTest
    @Clause("IEC62304-7.4.1")
    void aReviewClearsItsMarkAndIsKeptInOneTransaction(ActiveObjects ao) {
        AoSuspectLinkStore store = new AoSuspectLinkStore(StoreFixtures.migrated(ao), "PUMP");
        SuspectMark mark = mark(DERIVES, "user-1", StoreFixtures.NOW);
        store.saveMarks(List.of(mark, mark(VERIFIED, "user-1", StoreFixtures.NOW)));
        LinkReview review = new LinkReview(DERIVES, "reviewer-1", StoreFixtures.NOW.plusNanos(7), "Still right: "
                + StoreFixtures.AWKWARD, mark);

        // the caller's transaction fails after the review: neither the deletion nor the review stays
        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            store.saveReview(review);
            throw new IllegalStateException("audit failed");
        })).hasMessage("audit failed");
        assertThat(marks(store)).hasSize(2);
        assertThat(store.reviews(DERIVES)).isEmpty();

        store.saveReview(review);

        assertThat(marks(store)).extracting(SuspectMark::link).containsExactly(VERIFIED);
        assertThat(store.reviews(DERIVES)).containsExactly(review);
        try (Stream<LinkReview> all = store.reviews()) {
            assertThat(all.toList()).containsExactly(review);
        }
        // reviewed again? the mark is gone: refused, nothing written
        assertThatThrownBy(() -> store.saveReview(review)).isInstanceOfSatisfying(TraceRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.LINK_NOT_SUSPECT));
        assertThat(ao.count(LinkReviewRow.class)).isEqualTo(1);
    }

    @ActiveObjectsTest
    void aReviewOfAnotherMarkThanTheStoredOneIsRefused(ActiveObjects ao) {
        AoSuspectLinkStore store = new AoSuspectLinkStore(StoreFixtures.migrated(ao), "PUMP");
        store.saveMarks(List.of(mark(DERIVES, "user-1", StoreFixtures.NOW)));
        LinkReview stale = new LinkReview(DERIVES, "reviewer-1", StoreFixtures.NOW, "ok",
                mark(DERIVES, "user-9", StoreFixtures.NOW));

        assertThatThrownBy(() -> store.saveReview(stale)).isInstanceOf(TraceRefusedException.class);
        assertThat(marks(store)).hasSize(1);
        assertThat(ao.count(LinkReviewRow.class)).isZero();
    }

    @ActiveObjectsTest
    void aRemovedLinksMarkIsForgottenAndProjectsAreIsolated(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoSuspectLinkStore pump = new AoSuspectLinkStore(ao, "PUMP");
        AoSuspectLinkStore monitor = new AoSuspectLinkStore(ao, "MON");
        pump.saveMarks(List.of(mark(DERIVES, "user-1", StoreFixtures.NOW), mark(VERIFIED, "u", StoreFixtures.NOW)));
        monitor.saveMarks(List.of(mark(DERIVES, "user-2", StoreFixtures.NOW)));

        pump.forget(DERIVES);
        pump.forget(DERIVES);

        assertThat(marks(pump)).extracting(SuspectMark::link).containsExactly(VERIFIED);
        assertThat(marks(monitor)).extracting(SuspectMark::changedBy).containsExactly("user-2");
        assertThat(ao.count(SuspectMarkRow.class)).isEqualTo(2);
    }

    @ActiveObjectsTest
    void theMarksOfSomeLinksAreLookedUpByLink(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoSuspectLinkStore pump = new AoSuspectLinkStore(ao, "PUMP");
        AoSuspectLinkStore other = new AoSuspectLinkStore(ao, "OTHER");
        SuspectMark derives = mark(DERIVES, "user-1", StoreFixtures.NOW);
        pump.saveMarks(List.of(derives));
        other.saveMarks(List.of(mark(VERIFIED, "user-2", StoreFixtures.NOW)));

        assertThat(pump.marksOn(List.of(DERIVES, VERIFIED, DERIVES))).containsExactly(derives);
        assertThat(pump.marksOn(List.of(VERIFIED))).isEmpty();
        assertThat(pump.marksOn(List.of())).isEmpty();
    }
}
