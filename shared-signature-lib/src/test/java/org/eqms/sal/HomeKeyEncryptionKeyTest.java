package org.eqms.sal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.ApplicationProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HomeKeyEncryptionKey}: one key file in the shared home, created once, owner-only. */
class HomeKeyEncryptionKeyTest {
    private final ApplicationProperties product = mock(ApplicationProperties.class);

    @Test
    void theKeyIsCreatedOnceInTheSharedHomeReadableByTheOwnerOnly(@TempDir Path shared, @TempDir Path local)
            throws IOException {
        when(product.getSharedHomeDirectory()).thenReturn(Optional.of(shared));
        when(product.getLocalHomeDirectory()).thenReturn(Optional.of(local));
        HomeKeyEncryptionKey kek = new HomeKeyEncryptionKey(product, new SecureRandom());

        byte[] first = kek.keyEncryptionKey();
        byte[] again = new HomeKeyEncryptionKey(product, new SecureRandom()).keyEncryptionKey();

        Path file = shared.resolve(HomeKeyEncryptionKey.RELATIVE_PATH);
        assertThat(kek.file()).isEqualTo(file);
        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(local.resolve(HomeKeyEncryptionKey.RELATIVE_PATH)).doesNotExist();
    }

    @Test
    void withoutASharedHomeTheLocalHomeIsUsed(@TempDir Path local) {
        when(product.getSharedHomeDirectory()).thenReturn(Optional.empty());
        when(product.getLocalHomeDirectory()).thenReturn(Optional.of(local));

        new HomeKeyEncryptionKey(product, new SecureRandom()).keyEncryptionKey();

        assertThat(local.resolve(HomeKeyEncryptionKey.RELATIVE_PATH)).exists();
    }

    @Test
    void withoutAnyHomeTheKeyIsRefused() {
        when(product.getSharedHomeDirectory()).thenReturn(Optional.empty());
        when(product.getLocalHomeDirectory()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new HomeKeyEncryptionKey(product, new SecureRandom()).keyEncryptionKey())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("home directory");
    }
}
