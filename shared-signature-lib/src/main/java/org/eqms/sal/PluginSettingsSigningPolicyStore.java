package org.eqms.sal;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The signing policy in SAL global plugin settings (values are Strings and Lists of Strings, as SAL stores them).
 * Missing values fall back to {@link SigningPolicy#DEFAULT}.
 */
public final class PluginSettingsSigningPolicyStore implements SigningPolicyStore {
    static final String PREFIX = "org.eqms.signature.policy.";
    static final String MEANINGS = PREFIX + "meanings";
    static final String ALWAYS_BOTH = PREFIX + "alwaysBothComponents";
    static final String LOCKOUT_THRESHOLD = PREFIX + "lockoutThreshold";
    static final String LOCKOUT_WINDOW = PREFIX + "lockoutWindowSeconds";
    static final String CHALLENGE_TTL = PREFIX + "challengeTtlSeconds";
    static final String SESSION_CONTINUITY = PREFIX + "sessionContinuitySeconds";
    static final String MAX_REASON = PREFIX + "maxReasonLength";

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsSigningPolicyStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public SigningPolicy load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        SigningPolicy defaults = SigningPolicy.DEFAULT;
        return new SigningPolicy(
                meanings(settings.get(MEANINGS), defaults.meanings()),
                settings.get(ALWAYS_BOTH) == null ? defaults.alwaysBothComponents()
                        : Boolean.parseBoolean(String.valueOf(settings.get(ALWAYS_BOTH))),
                (int) number(settings.get(LOCKOUT_THRESHOLD), defaults.lockoutThreshold()),
                Duration.ofSeconds(number(settings.get(LOCKOUT_WINDOW), defaults.lockoutWindow().toSeconds())),
                Duration.ofSeconds(number(settings.get(CHALLENGE_TTL), defaults.challengeTtl().toSeconds())),
                Duration.ofSeconds(number(settings.get(SESSION_CONTINUITY), defaults.sessionContinuity().toSeconds())),
                (int) number(settings.get(MAX_REASON), defaults.maxReasonLength()));
    }

    @Override
    public void save(SigningPolicy policy) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        settings.put(MEANINGS, new ArrayList<>(policy.meanings()));
        settings.put(ALWAYS_BOTH, String.valueOf(policy.alwaysBothComponents()));
        settings.put(LOCKOUT_THRESHOLD, String.valueOf(policy.lockoutThreshold()));
        settings.put(LOCKOUT_WINDOW, String.valueOf(policy.lockoutWindow().toSeconds()));
        settings.put(CHALLENGE_TTL, String.valueOf(policy.challengeTtl().toSeconds()));
        settings.put(SESSION_CONTINUITY, String.valueOf(policy.sessionContinuity().toSeconds()));
        settings.put(MAX_REASON, String.valueOf(policy.maxReasonLength()));
    }

    private static List<String> meanings(Object stored, List<String> fallback) {
        if (!(stored instanceof List<?> list) || list.isEmpty()) {
            return fallback;
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static long number(Object stored, long fallback) {
        if (stored == null) {
            return fallback;
        }
        try {
            return Long.parseLong(String.valueOf(stored).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
