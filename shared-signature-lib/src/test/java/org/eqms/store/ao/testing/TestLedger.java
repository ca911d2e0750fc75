package org.eqms.store.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.CheckpointPolicy;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.export.ExportFileVerifier;
import org.eqms.audit.export.ExportProgress;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.store.ao.AoLedger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;

/** A real {@link AoLedger} on a test database, with a fixed key-encryption key. */
public final class TestLedger {
    public static final KeyEncryptionKeySource KEK = () -> {
        byte[] kek = new byte[32];
        Arrays.fill(kek, (byte) 7);
        return kek;
    };

    private TestLedger() {
    }

    public static AoLedger on(ActiveObjects ao, Clock clock) {
        return new AoLedger(ao, KEK, new InProcessLedgerLock(), clock, new SecureRandom(), CheckpointPolicy.DEFAULT);
    }

    public static AoLedger on(ActiveObjects ao, Clock clock, CheckpointPolicy policy) {
        return new AoLedger(ao, KEK, new InProcessLedgerLock(), clock, new SecureRandom(), policy);
    }

    /** Records {@code n} varied actions (not yet chained). */
    public static void recordActions(AoLedger ledger, int n) {
        for (int i = 0; i < n; i++) {
            ledger.auditTrail().record(new Actor("user-" + (i % 7), "User " + (i % 7)), "page.updated",
                    new AuditedObject("page", String.valueOf(1000 + i % 13), i % 5 == 0 ? null : i),
                    AuditData.empty().change("title", "Old " + i, "New " + i).reason("edit " + i).clientIp("10.0.0." + (i % 250)));
        }
    }

    public static byte[] export(AoLedger ledger) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ledger.exporter().export(out, ExportProgress.SILENT);
        return out.toByteArray();
    }

    public static VerificationResult verifyFile(byte[] export) {
        try {
            return ExportFileVerifier.verify(new ByteArrayInputStream(export));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] export) {
        return new String(export, StandardCharsets.UTF_8);
    }
}
