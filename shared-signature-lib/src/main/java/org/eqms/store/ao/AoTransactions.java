package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.Transactions;

import java.util.function.Supplier;

/** {@link Transactions} through {@link ActiveObjects#executeInTransaction}. */
public final class AoTransactions implements Transactions {
    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
