package org.eqms.sandbox.users;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The sandbox's user directory, kept in {@code HOME/users.properties} (owner-only): per user its key, full name,
 * system-administrator flag and salted password hash. Loaded once; written whole on a change.
 */
public final class SandboxUsers {
    private final Path file;
    private final Map<String, SandboxUser> byUsername = new LinkedHashMap<>();

    private SandboxUsers(Path file) {
        this.file = file;
    }

    /** The users stored in {@code file}; none when it does not exist yet. */
    public static SandboxUsers in(Path file) {
        SandboxUsers users = new SandboxUsers(file);
        if (Files.exists(file)) {
            users.load();
        }
        return users;
    }

    public synchronized boolean isEmpty() {
        return byUsername.isEmpty();
    }

    public synchronized List<SandboxUser> all() {
        return List.copyOf(byUsername.values());
    }

    public synchronized Optional<SandboxUser> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : byUsername.get(username));
    }

    public synchronized Optional<SandboxUser> byKey(String key) {
        return byUsername.values().stream().filter(user -> user.key().equals(key)).findFirst();
    }

    /** The user whose name and password these are; empty for an unknown name or a wrong password. */
    public Optional<SandboxUser> authenticate(String username, String password) {
        return byUsername(username).filter(user -> PasswordHash.matches(password, user.passwordHash()));
    }

    /** Adds the users (replacing any with the same name) and writes the file. */
    public synchronized void save(Collection<SandboxUser> users) {
        users.forEach(user -> byUsername.put(user.username(), user));
        write();
    }

    private void load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sandbox users " + file, e);
        }
        TreeSet<String> names = new TreeSet<>();
        properties.stringPropertyNames().forEach(name -> names.add(name.substring(0, name.indexOf('.'))));
        for (String username : names) {
            byUsername.put(username, new SandboxUser(properties.getProperty(username + ".key"), username,
                    properties.getProperty(username + ".fullName"),
                    Boolean.parseBoolean(properties.getProperty(username + ".systemAdmin")),
                    properties.getProperty(username + ".password")));
        }
    }

    private void write() {
        Properties properties = new Properties();
        for (SandboxUser user : byUsername.values()) {
            properties.setProperty(user.username() + ".key", user.key());
            properties.setProperty(user.username() + ".fullName", user.fullName());
            properties.setProperty(user.username() + ".systemAdmin", Boolean.toString(user.systemAdmin()));
            properties.setProperty(user.username() + ".password", user.passwordHash());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".users", ".tmp");
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "eQMS sandbox users: salted PBKDF2-HMAC-SHA256 password hashes");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox users " + file, e);
        }
    }
}
