package org.eqms.audit;

import org.eqms.signature.Credentials;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignableVersion;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.io.PrintStream;
import java.time.Clock;

/**
 * The child JVM of {@link CrashRecoveryTest}: appends and signs in a loop on a durable database until it is killed.
 * It reports a commit on stdout only after the commit has returned, so every reported line is a promise the
 * database must keep after {@code kill -9}:
 * <ul>
 *   <li>{@code REC run iter}: the audit record is committed (in the outbox);</li>
 *   <li>{@code SEQ run iter seq}: that record is chained as entry {@code seq};</li>
 *   <li>{@code SIG run iter signatureId seq}: the signature is committed and sealed to entry {@code seq}.</li>
 * </ul>
 * Arguments: JDBC URL, user, password, run number.
 */
public final class CrashLoopMain {
    private CrashLoopMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String user = args[1];
        String password = args.length > 2 ? args[2] : "";
        String run = args.length > 3 ? args[3] : "1";
        EntityManagerActiveObjects ao = StandaloneActiveObjects.open(url, user, password, SignatureLibEntities.NAMESPACE);
        ao.migrate(SignatureLibEntities.array());
        AoLedger ledger = TestLedger.on(ao, Clock.systemUTC());
        TestSigningPorts ports = TestSigningPorts.standard();
        ElectronicSignatures signatures = ledger.signing(ports, ports, ports, ports, () -> SigningPolicy.DEFAULT, "eQMS")
                .signatures();
        PrintStream out = System.out;
        out.println("READY " + run);
        out.flush();
        Actor actor = new Actor("u-alice", "Alice Author");
        for (long iter = 0; ; iter++) {
            if (iter % 10 == 9) {
                String doc = "crash-" + run + "-" + iter;
                SignableVersion version = ports.edit("page", doc, "body " + iter);
                SigningChallenge challenge = signatures.challenge("u-bob", "page", doc, version.object().version());
                SignatureRecord signed = signatures.sign("u-bob", new SigningRequest(challenge.id(), "Approved",
                        "crash run " + run + " iter " + iter, Credentials.password("bob", "bob-pw"), "crash-session-" + run,
                        "10.9.9.9"));
                out.println("SIG " + run + " " + iter + " " + signed.id() + " " + signed.entrySeq());
            } else {
                ledger.auditTrail().record(actor, "crash.loop", new AuditedObject("loop", run, null),
                        AuditData.empty().put("run", run).put("iter", iter).reason("crash loop"));
                out.println("REC " + run + " " + iter);
                out.flush();
                ledger.auditTrail().flush();
                // single writer: the record just linked is the head
                long seq = ledger.store().head().orElseThrow().seq();
                out.println("SEQ " + run + " " + iter + " " + seq);
            }
            out.flush();
        }
    }
}
