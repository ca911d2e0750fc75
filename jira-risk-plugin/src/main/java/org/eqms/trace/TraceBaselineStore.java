package org.eqms.trace;

import java.util.Optional;
import java.util.stream.Stream;

/** Port: where baselines are kept. A stored baseline is never changed. */
public interface TraceBaselineStore {

    void save(TraceBaseline baseline);

    Optional<TraceBaseline> find(String id);

    /** The ids of the stored baselines, oldest first; the caller closes the stream. */
    Stream<String> ids();

    /** The stored baselines' summaries, oldest first, without their snapshots; the caller closes the stream. */
    Stream<BaselineSummary> summaries();
}
