package org.eqms.risk;

import java.util.List;

/**
 * The probability scale of a risk acceptability policy (ISO 14971 §4.4 d, §5.5): named levels in ascending order of
 * probability, level 1 the least probable, each with the range of probabilities it stands for when the estimate is
 * quantitative. 2–10 levels, names distinct; the lowest band starts at 0 and lower bounds strictly increase, so the
 * bands cover 0..1 without gap or overlap and every quantitative probability falls into exactly one level.
 *
 * <p>The default is five levels, one decade each (ISO/TR 24971 Annex C style):
 * <pre>
 * 1 Improbable   &lt; 10^-6
 * 2 Remote       10^-6 .. &lt; 10^-5
 * 3 Occasional   10^-5 .. &lt; 10^-4
 * 4 Probable     10^-4 .. &lt; 10^-3
 * 5 Frequent     ≥ 10^-3
 * </pre>
 *
 * @param bands the levels, least probable first
 */
public record ProbabilityScale(List<ProbabilityBand> bands) {

    /** Probability 1 in parts per billion. */
    public static final long ONE_PPB = 1_000_000_000L;

    /** @throws InvalidRiskConfigurationException if the scale breaks its rule; nothing is created */
    public ProbabilityScale {
        if (bands == null || bands.stream().anyMatch(b -> b == null)) {
            throw new InvalidRiskConfigurationException("The probability scale has no levels or an empty level.",
                    "Name between 2 and 10 probability levels, lowest first.");
        }
        SeverityScale.ScaleNames.check(bands.stream().map(ProbabilityBand::name).toList(), "probability",
                SeverityScale.MIN_LEVELS, SeverityScale.MAX_LEVELS);
        if (bands.get(0).lowerBoundPpb() != 0) {
            throw new InvalidRiskConfigurationException("The lowest probability level '" + bands.get(0).name()
                    + "' starts at " + bands.get(0).lowerBoundPpb() + " ppb, not at 0.",
                    "Let the lowest level start at 0 so that every probability falls into a level.");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).lowerBoundPpb() <= bands.get(i - 1).lowerBoundPpb()) {
                throw new InvalidRiskConfigurationException("The probability level '" + bands.get(i).name()
                        + "' does not start above the level below it ('" + bands.get(i - 1).name() + "').",
                        "Give each level a lower bound strictly greater than that of the level below.");
            }
        }
        bands = List.copyOf(bands);
    }

    /** Improbable, Remote, Occasional, Probable, Frequent (one decade each, see the class comment). */
    public static ProbabilityScale defaultScale() {
        return new ProbabilityScale(List.of(
                new ProbabilityBand("Improbable", 0),
                new ProbabilityBand("Remote", 1_000),
                new ProbabilityBand("Occasional", 10_000),
                new ProbabilityBand("Probable", 100_000),
                new ProbabilityBand("Frequent", 1_000_000)));
    }

    public int size() {
        return bands.size();
    }

    /** The name of a level (1-based). */
    public String name(int level) {
        return bands.get(requireLevel(level) - 1).name();
    }

    /** The level a quantitative probability falls into. */
    public int levelOf(long ppb) {
        requirePpb(ppb, "The probability");
        int level = 1;
        for (int i = 1; i < bands.size(); i++) {
            if (ppb >= bands.get(i).lowerBoundPpb()) {
                level = i + 1;
            }
        }
        return level;
    }

    /** @throws RiskRefusedException if the level is not on this scale */
    public int requireLevel(int level) {
        if (level < 1 || level > size()) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, "Probability level " + level
                    + " is not on the probability scale (1 to " + size() + ").",
                    "Choose one of: " + String.join(", ", bands.stream().map(ProbabilityBand::name).toList()) + ".");
        }
        return level;
    }

    static long requirePpb(long ppb, String what) {
        if (ppb < 0 || ppb > ONE_PPB) {
            throw new RiskRefusedException(RiskRefusal.PROBABILITY_OUT_OF_RANGE, what + " " + ppb
                    + " ppb is outside 0 to " + ONE_PPB + " ppb (0 to 1).",
                    "Give the probability in parts per billion, e.g. 1000 for 10^-6.");
        }
        return ppb;
    }
}
