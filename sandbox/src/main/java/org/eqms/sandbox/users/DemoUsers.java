package org.eqms.sandbox.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo users of a first start, with random passwords: alice (author), bob and carol (approvers), dave (document
 * controller), erin (reader), and admin and frank (system administrators: a signing lockout is lifted by two of them). Their keys are {@code u-<name>}. The passwords are
 * stored hashed only; the plain ones are returned once and written to {@code HOME/demo-passwords.txt} (owner-only).
 */
public final class DemoUsers {
    public static final String ALICE = "u-alice";
    public static final String BOB = "u-bob";
    public static final String CAROL = "u-carol";
    public static final String DAVE = "u-dave";
    public static final String ERIN = "u-erin";
    public static final String ADMIN = "u-admin";
    public static final String FRANK = "u-frank";
    public static final String PASSWORDS_FILE = "demo-passwords.txt";

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    /** Demo user: name, full name, role (for the log), system administrator. */
    private record Demo(String username, String fullName, String role, boolean systemAdmin) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("alice", "Alice Author", "author", false),
            new Demo("bob", "Bob Approver", "approver", false),
            new Demo("carol", "Carol Approver", "approver", false),
            new Demo("dave", "Dave Controller", "document controller", false),
            new Demo("erin", "Erin Reader", "reader", false),
            new Demo("admin", "Ada Administrator", "system administrator", true),
            new Demo("frank", "Frank Administrator", "system administrator", true));

    private DemoUsers() {
    }

    /** Each demo user's role, by user name, for the startup log. */
    public static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        DEMO.forEach(demo -> roles.put(demo.username(), demo.role()));
        return roles;
    }

    /** Creates the demo users in {@code users}; returns their plain passwords by user name, also written to the home. */
    public static Map<String, String> create(SandboxUsers users, Path home, SecureRandom random) {
        Map<String, String> passwords = new LinkedHashMap<>();
        List<SandboxUser> created = new ArrayList<>();
        for (Demo demo : DEMO) {
            String password = password(random);
            passwords.put(demo.username(), password);
            created.add(new SandboxUser("u-" + demo.username(), demo.username(), demo.fullName(), demo.systemAdmin(),
                    PasswordHash.of(password, random)));
        }
        users.save(created);
        writePasswords(home.resolve(PASSWORDS_FILE), passwords);
        return passwords;
    }

    /**
     * The plain passwords by user name from the home's {@value #PASSWORDS_FILE} (empty when it was removed): what a
     * first start wrote, for the demo data that signs as the demo users.
     */
    public static Map<String, String> readPasswords(Path home) {
        Path file = home.resolve(PASSWORDS_FILE);
        Map<String, String> passwords = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return passwords;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ", 3);
                if (!line.startsWith("#") && parts.length >= 2) {
                    passwords.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return passwords;
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static void writePasswords(Path file, Map<String, String> passwords) {
        StringBuilder text = new StringBuilder("# eQMS sandbox demo users (user name, password, role)\n");
        passwords.forEach((name, password) -> text.append(name).append(' ').append(password).append(' ')
                .append(roles().get(name)).append('\n'));
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
