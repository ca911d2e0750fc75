package org.eqms.audit;

import java.util.function.Supplier;

/** Port: runs work in one database transaction (joining one already open on this thread). */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Whether {@code failure} is a transient conflict (serialization failure or deadlock) after which the whole
     * transaction was rolled back and may simply be run again.
     */
    default boolean isTransientConflict(RuntimeException failure) {
        return false;
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
