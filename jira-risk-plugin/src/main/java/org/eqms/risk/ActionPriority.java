package org.eqms.risk;

/** FMEA action priority (AIAG-VDA style): HIGH must act, MEDIUM should act, LOW could act. */
public enum ActionPriority {
    LOW,
    MEDIUM,
    HIGH
}
