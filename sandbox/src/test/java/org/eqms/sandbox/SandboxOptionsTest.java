package org.eqms.sandbox;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxOptionsTest {

    @Test
    void withoutOptionsItRunsOnLoopbackPort2990OnHsqldbInTheUsersHome() {
        SandboxOptions options = SandboxOptions.parse(List.of());
        assertThat(options.port()).isEqualTo(2990);
        assertThat(options.bind()).isEqualTo("127.0.0.1");
        assertThat(options.home()).isEqualTo(Path.of(System.getProperty("user.home"), ".eqms-sandbox"));
        assertThat(options.dbUrl()).isNull();
        assertThat(options.reset()).isFalse();
        assertThat(SandboxDatabase.of(options).describe()).startsWith("HSQLDB jdbc:hsqldb:file:")
                .contains(".eqms-sandbox");
    }

    @Test
    void everyOptionIsTaken() {
        SandboxOptions options = SandboxOptions.parse(List.of("--port", "8080", "--bind", "0.0.0.0", "--home", "/tmp/x",
                "--db", "jdbc:postgresql://db:5432/eqms", "--db-user", "eqms", "--db-password", "secret", "--reset"));
        assertThat(options).isEqualTo(new SandboxOptions(8080, "0.0.0.0", Path.of("/tmp/x"),
                "jdbc:postgresql://db:5432/eqms", "eqms", "secret", true));
        assertThat(SandboxDatabase.of(options).describe()).isEqualTo("PostgreSQL jdbc:postgresql://db:5432/eqms")
                .doesNotContain("secret");
    }

    @Test
    void anUnknownOptionABadPortOrAMissingValueIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--prot", "1"))).hasMessageContaining("unknown option --prot")
                .hasMessageContaining("Usage:");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--port", "http"))).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--home"))).hasMessageContaining("--home needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse(List.of("--bogus"))).hasMessageContaining("unknown option --bogus");
    }
}
