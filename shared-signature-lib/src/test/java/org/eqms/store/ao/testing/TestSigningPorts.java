package org.eqms.store.ao.testing;

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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The host product's side of the signing ports, as a test host provides them: a user directory with passwords
 * (or none, for SSO users), versioned documents whose content hash changes with every edit, and an admin inbox.
 * These stand in for Confluence/Jira at the product seam only.
 */
public final class TestSigningPorts implements SignerDirectory, ReAuthenticator, SignableContent, Notifier {
    private final Map<String, Signer> users = new ConcurrentHashMap<>();
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Boolean> admins = new ConcurrentHashMap<>();
    private final Map<String, SignableVersion> documents = new ConcurrentHashMap<>();
    private final List<AdminAlert> alerts = new CopyOnWriteArrayList<>();

    /** alice, bob, carol (approvers with passwords), sso-sam (SSO, no password), admins ann and adam. */
    public static TestSigningPorts standard() {
        TestSigningPorts ports = new TestSigningPorts();
        ports.user("u-alice", "alice", "Alice Author", "alice-pw", false);
        ports.user("u-bob", "bob", "Bob Approver", "bob-pw", false);
        ports.user("u-carol", "carol", "Carol Approver", "carol-pw", false);
        ports.user("u-sam", "sso-sam", "Sam Single-Sign-On", null, false);
        ports.user("u-ann", "ann", "Ann Admin", "ann-pw", true);
        ports.user("u-adam", "adam", "Adam Admin", "adam-pw", true);
        return ports;
    }

    public void user(String key, String username, String fullName, String password, boolean admin) {
        users.put(key, new Signer(key, username, fullName));
        if (password != null) {
            passwords.put(key, password);
        }
        admins.put(key, admin);
    }

    /** Creates or edits a document: the version goes up by one and the content hash follows the body. */
    public SignableVersion edit(String type, String id, String body) {
        return documents.compute(type + ":" + id, (k, old) -> {
            int version = old == null ? 1 : old.object().version() + 1;
            return new SignableVersion(new AuditedObject(type, id, version),
                    Sha256.hex((id + "|" + version + "|" + body).getBytes(StandardCharsets.UTF_8)));
        });
    }

    public List<AdminAlert> alerts() {
        return List.copyOf(alerts);
    }

    @Override
    public Optional<Signer> byKey(String userKey) {
        return Optional.ofNullable(users.get(userKey));
    }

    @Override
    public boolean isAdmin(String userKey) {
        return admins.getOrDefault(userKey, false);
    }

    @Override
    public boolean hasPassword(Signer signer) {
        return passwords.containsKey(signer.userKey());
    }

    @Override
    public boolean checkPassword(Signer signer, String password) {
        return password != null && password.equals(passwords.get(signer.userKey()));
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        return Optional.ofNullable(documents.get(type + ":" + id));
    }

    @Override
    public void alertAdmins(AdminAlert alert) {
        alerts.add(alert);
    }
}
