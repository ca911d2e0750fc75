package org.eqms.store.ao.entity;

import net.java.ao.RawEntity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.Table;

/** The identity of this install's ledger: one row, written on first use. */
@Table("LEDGER_INFO")
public interface LedgerInfoRow extends RawEntity<String> {
    String LEDGER_ID = "LEDGER_ID";
    String CREATED_AT = "CREATED_AT";

    @PrimaryKey(LEDGER_ID)
    @NotNull
    String getLedgerId();

    @NotNull
    String getCreatedAt();
}
