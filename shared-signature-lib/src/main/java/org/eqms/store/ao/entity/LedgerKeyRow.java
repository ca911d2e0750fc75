package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/**
 * A ledger signing key. The private half is stored only wrapped (AES-256-GCM under the host's
 * key-encryption key); rows are never deleted, so every seal ever made stays verifiable.
 */
@Table("LEDGER_KEY")
public interface LedgerKeyRow extends RawEntity<String> {
    String KID = "KID";
    String PUBLIC_KEY = "PUBLIC_KEY";
    String WRAPPED_PRIVATE = "WRAPPED_PRIVATE";
    String NOT_BEFORE = "NOT_BEFORE";
    String NOT_AFTER = "NOT_AFTER";

    @PrimaryKey(KID)
    @NotNull
    String getKid();

    @NotNull
    String getPublicKey();

    /** Null once the key is retired: a retired key only verifies. */
    String getWrappedPrivate();

    void setWrappedPrivate(String wrapped);

    @NotNull
    String getNotBefore();

    String getNotAfter();

    void setNotAfter(String notAfter);
}
