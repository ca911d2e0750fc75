package org.eqms.store.ao;

import net.java.ao.RawEntity;
import org.eqms.store.ao.entity.AuditEntryRow;
import org.eqms.store.ao.entity.AuditOutboxRow;
import org.eqms.store.ao.entity.ChallengeRow;
import org.eqms.store.ao.entity.KeyRotationRow;
import org.eqms.store.ao.entity.CheckpointRow;
import org.eqms.store.ao.entity.LedgerInfoRow;
import org.eqms.store.ao.entity.LedgerKeyRow;
import org.eqms.store.ao.entity.NoticeRow;
import org.eqms.store.ao.entity.SignFailureRow;
import org.eqms.store.ao.entity.SignLockoutRow;
import org.eqms.store.ao.entity.SignSessionRow;
import org.eqms.store.ao.entity.SignatureRow;
import org.eqms.store.ao.entity.TotpSecretRow;

import java.util.List;

/**
 * Every Active Objects entity of the shared library. Each app lists these in its {@code <ao>} module (under the
 * app's own namespace); the standalone hosts (tests, audit CLI, sandbox) migrate them under {@link #NAMESPACE}.
 */
public final class SignatureLibEntities {
    /** The AO namespace used where no product plugin supplies one. */
    public static final String NAMESPACE = "org.eqms.ledger";

    private SignatureLibEntities() {
    }

    public static List<Class<? extends RawEntity<?>>> all() {
        return List.of(
                AuditEntryRow.class,
                AuditOutboxRow.class,
                CheckpointRow.class,
                LedgerKeyRow.class,
                LedgerInfoRow.class,
                SignatureRow.class,
                ChallengeRow.class,
                SignFailureRow.class,
                SignLockoutRow.class,
                SignSessionRow.class,
                TotpSecretRow.class,
                KeyRotationRow.class,
                NoticeRow.class);
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return all().toArray(new Class[0]);
    }
}
