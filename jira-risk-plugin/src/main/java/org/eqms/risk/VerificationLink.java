package org.eqms.risk;

/**
 * A link from a risk control to a verification item (a test case or test run, by id) with its purpose and current
 * status (ISO 14971 §7.2).
 *
 * @param itemId  the verification item's id (e.g. a Jira issue key or test id); not blank
 * @param purpose implementation or effectiveness
 * @param status  passed, failed or open
 */
public record VerificationLink(String itemId, VerificationPurpose purpose, VerificationStatus status) {

    public VerificationLink {
        Require.text(itemId, "The verification item id", "Link the test that verifies the control.");
        Require.present(purpose, "The purpose of verification " + itemId,
                "Say whether the test verifies implementation or effectiveness.");
        Require.present(status, "The status of verification " + itemId, "Give PASSED, FAILED or OPEN.");
    }
}
