package org.eqms.jira.store;

import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.jira.store.entity.LinkReviewRow;
import org.eqms.jira.store.entity.SuspectMarkRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.trace.LinkReview;
import org.eqms.trace.LinkType;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;

/**
 * {@link SuspectLinkStore} of one project on Active Objects: current marks in {@link SuspectMarkRow} (at most one per
 * link), reviews in {@link LinkReviewRow} (history: inserted, never updated or deleted).
 *
 * <ul>
 *   <li>{@link #saveMarks} stores the marks of links not marked yet; a link already marked keeps its first mark
 *       (the oldest unreviewed change), as {@code SuspectLinks} does.</li>
 *   <li>{@link #saveReview} deletes the mark the review cleared and inserts the review, in one transaction: the
 *       mark must still be stored exactly as the review says, else the review is refused
 *       ({@link TraceRefusal#LINK_NOT_SUSPECT}) and nothing is written, so two reviewers racing for one mark
 *       record one review.</li>
 *   <li>Every write joins the caller's transaction (a mark commits with the item change that raised it).</li>
 * </ul>
 */
public final class AoSuspectLinkStore implements SuspectLinkStore {
    private static final String MARK_COLUMNS = String.join(",", SuspectMarkRow.ID, SuspectMarkRow.PROJECT_LINK,
            SuspectMarkRow.FROM_ID, SuspectMarkRow.LINK_TYPE, SuspectMarkRow.TO_ID, SuspectMarkRow.CHANGED_ITEM,
            SuspectMarkRow.CHANGED_BY, SuspectMarkRow.CHANGED_AT, SuspectMarkRow.HASH_BEFORE,
            SuspectMarkRow.HASH_AFTER);
    private static final String REVIEW_COLUMNS = String.join(",", LinkReviewRow.ID, LinkReviewRow.FROM_ID,
            LinkReviewRow.LINK_TYPE, LinkReviewRow.TO_ID, LinkReviewRow.REVIEWER_KEY, LinkReviewRow.REVIEWED_AT,
            LinkReviewRow.REASON, LinkReviewRow.CHANGED_ITEM, LinkReviewRow.CHANGED_BY, LinkReviewRow.CHANGED_AT,
            LinkReviewRow.HASH_BEFORE, LinkReviewRow.HASH_AFTER);

    private final ActiveObjects ao;
    private final String projectKey;

