package org.eqms.risk;

/** How a probability was estimated (ISO 14971 §5.5; the method is stated with every estimate). */
public enum EstimationMethod {
    /** P1 and P2 chosen as levels of the probability scale; combined by {@link P1P2Combination#combineLevels}. */
    QUALITATIVE,
    /** P1 and P2 given as numbers (parts per billion); multiplied, then placed on the scale by its ranges. */
    QUANTITATIVE
}
