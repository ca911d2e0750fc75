package org.eqms.audit.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileKeyEncryptionKeyTest {

    @Test
    void theKeyIsCreatedOnceReadableByTheOwnerOnlyAndThenReused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("eqms").resolve("ledger.kek");

        byte[] first = new FileKeyEncryptionKey(file, new SecureRandom()).keyEncryptionKey();
        byte[] again = new FileKeyEncryptionKey(file, new SecureRandom()).keyEncryptionKey();

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        byte[] wrapped = AesGcmKeyWrap.wrap(first, new byte[]{1, 2, 3}, null, new SecureRandom());
        assertThat(AesGcmKeyWrap.unwrap(again, wrapped, null)).containsExactly(1, 2, 3);
    }

    @Test
    void aDamagedKeyFileIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ledger.kek");
        Files.write(file, new byte[]{1, 2, 3});

        assertThatThrownBy(() -> new FileKeyEncryptionKey(file, new SecureRandom()).keyEncryptionKey())
                .hasMessageContaining("holds 3 bytes").hasMessageContaining("restore it from backup");
    }
}
