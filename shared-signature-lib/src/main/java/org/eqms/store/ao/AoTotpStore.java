package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.signature.TotpStore;
import org.eqms.store.ao.entity.TotpSecretRow;

import java.util.Optional;

/** {@link TotpStore} on Active Objects. */
public final class AoTotpStore implements TotpStore {
    private final ActiveObjects ao;

    public AoTotpStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<TotpSecret> find(String userKey) {
        TotpSecretRow row = ao.get(TotpSecretRow.class, userKey);
        return row == null ? Optional.empty() : Optional.of(new TotpSecret(row.getUserKey(),
                Base64Url.decode(row.getWrappedSecret()), row.isConfirmed(), row.getLastStep()));
    }

    @Override
    public void save(TotpSecret secret) {
        TotpSecretRow row = ao.get(TotpSecretRow.class, secret.userKey());
        if (row == null) {
            ao.create(TotpSecretRow.class, new DBParam(TotpSecretRow.USER_KEY, secret.userKey()),
                    new DBParam(TotpSecretRow.WRAPPED_SECRET, Base64Url.encode(secret.wrappedSecret())),
                    new DBParam(TotpSecretRow.CONFIRMED, secret.confirmed()),
                    new DBParam(TotpSecretRow.LAST_STEP, secret.lastStep()));
            return;
        }
        row.setWrappedSecret(Base64Url.encode(secret.wrappedSecret()));
        row.setConfirmed(secret.confirmed());
        row.setLastStep(secret.lastStep());
        row.save();
    }
}
