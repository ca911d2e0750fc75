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

    /** SQLSTATE class 40 (transaction rollback): 40001 serialization failure, 40P01 deadlock. */
    @Override
    public boolean isTransientConflict(RuntimeException failure) {
        return SqlStates.transactionRollback(failure);
    }
}
