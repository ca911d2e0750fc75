package org.eqms.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * How the sandbox runs: {@code --port} (2990), {@code --bind} (127.0.0.1), {@code --home DIR} (~/.eqms-sandbox),
 * {@code --db jdbc:postgresql://…} with {@code --db-user}/{@code --db-password} (default: an HSQLDB file database
 * in the home), {@code --reset} (start clean).
 */
public record SandboxOptions(int port, String bind, Path home, String dbUrl, String dbUser, String dbPassword,
                             boolean reset) {
    public static final int DEFAULT_PORT = 2990;
    public static final String DEFAULT_BIND = "127.0.0.1";

    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, DEFAULT_BIND, Path.of(System.getProperty("user.home"), ".eqms-sandbox"),
                null, null, null, false);
    }

    /** Parses the command line; an unknown option or a missing value is an {@link IllegalArgumentException}. */
    public static SandboxOptions parse(List<String> args) {
        SandboxOptions options = defaults();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if ("--reset".equals(option)) {
                options = options.withReset(true);
                continue;
            }
            if (!VALUED.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option + ". " + USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value. " + USAGE);
            }
            String value = args.get(++i);
            options = switch (option) {
                case "--port" -> options.withPort(port(value));
                case "--bind" -> new SandboxOptions(options.port, value, options.home, options.dbUrl, options.dbUser,
                        options.dbPassword, options.reset);
                case "--home" -> options.withHome(Path.of(value));
                case "--db" -> options.withDatabase(value, options.dbUser, options.dbPassword);
                case "--db-user" -> options.withDatabase(options.dbUrl, value, options.dbPassword);
                case "--db-password" -> options.withDatabase(options.dbUrl, options.dbUser, value);
                default -> throw new IllegalArgumentException("unknown option " + option + ". " + USAGE);
            };
        }
        return options;
    }

    private static final java.util.Set<String> VALUED = java.util.Set.of("--port", "--bind", "--home", "--db",
            "--db-user", "--db-password");

    public static final String USAGE = "Usage: java -jar eqms-sandbox.jar [--port 2990] [--bind 127.0.0.1] "
            + "[--home DIR] [--db jdbc:postgresql://HOST:PORT/DB --db-user USER --db-password PASSWORD] [--reset]";

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, bind, home, dbUrl, dbUser, dbPassword, reset);
    }

    public SandboxOptions withHome(Path newHome) {
        return new SandboxOptions(port, bind, newHome, dbUrl, dbUser, dbPassword, reset);
    }

    public SandboxOptions withDatabase(String url, String user, String password) {
        return new SandboxOptions(port, bind, home, url, user, password, reset);
    }

    public SandboxOptions withReset(boolean newReset) {
        return new SandboxOptions(port, bind, home, dbUrl, dbUser, dbPassword, newReset);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
    }
}
