package org.eqms.trace;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Port: where suspect marks and link reviews are kept. Reviews are history: never updated or deleted. */
public interface SuspectLinkStore {

    /** The current suspect marks; the caller closes the stream. */
    Stream<SuspectMark> marks();

    /**
     * The current marks of these links (links not suspect are absent). The default scans {@link #marks()}; a store
     * of a real project overrides it with a lookup by link.
     */
    default List<SuspectMark> marksOn(Collection<TraceLink> links) {
        Set<TraceLink> wanted = Set.copyOf(links);
        try (Stream<SuspectMark> marks = marks()) {
            return marks.filter(m -> wanted.contains(m.link())).toList();
        }
    }

    /** Store new marks (one transaction with the item change that raised them). */
    void saveMarks(Collection<SuspectMark> marks);

    /** Delete the mark the review cleared and keep the review (one transaction). */
    void saveReview(LinkReview review);

    /** Delete the mark of a link that was removed from the graph. */
    void forget(TraceLink link);
}
