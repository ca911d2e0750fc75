package org.eqms.risk;

/**
 * Injury or damage to the health of people, or damage to property or the environment (ISO 14971 §3.3). Its
 * severity is part of the {@link RiskEstimate}, judged on the policy's severity scale.
 *
 * @param description the harm, e.g. {@code Burn of the skin}; not blank
 */
public record Harm(String description) {

    public Harm {
        Require.text(description, "The harm", "Describe the harm, e.g. Burn of the skin.");
    }
}
