package org.eqms.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.signature.Credentials;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningRequest;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestDatabase;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.time.Duration;

/**
 * A real ledger for the tampering properties: the AO store on a fresh HSQLDB, varied audited actions (unicode
 * names, null versions, nested data, integers, booleans), real e-signatures through the signing engine, and a
 * key rotation part-way, so checkpoints and seals by two keys are in the history.
 */
final class TamperingLedger implements AutoCloseable {
    private static final String[][] SIGNERS = {
            {"u-bob", "bob", "bob-pw"}, {"u-carol", "carol", "carol-pw"}, {"u-alice", "alice", "alice-pw"}};
    private static final String[] NAMES = {"User Zero", "Zoë Ünïcode", "李雷", "O'Brien \"Q\"", "Tab\tName", "Émile"};
    private static final String[] ACTIONS = {"page.updated", "page.created", "risk.changed", "config.changed",
            "login.failed", "page.deleted"};

    final TestDatabase.OpenDatabase db;
    final AoLedger ledger;
    final MutableClock clock;
    final int signatures;
    final boolean rotated;

    private TamperingLedger(TestDatabase.OpenDatabase db, AoLedger ledger, MutableClock clock, int signatures,
                            boolean rotated) {
        this.db = db;
        this.ledger = ledger;
        this.clock = clock;
        this.signatures = signatures;
        this.rotated = rotated;
    }

    /**
     * {@code actions} plain audited actions and {@code signatures} real e-signatures (one audit entry each),
     * spread evenly; when {@code rotate}, the clock moves a minute on and the key rotates half-way. Ends with a
     * checkpoint covering every entry (as an export would write).
     */
    static TamperingLedger build(int actions, int signatures, boolean rotate, CheckpointPolicy policy) {
        TestDatabase.OpenDatabase db = TestDatabase.HSQLDB.open();
        try {
            MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
            AoLedger ledger = TestLedger.on(db.ao(), clock, policy);
            TestSigningPorts ports = TestSigningPorts.standard();
            AoLedger.Signing signing = ledger.signing(ports, ports, ports, ports, () -> SigningPolicy.DEFAULT, "eQMS");
            int total = actions + signatures;
            int signed = 0;
            int done = 0;
            for (int i = 0; i < total; i++) {
                if (rotate && i == total / 2) {
                    ledger.auditTrail().flush();
                    clock.advance(Duration.ofMinutes(1));
                    ledger.rotateKey();
                }
                boolean sign = signed < signatures && (long) (i + 1) * signatures >= (long) (signed + 1) * total;
                if (sign) {
                    String[] signer = SIGNERS[signed % SIGNERS.length];
                    String page = String.valueOf(100 + signed);
                    ports.edit("page", page, "<p>body " + i + "</p>");
                    SigningChallenge challenge = signing.signatures().challenge(signer[0], "page", page, null);
                    signing.signatures().sign(signer[0], new SigningRequest(challenge.id(), "Approved",
                            signed % 2 == 0 ? "ok" : "Approved after review ✓", Credentials.password(signer[1], signer[2]),
                            "session-" + signed, "10.0.0." + (signed + 1)));
                    signed++;
                } else {
                    record(ledger, done++);
                }
                clock.advance(Duration.ofMillis(137));
                if (i % 7 == 6) {
                    ledger.auditTrail().flush();
                }
            }
            ledger.auditTrail().flush();
            ledger.sequencer().checkpointNow();
            return new TamperingLedger(db, ledger, clock, signatures, rotate);
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    private static void record(AoLedger ledger, int i) {
        AuditData data = AuditData.empty().change("title", "Old " + i, i % 4 == 0 ? null : "New \u00e9 " + i)
                .change("revision", (long) i, (long) i + 1).reason(i % 3 == 0 ? null : "edit " + i)
                .clientIp(i % 5 == 0 ? null : "10.0.0." + (i % 250)).put("urgent", i % 2 == 0);
        if (i % 6 == 0) {
            ObjectNode nested = JsonNodeFactory.instance.objectNode();
            nested.putObject("risk").put("severity", i % 5).put("note", "n\u00b0" + i).putNull("owner");
            nested.putArray("tags").add("a").add(i).add(true);
            data.put("details", nested);
        }
        ledger.auditTrail().record(new Actor("user-" + (i % 7), NAMES[i % NAMES.length]), ACTIONS[i % ACTIONS.length],
                new AuditedObject(i % 2 == 0 ? "page" : "risk", String.valueOf(1000 + i % 13), i % 5 == 0 ? null : i),
                data);
    }

    byte[] export() {
        return TestLedger.export(ledger);
    }

    @Override
    public void close() {
        db.close();
    }
}