    public AoSuspectLinkStore(ActiveObjects ao, String projectKey) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.projectKey = UniqueKeys.column(projectKey, "project key");
    }

    @Override
    public Stream<SuspectMark> marks() {
        return Pages.<SuspectMark, Integer>stream(AoTraceGraphStore.PAGE, after -> {
            Pages.Collector<SuspectMark, Integer> page = new Pages.Collector<>();
            ao.stream(SuspectMarkRow.class, byId(MARK_COLUMNS, after), row -> page.add(mark(row), row.getID()));
            return page.page();
        });
    }

    /** The current marks of these links, {@value AoTraceGraphStore#SLICE} per query through UNIQUE PROJECT_LINK. */
    @Override
    public List<SuspectMark> marksOn(Collection<TraceLink> links) {
        List<String> keys = links.stream().map(this::linkKey).distinct().toList();
        List<SuspectMark> marks = new ArrayList<>();
        for (List<String> slice : Pages.slices(keys, AoTraceGraphStore.SLICE)) {
            for (SuspectMarkRow row : ao.find(SuspectMarkRow.class, Query.select(MARK_COLUMNS)
                    .where(SuspectMarkRow.PROJECT_LINK + " IN (" + Pages.placeholders(slice.size()) + ")",
                            slice.toArray()).order("ID ASC"))) {
                marks.add(mark(row));
            }
        }
        return marks;
    }

    /** The reviews of one link, oldest first (a link has a handful, not thousands). */
    public List<LinkReview> reviews(TraceLink link) {
        List<LinkReview> reviews = new ArrayList<>();
        for (LinkReviewRow row : ao.find(LinkReviewRow.class, Query.select(REVIEW_COLUMNS)
                .where(LinkReviewRow.PROJECT_LINK + " = ?", linkKey(link)).order("ID ASC"))) {
            reviews.add(review(row));
        }
        return reviews;
    }

    /** Every review of the project, oldest first; the caller closes the stream. */
    public Stream<LinkReview> reviews() {
        return Pages.<LinkReview, Integer>stream(AoTraceGraphStore.PAGE, after -> {
            Pages.Collector<LinkReview, Integer> page = new Pages.Collector<>();
            Query query = after == null
                    ? Query.select(REVIEW_COLUMNS).where(LinkReviewRow.PROJECT_KEY + " = ?", projectKey)
                    : Query.select(REVIEW_COLUMNS).where(LinkReviewRow.PROJECT_KEY + " = ? AND ID > ?", projectKey,
                    after);
            ao.stream(LinkReviewRow.class, query.order("ID ASC").limit(AoTraceGraphStore.PAGE),
                    row -> page.add(review(row), row.getID()));
            return page.page();
        });
    }

    private Query byId(String columns, Integer after) {
        Query query = after == null
                ? Query.select(columns).where(SuspectMarkRow.PROJECT_KEY + " = ?", projectKey)
                : Query.select(columns).where(SuspectMarkRow.PROJECT_KEY + " = ? AND ID > ?", projectKey, after);
        return query.order("ID ASC").limit(AoTraceGraphStore.PAGE);
    }

    @Override
    public void saveMarks(Collection<SuspectMark> marks) {
        Map<String, SuspectMark> byLink = new LinkedHashMap<>();
        for (SuspectMark mark : marks) {
            Objects.requireNonNull(mark, "mark");
            check(mark);
            byLink.putIfAbsent(linkKey(mark.link()), mark);
        }
        if (byLink.isEmpty()) {
            return;
        }
        write("Suspect marks of project " + projectKey, () -> {
            for (List<String> slice : Pages.slices(new ArrayList<>(byLink.keySet()), AoTraceGraphStore.SLICE)) {
                Set<String> stored = new HashSet<>();
                for (SuspectMarkRow row : ao.find(SuspectMarkRow.class, Query.select(SuspectMarkRow.ID + ","
                        + SuspectMarkRow.PROJECT_LINK).where(SuspectMarkRow.PROJECT_LINK + " IN ("
                        + Pages.placeholders(slice.size()) + ")", slice.toArray()))) {
                    stored.add(row.getProjectLink());
                }
                for (String key : slice) {
                    if (!stored.contains(key)) {
                        SuspectMark mark = byLink.get(key);
                        Map<String, Object> row = new HashMap<>();
                        row.put(SuspectMarkRow.PROJECT_KEY, projectKey);
                        row.put(SuspectMarkRow.PROJECT_LINK, key);
                        row.put(SuspectMarkRow.FROM_ID, mark.link().from());
                        row.put(SuspectMarkRow.LINK_TYPE, mark.link().type().name());
                        row.put(SuspectMarkRow.TO_ID, mark.link().to());
                        row.put(SuspectMarkRow.CHANGED_ITEM, mark.changedItemId());
                        row.put(SuspectMarkRow.CHANGED_BY, mark.changedBy());
                        row.put(SuspectMarkRow.CHANGED_AT, StoredInstant.format(mark.changedAt()));
                        row.put(SuspectMarkRow.HASH_BEFORE, mark.hashBefore());
                        row.put(SuspectMarkRow.HASH_AFTER, mark.hashAfter());
                        ao.create(SuspectMarkRow.class, row);
                    }
                }
            }
        });
    }

    /**
     * @throws TraceRefusedException {@link TraceRefusal#LINK_NOT_SUSPECT} when the link has no stored mark, or not
     *                               the one the review cleared; nothing is written
     */
    @Override
    public void saveReview(LinkReview review) {
        Objects.requireNonNull(review, "review");
        if (!review.cleared().link().equals(review.link())) {
            throw new IllegalArgumentException("The review of " + review.link() + " names the mark of another link, "
                    + review.cleared().link());
        }
        check(review.cleared());
        UniqueKeys.column(review.reviewerKey(), "reviewer key");
        String key = linkKey(review.link());
        write("The review of " + review.link(), () -> {
            SuspectMarkRow[] rows = ao.find(SuspectMarkRow.class, Query.select(MARK_COLUMNS)
                    .where(SuspectMarkRow.PROJECT_LINK + " = ?", key));
            if (rows.length == 0 || !mark(rows[0]).equals(review.cleared())) {
                throw new TraceRefusedException(TraceRefusal.LINK_NOT_SUSPECT, "The link " + review.link()
                        + (rows.length == 0 ? " is not suspect (any more)." : " has another suspect mark than the"
                        + " one reviewed."), "Reload the trace; the link may have been reviewed meanwhile.");
            }
            // the conditional delete makes a concurrent second review of the same mark lose
            if (ao.deleteWithSQL(SuspectMarkRow.class, "ID = ?", rows[0].getID()) != 1) {
                throw new TraceRefusedException(TraceRefusal.LINK_NOT_SUSPECT, "The link " + review.link()
                        + " was reviewed by someone else meanwhile.", "Reload the trace.");
            }
            SuspectMark cleared = review.cleared();
            Map<String, Object> row = new HashMap<>();
            row.put(LinkReviewRow.PROJECT_KEY, projectKey);
            row.put(LinkReviewRow.PROJECT_LINK, key);
            row.put(LinkReviewRow.FROM_ID, review.link().from());
            row.put(LinkReviewRow.LINK_TYPE, review.link().type().name());
            row.put(LinkReviewRow.TO_ID, review.link().to());
            row.put(LinkReviewRow.REVIEWER_KEY, review.reviewerKey());
            row.put(LinkReviewRow.REVIEWED_AT, StoredInstant.format(review.reviewedAt()));
            row.put(LinkReviewRow.REASON, review.reason());
            row.put(LinkReviewRow.CHANGED_ITEM, cleared.changedItemId());
            row.put(LinkReviewRow.CHANGED_BY, cleared.changedBy());
            row.put(LinkReviewRow.CHANGED_AT, StoredInstant.format(cleared.changedAt()));
            row.put(LinkReviewRow.HASH_BEFORE, cleared.hashBefore());
            row.put(LinkReviewRow.HASH_AFTER, cleared.hashAfter());
            ao.create(LinkReviewRow.class, row);
        });
    }

    @Override
    public void forget(TraceLink link) {
        Objects.requireNonNull(link, "link");
        String key = linkKey(link);
        write("The suspect mark of " + link, () ->
                ao.deleteWithSQL(SuspectMarkRow.class, SuspectMarkRow.PROJECT_LINK + " = ?", key));
    }

    private String linkKey(TraceLink link) {
        return UniqueKeys.of(projectKey, UniqueKeys.column(link.from(), "upstream item id"), link.type().name(),
                UniqueKeys.column(link.to(), "downstream item id"));
    }

    private static void check(SuspectMark mark) {
        UniqueKeys.column(mark.changedItemId(), "changed item id");
        UniqueKeys.column(mark.changedBy(), "user key of the change");
        UniqueKeys.column(mark.hashBefore(), "content hash before the change");
        UniqueKeys.column(mark.hashAfter(), "content hash after the change");
    }

    private SuspectMark mark(SuspectMarkRow row) {
        return Rows.decode("suspect mark " + row.getID() + " of project " + projectKey, () -> new SuspectMark(
                new TraceLink(row.getFromId(), Rows.enumOf(LinkType.class, row.getLinkType()), row.getToId()),
                row.getChangedItem(), row.getChangedBy(), Rows.instant(row.getChangedAt()), row.getHashBefore(),
                row.getHashAfter()));
    }

    private LinkReview review(LinkReviewRow row) {
        return Rows.decode("link review " + row.getID() + " of project " + projectKey, () -> {
            TraceLink link = new TraceLink(row.getFromId(), Rows.enumOf(LinkType.class, row.getLinkType()),
                    row.getToId());
            return new LinkReview(link, row.getReviewerKey(), Rows.instant(row.getReviewedAt()), row.getReason(),
                    new SuspectMark(link, row.getChangedItem(), row.getChangedBy(), Rows.instant(row.getChangedAt()),
                            row.getHashBefore(), row.getHashAfter()));
        });
    }

    private void write(String what, Runnable work) {
        try {
            ao.executeInTransaction(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new IllegalStateException(what + ": not saved, a concurrent writer stored it first;"
                        + " reload and try again", e);
            }
            throw e;
        }
    }
}
