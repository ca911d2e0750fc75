package org.eqms.e2e.reliability;

import java.nio.file.Path;

/**
 * The suite's size, from system properties so a developer can run it short: {@code eqms.reliability.users} (50),
 * {@code eqms.reliability.seconds} (180, the measured load), {@code eqms.reliability.killAfterSeconds} (30, the load
 * before the kill -9), {@code eqms.reliability.thinkMillis} (500, a user's mean pause between two actions). The
 * figures go to {@code <build dir>/reliability.json}.
 */
record LoadSettings(int users, int seconds, int killAfterSeconds, int thinkMillis, Path output) {
    static LoadSettings fromSystemProperties() {
        Path work = Path.of(System.getProperty("eqms.e2e.work", "target/e2e-work")).toAbsolutePath();
        return new LoadSettings(positive("eqms.reliability.users", 50), positive("eqms.reliability.seconds", 180),
                positive("eqms.reliability.killAfterSeconds", 30), positive("eqms.reliability.thinkMillis", 500),
                work.getParent().resolve("reliability.json"));
    }

    private static int positive(String property, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException(property + " must be 1 or more, not " + value);
        }
        return parsed;
    }
}
