package org.eqms.sandbox;

import org.eqms.sandbox.users.DemoUsers;

import java.util.List;
import java.util.Map;

/**
 * {@code java -jar eqms-sandbox.jar [options]}: starts the sandbox and says where it runs, on which database and
 * who can sign in (the demo users' passwords only on the start that created them).
 */
public final class SandboxMain {
    /** Held: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");
    private SandboxMain() {
    }

    public static void main(String[] args) {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        quietLibraries();
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(options);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("eQMS sandbox did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "eqms-sandbox-shutdown"));
        System.out.println(startupMessage(sandbox, options));
    }

    /**
     * Jersey warns at every start about optional providers (JAXB, activation) the apps do not use, and about resource
     * instances it also checks as providers; POI's Log4j API looks for a logging backend the sandbox does not ship.
     */
    private static void quietLibraries() {
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
            // The CycloneDX schema validator warns about schema keywords it does not know, at every import.
            System.setProperty("org.slf4j.simpleLogger.log.com.networknt.schema", "error");
        }
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    static String startupMessage(Sandbox sandbox, SandboxOptions options) {
        StringBuilder message = new StringBuilder("eQMS sandbox running at ").append(sandbox.url()).append('\n')
                .append("  home:     ").append(options.home().toAbsolutePath()).append('\n')
                .append("  database: ").append(sandbox.database().describe()).append('\n')
                .append("  apps:     ");
        message.append(String.join(", ", sandbox.apps().stream()
                .map(app -> app.name() + " (" + app.restBase() + ")").toList()));
        message.append("\n  demo users:\n");
        Map<String, String> passwords = sandbox.firstStartPasswords();
        DemoUsers.roles().forEach((name, role) -> {
            message.append("    ").append(String.format("%-6s", name)).append("  ").append(role);
            if (passwords.containsKey(name)) {
                message.append("  password: ").append(passwords.get(name));
            }
            message.append('\n');
        });
        message.append(passwords.isEmpty()
                ? "  (passwords were printed at the first start and are in " + options.home().toAbsolutePath()
                        .resolve(DemoUsers.PASSWORDS_FILE) + ")"
                : "  (passwords shown this once; also in " + options.home().toAbsolutePath()
                        .resolve(DemoUsers.PASSWORDS_FILE) + ", readable by you only)");
        if (sandbox.seededNow()) {
            message.append("\n  demo data written");
        }
        return message.toString();
    }
}
