package org.eqms.sal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.sal.api.ApplicationProperties;
import org.eqms.audit.keys.FileKeyEncryptionKey;
import org.eqms.audit.keys.KeyEncryptionKeySource;

/**
 * The ledger's key-encryption key in the product home: {@value #RELATIVE_PATH} under the <em>shared</em> home, so every
 * node of a cluster unwraps the same ledger keys (they are stored in the database); under the local home only where
 * the product reports no shared home. Created on first use with owner-only permissions (0600) by
 * {@link FileKeyEncryptionKey}; back it up with the home directory, apart from database backups.
 */
public final class HomeKeyEncryptionKey implements KeyEncryptionKeySource {
    /** Where the key file lives, relative to the home directory. */
    public static final String RELATIVE_PATH = "eqms/ledger-kek.bin";

    private final ApplicationProperties applicationProperties;
    private final SecureRandom random;

    public HomeKeyEncryptionKey(ApplicationProperties applicationProperties, SecureRandom random) {
        this.applicationProperties = Objects.requireNonNull(applicationProperties, "applicationProperties");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public byte[] keyEncryptionKey() {
        return new FileKeyEncryptionKey(file(), random).keyEncryptionKey();
    }

    /** The key file: under the shared home, else the local home; refused when the product reports neither. */
    public Path file() {
        Optional<Path> home = orEmpty(applicationProperties.getSharedHomeDirectory())
                .or(() -> orEmpty(applicationProperties.getLocalHomeDirectory()));
        return home.orElseThrow(() -> new IllegalStateException(
                        "the product reports neither a shared nor a local home directory for the ledger's key-encryption key"))
                .resolve(RELATIVE_PATH);
    }

    private static Optional<Path> orEmpty(Optional<Path> path) {
        return path == null ? Optional.empty() : path;
    }
}
