package org.eqms.cli;

import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCliTest {
    private final Map<String, String> environment = new HashMap<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AuditCli cli = new AuditCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), environment::get);

    @Test
    @Clause("21CFR11.10(b)")
    @Clause("21CFR11.10(e)")
    void simulateWritesAnExportThatVerifiesWithExitZero(@TempDir Path dir) {
        Path file = dir.resolve("audit.jsonl");

        int simulated = cli.run(new String[]{"simulate", "--entries", "1200", "--signatures", "7", "--out", file.toString()});
        int verified = cli.run(new String[]{"verify", file.toString()});

        assertThat(simulated).as(err.toString()).isZero();
        assertThat(verified).isZero();
        assertThat(out.toString()).contains("wrote " + file + ": 1200 entries, 2 checkpoints, 7 signatures")
                .contains("valid: 1200 entries, 2 checkpoints, 7 signatures");
    }

    @Test
    @Clause("21CFR11.10(b)")
    void simulateAndVerifyRoundTripOneHundredThousandEntries(@TempDir Path dir) {
        Path file = dir.resolve("audit-100k.jsonl");

        assertThat(cli.run(new String[]{"simulate", "--entries", "100000", "--signatures", "50", "--out", file.toString()}))
                .as(err.toString()).isZero();
        assertThat(cli.run(new String[]{"verify", file.toString()})).isZero();

        assertThat(out.toString()).contains("valid: 100000 entries, 100 checkpoints, 50 signatures");
        assertThat(err.toString()).contains("simulate: 50,000 / 100,000 actions").contains("export: 100,000 / 100,000 entries");
    }

    @Test
    void aTamperedExportExitsOneAndSaysWhereAndWhy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("audit.jsonl");
        assertThat(cli.run(new String[]{"simulate", "--entries", "50", "--signatures", "2", "--out", file.toString()})).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        int entry = indexOfEntry(lines, 17);
        lines.set(entry, lines.get(entry).replace("simulated action", "SIMULATED ACTION"));
        Files.write(file, lines);

        assertThat(cli.run(new String[]{"verify", file.toString()})).isEqualTo(1);
        assertThat(out.toString()).contains("INVALID ALTERED at seq 17");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        assertThat(cli.run(new String[]{})).isEqualTo(2);
        assertThat(cli.run(new String[]{"verify"})).isEqualTo(2);
        assertThat(cli.run(new String[]{"verify", dir.resolve("missing.jsonl").toString()})).isEqualTo(2);
        assertThat(cli.run(new String[]{"simulate", "--entries", "ten", "--signatures", "1", "--out", "x"})).isEqualTo(2);
        assertThat(cli.run(new String[]{"simulate", "--entries", "1", "--signatures", "2", "--out", "x"})).isEqualTo(2);
        assertThat(cli.run(new String[]{"frobnicate"})).isEqualTo(2);
        assertThat(cli.run(new String[]{"simulate", "--entries", "1", "--signatures", "0", "--out", "x", "--entires", "5"}))
                .isEqualTo(2);
        assertThat(err.toString()).contains("usage:").contains("no such file").contains("--entries must be a whole number")
                .contains("unknown option --entires");
    }

    @Test
    void simulateOnALastingDatabaseNeedsTheKeyEncryptionKey(@TempDir Path dir) {
        String[] args = {"simulate", "--entries", "30", "--signatures", "3", "--out", dir.resolve("x.jsonl").toString(),
                "--db", "jdbc:hsqldb:mem:kek-test", "--user", "SA"};

        assertThat(cli.run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("EQMS_LEDGER_KEK");

        environment.put(EnvironmentKek.VARIABLE, "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        assertThat(cli.run(args)).as(err.toString()).isZero();
        assertThat(cli.run(new String[]{"verify", dir.resolve("x.jsonl").toString()})).isZero();
    }

    private static int indexOfEntry(List<String> lines, int seq) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"kind\":\"entry\"") && lines.get(i).contains("\"seq\":" + seq + ",")) {
                return i;
            }
        }
        throw new AssertionError("no entry " + seq);
    }
}
