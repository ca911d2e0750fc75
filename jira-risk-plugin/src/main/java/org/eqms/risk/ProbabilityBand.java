package org.eqms.risk;

/**
 * One level of a {@link ProbabilityScale}: its name and, for quantitative estimation, the lower bound of the range of
 * probabilities it covers, in parts per billion (10<sup>-9</sup>) so that the canonical JSON form holds integers only
 * (DESIGN §5). A band covers {@code [lowerBoundPpb, next band's lowerBoundPpb)}; the top band covers up to and
 * including 1 (= {@value ProbabilityScale#ONE_PPB} ppb).
 *
 * @param name          the level's name, e.g. {@code Remote}
 * @param lowerBoundPpb lower bound of the range, 0..10<sup>9</sup>; the lowest band of a scale starts at 0
 */
public record ProbabilityBand(String name, long lowerBoundPpb) {

    public ProbabilityBand {
        if (name == null || name.isBlank()) {
            throw new InvalidRiskConfigurationException("A level of the probability scale has no name.",
                    "Give every probability level a name, e.g. Remote.");
        }
        if (lowerBoundPpb < 0 || lowerBoundPpb > ProbabilityScale.ONE_PPB) {
            throw new InvalidRiskConfigurationException("The probability level '" + name + "' starts at "
                    + lowerBoundPpb + " ppb, outside 0 to " + ProbabilityScale.ONE_PPB + ".",
                    "Give the lower bound in parts per billion, e.g. 1000 for 10^-6.");
        }
    }
}
