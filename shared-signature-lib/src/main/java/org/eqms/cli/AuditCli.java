package org.eqms.cli;

import org.eqms.audit.InProcessLedgerLock;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.export.AuditExporter;
import org.eqms.audit.export.ExportFileVerifier;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.SignatureLibEntities;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code eqms-audit.jar}: {@code verify FILE} checks an audit export with nothing but the file (exit 0 valid,
 * 1 invalid with the reason, 2 usage); {@code simulate} runs the real ledger on a temporary HSQLDB (or
 * {@code --db}) and writes a real export.
 */
public final class AuditCli {
    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage:",
            "  java -jar eqms-audit.jar verify FILE [--allow-unsigned-header]",
            "      checks an eqms-audit-export/1 file; exit 0 valid, 1 invalid (reason printed), 2 usage",
            "  java -jar eqms-audit.jar simulate --entries N --signatures M --out FILE",
            "                                    [--db JDBC_URL [--user U] [--password P]]",
            "      performs N audited actions (M of them e-signatures, key rotated half-way) on a real ledger",
            "      (a temporary HSQLDB unless --db is given; with --db the key-encryption key is read from the",
            "      EQMS_LEDGER_KEK environment variable, 64 hex digits) and exports it to FILE");

    private final PrintStream out;
    private final PrintStream err;
    private final Function<String, String> environment;

    AuditCli(PrintStream out, PrintStream err, Function<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(new AuditCli(System.out, System.err, System::getenv).run(args));
    }

    int run(String[] args) {
        if (args.length == 0) {
            return usage("no command given");
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "verify" -> verify(rest);
                case "simulate" -> simulate(rest);
                case "--help", "-h", "help" -> {
                    out.println(USAGE_TEXT);
                    yield VALID;
                }
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
    }

    private int verify(List<String> args) {
        boolean allowUnsigned = args.remove("--allow-unsigned-header");
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new UsageException("verify takes exactly one FILE");
        }
        Path file = Path.of(args.get(0));
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UsageException(file + " is not a file");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            VerificationResult result = ExportFileVerifier.verify(in,
                    (done, total) -> err.printf("verify: %,d entries checked%n", done), allowUnsigned);
            out.println(result.message());
            return result.valid() ? VALID : INVALID;
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return INVALID;
        }
    }

    private int simulate(List<String> args) {
        Options options = Options.parse(args, java.util.Set.of("--entries", "--signatures", "--out", "--db", "--user", "--password"));
        long entries = options.requiredLong("--entries");
        long signatures = options.requiredLong("--signatures");
        Path outFile = Path.of(options.required("--out"));
        if (entries < 0 || signatures < 0 || signatures > entries) {
            throw new UsageException("need 0 <= --signatures <= --entries");
        }
        String db = options.optional("--db");
        Path tempDir = null;
        try {
            KeyEncryptionKeySource kek;
            String url;
            if (db == null) {
                tempDir = Files.createTempDirectory("eqms-simulate");
                url = "jdbc:hsqldb:file:" + tempDir.resolve("ledger") + ";hsqldb.tx=mvcc";
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                kek = () -> key.clone();
            } else {
                url = db;
                kek = EnvironmentKek.from(environment);
            }
            err.printf("simulate: ledger database %s%n", db == null ? "temporary HSQLDB in " + tempDir : db);
            try (EntityManagerActiveObjects ao = StandaloneActiveObjects.open(url,
                    options.optional("--user", db == null ? "SA" : ""), options.optional("--password", ""),
                    SignatureLibEntities.NAMESPACE)) {
                ao.migrate(SignatureLibEntities.array());
                AoLedger ledger = new AoLedger(ao, kek, new InProcessLedgerLock(), Clock.systemUTC());
                AuditExporter.ExportSummary summary = new Simulation(ledger, err).run(entries, signatures, outFile);
                out.printf("wrote %s: %d entries, %d checkpoints, %d signatures%n", outFile, summary.entries(),
                        summary.checkpoints(), summary.signatures());
            }
            return VALID;
        } catch (IOException e) {
            err.println("simulate failed: " + e.getMessage());
            return INVALID;
        } finally {
            deleteQuietly(tempDir);
        }
    }

    private int usage(String problem) {
        err.println("eqms-audit: " + problem);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }

    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
