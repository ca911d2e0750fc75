package org.eqms.trace;

/** Progress of taking a baseline (items hashed so far of all), and the way to cancel it (DESIGN §7: long jobs). */
public interface BaselineProgress {

    void items(long done, long total);

    default boolean cancelled() {
        return false;
    }

    BaselineProgress SILENT = (done, total) -> { };
}
