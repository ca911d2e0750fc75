package org.eqms.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * ISO 14971 §7.1: risk control options are used in priority order — inherently safe design and manufacture, then
 * protective measures, then information for safety. A control of a lower option may be added to a risk only when
 * every higher option is already used by a control of that risk, or the control records why the higher options
 * not used are not practicable (its {@link RiskControl#notPracticableJustification()}).
 */
public final class ControlOptionOrder {

    private ControlOptionOrder() {
    }

    /** The higher options not used by any of the existing controls, for a candidate of the given option. */
    public static List<ControlOption> skippedHigherOptions(List<RiskControl> existing, ControlOption candidate) {
        Objects.requireNonNull(candidate, "candidate");
        Set<ControlOption> used = EnumSet.noneOf(ControlOption.class);
        existing.forEach(c -> used.add(c.option()));
        List<ControlOption> skipped = new ArrayList<>();
        for (ControlOption option : ControlOption.values()) {
            if (option.higherThan(candidate) && !used.contains(option)) {
                skipped.add(option);
            }
        }
        return skipped;
    }

    /** Whether the candidate may be added next to the existing controls. */
    public static boolean permits(List<RiskControl> existing, RiskControl candidate) {
        return candidate.justification().isPresent() || skippedHigherOptions(existing, candidate.option()).isEmpty();
    }

    /**
     * @throws RiskRefusedException {@link RiskRefusal#CONTROL_OPTION_ORDER} if a higher option is skipped without a
     *                              recorded justification
     */
    public static void require(String riskId, List<RiskControl> existing, RiskControl candidate) {
        if (!permits(existing, candidate)) {
            List<String> skipped = skippedHigherOptions(existing, candidate.option()).stream()
                    .map(ControlOption::title).toList();
            throw new RiskRefusedException(RiskRefusal.CONTROL_OPTION_ORDER, "Control " + candidate.id() + " of risk "
                    + riskId + " is '" + candidate.option().title() + "', but the higher option(s) "
                    + String.join(" and ", skipped) + " are not used for this risk and no reason is recorded why "
                    + "they are not practicable (ISO 14971 §7.1).",
                    "Use the higher option first, or record why it is not practicable for this risk.");
        }
    }
}
