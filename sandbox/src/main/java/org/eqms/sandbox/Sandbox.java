package org.eqms.sandbox;

import org.eqms.audit.keys.FileKeyEncryptionKey;
import org.eqms.sandbox.users.DemoUsers;
import org.eqms.sandbox.users.SandboxUserManager;
import org.eqms.sandbox.users.SandboxUsers;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.eqms.store.ao.standalone.StandaloneActiveObjects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A running sandbox: its home (users, demo passwords, ledger key-encryption key, the HSQLDB files), its database,
 * the platform the apps are built on, the apps, and the web server. A first (or {@code --reset}) start creates the
 * demo users and writes each app's demo data once; later starts on the same home and database keep what is there.
 */
public final class Sandbox implements AutoCloseable {
    static final String USERS_FILE = "users.properties";
    static final String KEK_FILE = "ledger-kek.bin";
    static final String SETTINGS_FILE = "plugin-settings.json";

    private final SandboxOptions options;
    private final SandboxDatabase database;
    private final Map<String, EntityManagerActiveObjects> activeObjects = new LinkedHashMap<>();
    private final List<SandboxApp> apps = new ArrayList<>();
    private final Map<String, String> firstStartPasswords;
    private final boolean seededNow;
    private final SandboxScheduler scheduler = SandboxScheduler.every(SandboxScheduler.SANDBOX_INTERVAL);
    private SandboxServer server;

    private Sandbox(SandboxOptions options, List<Function<SandboxPlatform, SandboxApp>> appFactories) {
        this.options = options;
        Path home = options.home().toAbsolutePath();
        database = SandboxDatabase.of(options);
        createDirectories(home);
        if (options.reset()) {
            reset(home);
        }
        SandboxUsers users = SandboxUsers.in(home.resolve(USERS_FILE));
        firstStartPasswords = users.isEmpty() ? DemoUsers.create(users, home, new SecureRandom()) : Map.of();
        SandboxUserManager userManager = new SandboxUserManager(users);
        SandboxPlatform platform = new SandboxPlatform(this::activeObjects, new InJvmClusterLocks(), userManager,
                new FileKeyEncryptionKey(home.resolve(KEK_FILE), new SecureRandom()), Clock.systemUTC(), home,
                SandboxPluginSettings.in(home.resolve(SETTINGS_FILE)), scheduler);
        try {
            appFactories.forEach(factory -> {
                SandboxApp app = factory.apply(platform);
                apps.add(app);
                apps.addAll(app.companions());
            });
            seededNow = !database.seeded();
            if (seededNow) {
                database.markSeeding(platform.clock().instant().toString());
                apps.forEach(SandboxApp::seedDemoData);
                database.markSeeded(platform.clock().instant().toString());
            }
            server = new SandboxServer(options.bind(), options.port(), users, userManager, apps).start();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    /** Starts the sandbox with the given apps. */
    public static Sandbox start(SandboxOptions options, List<Function<SandboxPlatform, SandboxApp>> apps) {
        return new Sandbox(options, apps);
    }

    /** Starts the sandbox with every app it hosts ({@link SandboxApps#all()}). */
    public static Sandbox start(SandboxOptions options) {
        return start(options, SandboxApps.all());
    }

    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + server.port() + "/";
    }

    public int port() {
        return server.port();
    }

    public SandboxDatabase database() {
        return database;
    }

    public List<SandboxApp> apps() {
        return List.copyOf(apps);
    }

    /** The demo users' passwords when this start created them; empty on later starts. */
    public Map<String, String> firstStartPasswords() {
        return firstStartPasswords;
    }

    /** Whether this start wrote the demo data. */
    public boolean seededNow() {
        return seededNow;
    }

    private synchronized EntityManagerActiveObjects activeObjects(String namespace) {
        return activeObjects.computeIfAbsent(namespace, ns -> StandaloneActiveObjects.open(database.url(),
                database.user(), database.password(), ns));
    }

    private void reset(Path home) {
        if (database.isHsqldb()) {
            deleteTree(home.resolve("db"));
        } else {
            database.dropSandboxTables();
        }
        for (String file : List.of(USERS_FILE, DemoUsers.PASSWORDS_FILE, KEK_FILE, SETTINGS_FILE)) {
            try {
                Files.deleteIfExists(home.resolve(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reset the sandbox home: " + home.resolve(file), e);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                System.getLogger(Sandbox.class.getName()).log(System.Logger.Level.WARNING, "stopping the web server", e);
            }
        }
        scheduler.close();
        activeObjects.values().forEach(EntityManagerActiveObjects::close);
        activeObjects.clear();
        database.shutdown();
    }

    /** The home holds password hashes, the ledger's key-encryption key and the database: the owner's only. */
    private static void createDirectories(Path home) {
        try {
            if (!Files.exists(home)) {
                Files.createDirectories(home);
                if (Files.getFileAttributeView(home, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                    Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox home " + home, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
