package org.eqms.cli;

import org.eqms.audit.canonical.Hex;
import org.eqms.audit.keys.KeyEncryptionKeySource;

import java.util.function.Function;

/** The key-encryption key from {@code EQMS_LEDGER_KEK} (64 hex digits), for a ledger in a lasting database. */
final class EnvironmentKek {
    static final String VARIABLE = "EQMS_LEDGER_KEK";

    private EnvironmentKek() {
    }

    static KeyEncryptionKeySource from(Function<String, String> environment) {
        String hex = environment.apply(VARIABLE);
        if (hex == null || !hex.matches("[0-9a-fA-F]{64}")) {
            throw new AuditCli.UsageException("with --db, set " + VARIABLE + " to 64 hex digits (the key that wraps the"
                    + " ledger's private keys; keep it safe, e.g. generate it with: openssl rand -hex 32)");
        }
        byte[] key = Hex.decode(hex);
        return key::clone;
    }
}
