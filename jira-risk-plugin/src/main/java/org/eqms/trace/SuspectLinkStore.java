package org.eqms.trace;

import java.util.Collection;
import java.util.stream.Stream;

/** Port: where suspect marks and link reviews are kept. Reviews are history: never updated or deleted. */
public interface SuspectLinkStore {

    /** The current suspect marks; the caller closes the stream. */
    Stream<SuspectMark> marks();

    /** Store new marks (one transaction with the item change that raised them). */
    void saveMarks(Collection<SuspectMark> marks);

    /** Delete the mark the review cleared and keep the review (one transaction). */
    void saveReview(LinkReview review);

    /** Delete the mark of a link that was removed from the graph. */
    void forget(TraceLink link);
}
