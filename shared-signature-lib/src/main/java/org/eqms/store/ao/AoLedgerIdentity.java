package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.eqms.audit.LedgerLock;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.store.ao.entity.LedgerInfoRow;

import java.time.Clock;
import java.util.UUID;

/** This install's ledger id ({@code urn:uuid:...}), made once on first use and never changed. */
public final class AoLedgerIdentity {
    private AoLedgerIdentity() {
    }

    public static String ledgerId(ActiveObjects ao, LedgerLock lock, Clock clock) {
        return lock.withLock(() -> ao.executeInTransaction(() -> {
            LedgerInfoRow[] rows = ao.find(LedgerInfoRow.class, Query.select());
            if (rows.length > 1) {
                throw new IllegalStateException("more than one ledger identity is stored");
            }
            if (rows.length == 1) {
                return rows[0].getLedgerId();
            }
            String id = "urn:uuid:" + UUID.randomUUID();
            ao.create(LedgerInfoRow.class, new DBParam(LedgerInfoRow.LEDGER_ID, id),
                    new DBParam(LedgerInfoRow.CREATED_AT, Rfc3339.format(clock.instant())));
            return id;
        }));
    }
}
