package org.eqms.signature;

import java.util.Optional;

/** Port: the current version and content hash of a signable object (a page, a risk item, a baseline...). */
public interface SignableContent {
    Optional<SignableVersion> current(String type, String id);
}
