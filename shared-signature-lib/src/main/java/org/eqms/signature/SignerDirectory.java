package org.eqms.signature;

import java.util.Optional;

/** Port: users of the host product (SAL UserManager in Confluence/Jira, the sandbox's own user table). */
public interface SignerDirectory {
    Optional<Signer> byKey(String userKey);

    boolean isAdmin(String userKey);
}
