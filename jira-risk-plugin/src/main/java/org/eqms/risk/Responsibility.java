package org.eqms.risk;

/**
 * An assignment of responsibility and authority in the risk management plan (ISO 14971 §4.4 b): a role, who holds
 * it (a user key or group), and what they are responsible for.
 */
public record Responsibility(String role, String assignee, String duty) {

    public Responsibility {
        Require.text(role, "The role of a responsibility", "Name the role, e.g. Risk manager.");
        Require.text(assignee, "The holder of role " + role, "Name the user or group holding the role.");
        Require.text(duty, "The duty of role " + role, "Say what the role is responsible for.");
    }
}
