package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Rfc3339;
import org.eqms.audit.keys.LedgerKeyStore;
import org.eqms.audit.keys.StoredLedgerKey;
import org.eqms.store.ao.entity.LedgerKeyRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link LedgerKeyStore} on Active Objects. */
public final class AoLedgerKeyStore implements LedgerKeyStore {
    private final ActiveObjects ao;

    public AoLedgerKeyStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<StoredLedgerKey> active() {
        LedgerKeyRow[] rows = ao.find(LedgerKeyRow.class, Query.select().where(LedgerKeyRow.NOT_AFTER + " IS NULL"));
        if (rows.length > 1) {
            throw new IllegalStateException("the ledger has " + rows.length + " active keys; expected one");
        }
        return rows.length == 0 ? Optional.empty() : Optional.of(key(rows[0]));
    }

    @Override
    public List<StoredLedgerKey> all() {
        List<StoredLedgerKey> keys = new ArrayList<>();
        for (LedgerKeyRow row : ao.find(LedgerKeyRow.class, Query.select().order(LedgerKeyRow.NOT_BEFORE + " ASC"))) {
            keys.add(key(row));
        }
        return keys;
    }

    @Override
    public void add(StoredLedgerKey key) {
        Map<String, Object> row = new HashMap<>();
        row.put(LedgerKeyRow.KID, key.kid());
        row.put(LedgerKeyRow.PUBLIC_KEY, Base64Url.encode(key.publicKey()));
        row.put(LedgerKeyRow.WRAPPED_PRIVATE, Base64Url.encode(key.wrappedPrivateKey()));
        row.put(LedgerKeyRow.NOT_BEFORE, Rfc3339.format(key.notBefore()));
        row.put(LedgerKeyRow.NOT_AFTER, key.notAfter() == null ? null : Rfc3339.format(key.notAfter()));
        ao.create(LedgerKeyRow.class, row);
    }

    @Override
    public void retire(String kid, Instant notAfter) {
        LedgerKeyRow row = ao.get(LedgerKeyRow.class, kid);
        if (row == null) {
            throw new IllegalArgumentException("no ledger key " + kid);
        }
        row.setNotAfter(Rfc3339.format(notAfter));
        row.setWrappedPrivate(null);
        row.save();
    }

    private static StoredLedgerKey key(LedgerKeyRow row) {
        return new StoredLedgerKey(row.getKid(), Base64Url.decode(row.getPublicKey()),
                row.getWrappedPrivate() == null ? null : Base64Url.decode(row.getWrappedPrivate()),
                Rfc3339.parse(row.getNotBefore()), row.getNotAfter() == null ? null : Rfc3339.parse(row.getNotAfter()));
    }
}
