package org.eqms.e2e.support;

import org.eqms.sandbox.SandboxMain;
import org.eqms.sandbox.users.DemoUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real sandbox as a child JVM ({@code java -cp <this JVM's class path> org.eqms.sandbox.SandboxMain}), for what an
 * in-process sandbox cannot show: a {@link #kill() kill -9} and a {@link #restart() restart} on the same home and
 * database. First start with {@code --reset} on a free port of 127.0.0.1; PostgreSQL when {@code EQMS_TEST_PG_URL}
 * is set, else HSQLDB in the home. The child's output goes to {@code <home>.log} beside the home, which
 * {@link #close()} deletes.
 */
public final class SandboxProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final Path log;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private Process process;
    private int port;
    private Map<String, String> passwords = Map.of();

    private SandboxProcess(Path home) {
        this.home = home;
        // A test JVM that ends abnormally must not leave its sandbox running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process != null) {
                process.destroyForcibly();
            }
        }, "sandbox-process-reaper"));
        this.log = home.resolveSibling(home.getFileName() + ".log");
        String pgUrl = System.getenv("EQMS_TEST_PG_URL");
        boolean postgresql = pgUrl != null && !pgUrl.isBlank();
        this.dbUrl = postgresql ? pgUrl : "jdbc:hsqldb:file:" + home.toAbsolutePath().resolve("db").resolve("eqms")
                + ";hsqldb.write_delay=false";
        this.dbUser = postgresql ? env("EQMS_TEST_PG_USER") : "SA";
        this.dbPassword = postgresql ? env("EQMS_TEST_PG_PASSWORD") : "";
    }

    /** Starts a child sandbox on a new home under the build's e2e work folder, with {@code --reset}. */
    public static SandboxProcess start() {
        Path work = Path.of(System.getProperty("eqms.e2e.work", System.getProperty("java.io.tmpdir")));
        try {
            Files.createDirectories(work);
            SandboxProcess sandbox = new SandboxProcess(Files.createTempDirectory(work, "child-sandbox-home-"));
            sandbox.launch(true);
            sandbox.passwords = Map.copyOf(DemoUsers.readPasswords(sandbox.home));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a sandbox home under " + work, e);
        }
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()}): no shutdown hook, no graceful close. */
    public void kill() {
        process.destroyForcibly();
        waitFor(process);
    }

    /** Starts the sandbox again on the same home and database (no {@code --reset}), on a new free port. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the sandbox still runs; kill or stop it first");
        }
        launch(false);
    }

    /** A graceful stop (SIGTERM: the sandbox's shutdown hook closes the server and the database). */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(process)) {
                process.destroyForcibly();
                waitFor(process);
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    /** The child's stdout and stderr. */
    public Path log() {
        return log;
    }

    /** The demo users' passwords, as the first start wrote them to {@code HOME/demo-passwords.txt}. */
    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no demo user " + user + "; demo users: " + passwords.keySet());
        }
        return password;
    }

    public boolean onPostgresql() {
        return dbUrl.startsWith("jdbc:postgresql:");
    }

    public String databaseUrl() {
        return dbUrl;
    }

    public String databaseUser() {
        return dbUser;
    }

    public String databasePassword() {
        return dbPassword;
    }

    /** A direct JDBC connection to the sandbox's database (on HSQLDB only while the child is stopped: file lock). */
    public Connection jdbc() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** Stops the sandbox and deletes its home (the log stays beside it). */
    @Override
    public void close() {
        stop();
        deleteTree(home);
    }

    private void launch(boolean reset) {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName(),
                "--port", String.valueOf(port), "--home", home.toAbsolutePath().toString()));
        if (onPostgresql()) {
            command.addAll(List.of("--db", dbUrl, "--db-user", dbUser, "--db-password", dbPassword));
        }
        if (reset) {
            command.add("--reset");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox JVM", e);
        }
        awaitPort();
    }

    private void awaitPort() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the sandbox exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the sandbox did not listen on port " + port + " within " + START_TIMEOUT
                + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the sandbox home " + root, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "" : value;
    }
}
