package org.eqms.e2e.reliability;

import org.eqms.audit.InProcessLedgerLock;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.export.AuditExporter;
import org.eqms.audit.export.ExportFileVerifier;
import org.eqms.audit.export.ExportProgress;
import org.eqms.audit.keys.FileKeyEncryptionKey;
import org.eqms.e2e.support.SandboxProcess;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * One app's audit ledger exported from the database of a stopped child sandbox, as an administrator's tool would
 * (the shared library's {@link AoLedger} on the app's Active Objects namespace, the home's key-encryption key), and
 * the file checked by the independent verifier the audit CLI uses ({@link ExportFileVerifier}). The export first
 * links whatever the outbox still holds, so a record committed just before a kill -9 is in the file or the check
 * fails on its absence from the chain.
 */
final class LedgerExportCheck {
    private LedgerExportCheck() {
    }

    /** Exports the ledger of {@code namespace} to {@code file}; returns the verifier's result and the export's size. */
    static Result exportAndVerify(SandboxProcess sandbox, String namespace, Path file) {
        if (sandbox.isAlive()) {
            throw new IllegalStateException("stop the sandbox first: its sequencer is the ledger's only writer");
        }
        AuditExporter.ExportSummary summary;
        long pendingAfter;
        try (EntityManagerActiveObjects ao = StandaloneActiveObjects.open(sandbox.databaseUrl(), sandbox.databaseUser(),
                sandbox.databasePassword(), namespace)) {
            AoLedger ledger = new AoLedger(ao, new FileKeyEncryptionKey(sandbox.home().resolve("ledger-kek.bin"),
                    new SecureRandom()), new InProcessLedgerLock(), Clock.systemUTC());
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                summary = ledger.exporter().export(out, ExportProgress.SILENT);
            }
            pendingAfter = ledger.store().pendingCount();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit export " + file, e);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return new Result(ExportFileVerifier.verify(in), summary, pendingAfter);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit export " + file, e);
        }
    }

    record Result(VerificationResult verification, AuditExporter.ExportSummary summary, long pendingAfterExport) {
    }
}
