package org.eqms.cli;

import org.eqms.audit.AuditedObject;
import org.eqms.audit.canonical.Sha256;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Notifier;
import org.eqms.signature.ReAuthenticator;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;
import org.eqms.signature.Signer;
import org.eqms.signature.SignerDirectory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product side of the signing ports for {@code simulate}: a few users with passwords (held only for this
 * run, never written anywhere) and documents whose versions and content hashes the simulation advances.
 */
final class SimulatedHost implements SignerDirectory, ReAuthenticator, SignableContent, Notifier {
    static final List<Signer> USERS = List.of(
            new Signer("sim-alice", "alice", "Alice Author"),
            new Signer("sim-bob", "bob", "Bob Approver"),
            new Signer("sim-carol", "carol", "Carol Approver"),
            new Signer("sim-dave", "dave", "Dave Document-Controller"));

    private final Map<String, SignableVersion> documents = new ConcurrentHashMap<>();

    static String passwordOf(Signer signer) {
        return signer.username() + "-simulated-password";
    }

    SignableVersion edit(String id, String body) {
        return documents.compute(id, (k, old) -> {
            int version = old == null ? 1 : old.object().version() + 1;
            String canonical = "{\"body\":\"" + body + "\",\"id\":\"" + id + "\",\"version\":" + version + "}";
            return new SignableVersion(new AuditedObject("page", id, version),
                    Sha256.hex(canonical.getBytes(StandardCharsets.UTF_8)));
        });
    }

    @Override
    public Optional<Signer> byKey(String userKey) {
        return USERS.stream().filter(u -> u.userKey().equals(userKey)).findFirst();
    }

    @Override
    public boolean isAdmin(String userKey) {
        return "sim-dave".equals(userKey);
    }

    @Override
    public boolean hasPassword(Signer signer) {
        return true;
    }

    @Override
    public boolean checkPassword(Signer signer, String password) {
        return passwordOf(signer).equals(password);
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        return "page".equals(type) ? Optional.ofNullable(documents.get(id)) : Optional.empty();
    }

    @Override
    public void alertAdmins(AdminAlert alert) {
        System.err.println("ADMIN ALERT: " + alert.message());
    }
}
