package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** A user's TOTP secret for signing, wrapped under the key-encryption key; LAST_STEP blocks code replay. */
@Table("TOTP_SECRET")
public interface TotpSecretRow extends RawEntity<String> {
    String USER_KEY = "USER_KEY";
    String WRAPPED_SECRET = "WRAPPED_SECRET";
    String CONFIRMED = "CONFIRMED";
    String LAST_STEP = "LAST_STEP";

    @PrimaryKey(USER_KEY)
    @NotNull
    String getUserKey();

    @NotNull
    String getWrappedSecret();

    void setWrappedSecret(String wrapped);

    boolean isConfirmed();

    void setConfirmed(boolean confirmed);

    long getLastStep();

    void setLastStep(long step);
}
