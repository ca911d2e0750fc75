package org.eqms.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.audit.keys.KeyEncryptionKeySource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * What the sandbox gives each hosted app in place of the Atlassian product: Active Objects on the sandbox database
 * (one per app namespace), the in-JVM cluster lock service, SAL's user manager over the sandbox users (the same one
 * the login and the REST callers use), the ledger key-encryption key kept in the sandbox home, the clock, the
 * home folder itself, SAL's plugin settings (kept in the home; e.g. the apps' e-signature policy), and
 * atlassian-scheduler for the apps' periodic jobs.
 */
public record SandboxPlatform(ActiveObjectsFactory activeObjects, ClusterLockService clusterLocks,
                              UserManager userManager, KeyEncryptionKeySource keyEncryptionKey, Clock clock,
                              Path home, PluginSettingsSource pluginSettings, SandboxScheduler scheduler) {

    public SandboxPlatform {
        Objects.requireNonNull(activeObjects, "activeObjects");
        Objects.requireNonNull(clusterLocks, "clusterLocks");
        Objects.requireNonNull(userManager, "userManager");
        Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(pluginSettings, "pluginSettings");
        Objects.requireNonNull(scheduler, "scheduler");
    }

    /** With a manual scheduler: the apps' periodic jobs run only when a test asks ({@link SandboxScheduler#runAll()}). */
    public SandboxPlatform(ActiveObjectsFactory activeObjects, ClusterLockService clusterLocks, UserManager userManager,
                           KeyEncryptionKeySource keyEncryptionKey, Clock clock, Path home,
                           PluginSettingsSource pluginSettings) {
        this(activeObjects, clusterLocks, userManager, keyEncryptionKey, clock, home, pluginSettings,
                SandboxScheduler.manual());
    }

    /** With plugin settings kept in memory only (tests). */
    public SandboxPlatform(ActiveObjectsFactory activeObjects, ClusterLockService clusterLocks, UserManager userManager,
                           KeyEncryptionKeySource keyEncryptionKey, Clock clock, Path home) {
        this(activeObjects, clusterLocks, userManager, keyEncryptionKey, clock, home, SandboxPluginSettings.inMemory());
    }

    /** Active Objects of one app's {@code <ao>} namespace on the sandbox database (tables prefixed as in the product). */
    @FunctionalInterface
    public interface ActiveObjectsFactory {
        ActiveObjects forNamespace(String namespace);
    }

    /** SAL's plugin settings of one app (by its namespace), apart from the other apps' as in separate products. */
    @FunctionalInterface
    public interface PluginSettingsSource {
        PluginSettingsFactory forNamespace(String namespace);
    }
}
