package org.eqms.risk;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The severity scale of a risk acceptability policy (ISO 14971 §4.4 d, §5.5): named levels in ascending order of
 * severity of harm, level 1 the least severe. 2–10 levels, names distinct (ignoring case) and not blank. The default
 * is the five-level scale of ISO/TR 24971 Annex C: Negligible, Minor, Serious, Critical, Catastrophic.
 *
 * @param levels the level names, least severe first
 */
public record SeverityScale(List<String> levels) {

    public static final int MIN_LEVELS = 2;
    public static final int MAX_LEVELS = 10;

    /** @throws InvalidRiskConfigurationException if the scale breaks its rule; nothing is created */
    public SeverityScale {
        levels = ScaleNames.check(levels, "severity", MIN_LEVELS, MAX_LEVELS);
    }

    /** Negligible, Minor, Serious, Critical, Catastrophic. */
    public static SeverityScale defaultScale() {
        return new SeverityScale(List.of("Negligible", "Minor", "Serious", "Critical", "Catastrophic"));
    }

    public int size() {
        return levels.size();
    }

    /** The name of a level (1-based). */
    public String name(int level) {
        return levels.get(requireLevel(level) - 1);
    }

    /** @throws RiskRefusedException if the level is not on this scale */
    public int requireLevel(int level) {
        if (level < 1 || level > size()) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, "Severity level " + level
                    + " is not on the severity scale (1 to " + size() + ").",
                    "Choose one of: " + String.join(", ", levels) + ".");
        }
        return level;
    }

    /** Shared name rule of both scales. */
    static final class ScaleNames {
        private ScaleNames() {
        }

        static List<String> check(List<String> names, String scale, int min, int max) {
            if (names == null || names.size() < min || names.size() > max) {
                throw new InvalidRiskConfigurationException("The " + scale + " scale has "
                        + (names == null ? 0 : names.size()) + " levels; it needs " + min + " to " + max + ".",
                        "Name between " + min + " and " + max + " " + scale + " levels, lowest first.");
            }
            Set<String> seen = new HashSet<>();
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new InvalidRiskConfigurationException("A level of the " + scale + " scale has no name.",
                            "Give every " + scale + " level a name, e.g. Remote.");
                }
                if (!seen.add(name.strip().toLowerCase(Locale.ROOT))) {
                    throw new InvalidRiskConfigurationException("The " + scale + " level '" + name
                            + "' is named twice.", "Give each " + scale + " level its own name.");
                }
            }
            return List.copyOf(names);
        }
    }
}
