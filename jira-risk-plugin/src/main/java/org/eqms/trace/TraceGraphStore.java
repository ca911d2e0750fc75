package org.eqms.trace;

import java.util.stream.Stream;

/**
 * Port: where the trace graph is kept (Jira issues and issue links in the product, tables in the sandbox). Reads
 * stream, so a graph of 100,000 links is never materialized twice; callers close the streams.
 */
public interface TraceGraphStore {

    /** Every item; the caller closes the stream. */
    Stream<TraceItem> items();

    /** Every link; the caller closes the stream. */
    Stream<TraceLink> links();

    /** Create or update an item (by id). */
    void saveItem(TraceItem item);

    void deleteItem(String id);

    void saveLink(TraceLink link);

    void deleteLink(TraceLink link);
}
