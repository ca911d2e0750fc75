package org.eqms.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The audit CLI of shared-signature-lib ({@code eqms-audit.jar}'s main class, {@code org.eqms.cli.AuditCli}) run as
 * a child JVM on this test's class path, as an auditor runs {@code java -jar eqms-audit.jar verify FILE}: it knows
 * nothing but the file.
 */
public final class AuditCli {
    private AuditCli() {
    }

    /** {@code verify FILE}: exit code and standard output. */
    public static Result verify(Path export) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"),
                "org.eqms.cli.AuditCli", "verify", export.toString())).redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the audit CLI did not finish verifying " + export);
            }
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run the audit CLI", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CLI's exit code (0 valid, 1 invalid, 2 usage) and its result line. */
    public record Result(int exitCode, String output) {
    }
}
