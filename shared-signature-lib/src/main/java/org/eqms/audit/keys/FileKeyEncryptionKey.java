package org.eqms.audit.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The key-encryption key kept in a file of the host's home directory (the product's local home, or the
 * sandbox's data folder): 32 random bytes, created on first use, readable by the owner only. Losing it makes
 * the ledger's private keys unusable (new seals need a rotation), never the ledger unverifiable.
 */
public final class FileKeyEncryptionKey implements KeyEncryptionKeySource {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final SecureRandom random;

    public FileKeyEncryptionKey(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    @Override
    public byte[] keyEncryptionKey() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            byte[] key = Files.readAllBytes(file);
            if (key.length != AesGcmKeyWrap.KEK_LENGTH) {
                throw new IllegalStateException("key-encryption key file " + file + " holds " + key.length
                        + " bytes, not " + AesGcmKeyWrap.KEK_LENGTH + ": restore it from backup");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key-encryption key " + file, e);
        }
    }

    private void create() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[AesGcmKeyWrap.KEK_LENGTH];
        random.nextBytes(key);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".kek", ".tmp");
        try {
            restrict(temp);
            Files.write(temp, key, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path path) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }
}
