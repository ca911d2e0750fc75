package org.eqms.audit;

import java.util.function.Supplier;

/** Port: runs work in one database transaction (joining one already open on this thread). */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
