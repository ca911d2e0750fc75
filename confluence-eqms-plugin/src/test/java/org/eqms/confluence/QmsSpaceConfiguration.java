package org.eqms.confluence;

import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentType;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SpaceConfiguration;

import java.time.Period;
import java.util.Optional;

/**
 * The space configuration the flow tests share: space QMS under control as a whole, one document type SOP
 * ({@code SOP-{0000}}, letter revisions, two-year review) approved by two members of group "approvers".
 */
final class QmsSpaceConfiguration implements SpaceConfiguration {
    static final String SOP_RULE = "two-approvers";
    private static final DocumentType SOP = new DocumentType("SOP", "Standard operating procedure",
            DocumentNumberFormat.of("SOP-{0000}"), RevisionScheme.LETTERS, Period.ofMonths(24), false, SOP_RULE);

    private final ReviewEditPolicy editPolicy;

    QmsSpaceConfiguration(ReviewEditPolicy editPolicy) {
        this.editPolicy = editPolicy;
    }

    @Override
    public Optional<ControlledScope> scope(String spaceKey) {
        return "QMS".equals(spaceKey) ? Optional.of(ControlledScope.wholeSpace("QMS")) : Optional.empty();
    }

    @Override
    public Optional<DocumentType> type(String spaceKey, String typeKey) {
        return "QMS".equals(spaceKey) && "SOP".equals(typeKey) ? Optional.of(SOP) : Optional.empty();
    }

    @Override
    public Optional<ApprovalRule> approvalRule(String spaceKey, String ruleKey) {
        return SOP_RULE.equals(ruleKey) ? Optional.of(ApprovalRule.of(ApprovalRule.group("approvers", 2))) : Optional.empty();
    }

    @Override
    public ReviewEditPolicy reviewEditPolicy(String spaceKey) {
        return editPolicy;
    }
}
