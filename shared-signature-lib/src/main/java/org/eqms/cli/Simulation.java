package org.eqms.cli;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.export.AuditExporter;
import org.eqms.audit.export.ExportProgress;
import org.eqms.signature.Credentials;
import org.eqms.signature.SignableVersion;
import org.eqms.signature.Signer;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Performs {@code entries} audited actions on a real ledger, {@code signatures} of them real e-signatures
 * (challenge, password re-authentication, seal), rotating the ledger key half-way, then exports.
 */
final class Simulation {
    private static final int BATCH = 1_000;
    private static final String[] ACTIONS = {"document.created", "document.updated", "document.submitted",
            "risk.updated", "config.changed", "trace.link.created"};

    private final AoLedger ledger;
    private final PrintStream progress;
    private final SimulatedHost host = new SimulatedHost();

    Simulation(AoLedger ledger, PrintStream progress) {
        this.ledger = ledger;
        this.progress = progress;
    }

    AuditExporter.ExportSummary run(long entries, long signatures, Path out) throws IOException {
        if (signatures > entries) {
            throw new IllegalArgumentException("--signatures cannot exceed --entries");
        }
        AoLedger.Signing signing = ledger.signing(host, host, host, host, () -> SigningPolicy.DEFAULT, "eQMS simulate");
        long rotateAt = entries / 2;
        boolean rotated = false;
        long done = 0;
        long signed = 0;
        long nextReport = 10_000;
        while (done < entries) {
            if (signed < signatures && done >= signatureSlot(signed, entries, signatures)) {
                sign(signing, signed);
                signed++;
                done++;
            } else {
                long untilSignature = signed < signatures ? signatureSlot(signed, entries, signatures) - done : BATCH;
                long batch = Math.min(Math.min(BATCH, entries - done), untilSignature);
                recordBatch(done, batch);
                done += batch;
            }
            if (!rotated && done >= rotateAt && entries > 1) {
                ledger.auditTrail().flush();
                ledger.rotateKey();
                rotated = true;
            }
            if (done >= nextReport) {
                progress.printf("simulate: %,d / %,d actions (%,d signatures)%n", done, entries, signed);
                nextReport += 10_000;
            }
        }
        ledger.auditTrail().flush();
        progress.printf("simulate: exporting to %s%n", out);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            return ledger.exporter().export(file, (written, total) ->
                    progress.printf("export: %,d / %,d entries%n", written, total));
        }
    }

    /** Signatures are spread evenly: signature k is action number k * entries / signatures. */
    private static long signatureSlot(long k, long entries, long signatures) {
        return k * entries / signatures;
    }

    private void recordBatch(long first, long count) {
        ledger.transactions().run(() -> {
            for (long i = first; i < first + count; i++) {
                Signer user = SimulatedHost.USERS.get((int) (i % SimulatedHost.USERS.size()));
                ledger.auditTrail().record(new Actor(user.userKey(), user.fullName()), ACTIONS[(int) (i % ACTIONS.length)],
                        new AuditedObject("page", "SOP-" + (i % 97), (int) (i % 11) + 1),
                        AuditData.empty().change("status", "Draft", "In Review").reason("simulated action " + i)
                                .clientIp("192.0.2." + (i % 250 + 1)));
            }
        });
        ledger.auditTrail().flush();
    }

    private void sign(AoLedger.Signing signing, long n) {
        Signer signer = SimulatedHost.USERS.get(1 + (int) (n % 2));
        SignableVersion version = host.edit("SOP-" + (n % 97), "revision " + n);
        SigningChallenge challenge = signing.signatures().challenge(signer.userKey(), "page",
                version.object().id(), version.object().version());
        signing.signatures().sign(signer.userKey(), new SigningRequest(challenge.id(), "Approved",
                "simulated approval " + n, Credentials.password(signer.username(), SimulatedHost.passwordOf(signer)),
                "simulation-session-" + n, "192.0.2.200"));
    }
}
