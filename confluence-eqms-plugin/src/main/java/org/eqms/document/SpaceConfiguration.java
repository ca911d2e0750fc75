package org.eqms.document;

import java.util.Optional;

/** Port: a space's document-control configuration, set by the space admin (stored by the adapter). */
public interface SpaceConfiguration {
    Optional<ControlledScope> scope(String spaceKey);

    Optional<DocumentType> type(String spaceKey, String typeKey);

    Optional<ApprovalRule> approvalRule(String spaceKey, String ruleKey);

    ReviewEditPolicy reviewEditPolicy(String spaceKey);
}
