package org.eqms.document;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One saved revision of a space's document-control configuration, as the space administrator set it: the controlled
 * scope, what an edit during review does, the group of document controllers, the document types and the approval
 * rules they refer to, and who must acknowledge the effective revisions of types that require training. Saved whole,
 * so a document type can never point at an approval rule that is not there.
 *
 * @param revision 1 for the first saved configuration of the space, then one more per save; 0 before any save
 * @throws InvalidConfigurationException if a rule is broken; nothing is saved
 */
public record SpaceSettings(String spaceKey, int revision, ControlledScope scope, ReviewEditPolicy reviewEditPolicy,
                            String controllerGroup, List<DocumentType> types, Map<String, ApprovalRule> approvalRules,
                            Map<String, TrainingAudience> trainingAudiences) {

    public static final int MAX_RULE_KEY_LENGTH = 64;

    public SpaceSettings {
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new InvalidConfigurationException("The space key is missing.", "Configure document control from a space's space tools.");
        }
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
        Objects.requireNonNull(scope, "scope");
        if (!scope.spaceKey().equals(spaceKey)) {
            throw new InvalidConfigurationException("The controlled scope belongs to space " + scope.spaceKey()
                    + ", not " + spaceKey + ".", "Configure the scope of this space only.");
        }
        if (reviewEditPolicy == null) {
            throw new InvalidConfigurationException("No choice of what an edit during review does.",
                    "Choose RETURN_TO_DRAFT or RESTART_REVIEW.");
        }
        if (controllerGroup == null || controllerGroup.isBlank()) {
            throw new InvalidConfigurationException("No document controller group.",
                    "Name the group whose members act as document controllers of this space.");
        }
        types = List.copyOf(Objects.requireNonNull(types, "types"));
        approvalRules = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(approvalRules, "approvalRules")));
        approvalRules.keySet().forEach(SpaceSettings::requireValidRuleKey);
        trainingAudiences = Map.copyOf(Objects.requireNonNull(trainingAudiences, "trainingAudiences"));
        Set<String> typeKeys = new HashSet<>();
        for (DocumentType type : types) {
            if (!typeKeys.add(type.key())) {
                throw new InvalidConfigurationException("The document type " + type.key() + " is defined twice.",
                        "Give each document type of the space its own key.");
            }
            if (!approvalRules.containsKey(type.approvalRuleKey())) {
                throw new InvalidConfigurationException("The document type " + type.key() + " refers to approval rule "
                        + type.approvalRuleKey() + ", which is not defined.", "Define that approval rule, or choose one that exists.");
            }
        }
        for (String typeKey : trainingAudiences.keySet()) {
            if (!typeKeys.contains(typeKey)) {
                throw new InvalidConfigurationException("Training readers are set for document type " + typeKey
                        + ", which is not defined.", "Set training readers only for the space's document types.");
            }
        }
    }

    /** Settings without training readers (no type requires named readers yet). */
    public SpaceSettings(String spaceKey, int revision, ControlledScope scope, ReviewEditPolicy reviewEditPolicy,
                         String controllerGroup, List<DocumentType> types, Map<String, ApprovalRule> approvalRules) {
        this(spaceKey, revision, scope, reviewEditPolicy, controllerGroup, types, approvalRules, Map.of());
    }

    /** Who must acknowledge effective revisions of the type; nobody when none is set. */
    public TrainingAudience trainingAudience(String typeKey) {
        return trainingAudiences.getOrDefault(typeKey, TrainingAudience.NONE);
    }

    private static void requireValidRuleKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_RULE_KEY_LENGTH || !key.matches("[A-Za-z0-9_.-]+")) {
            throw new InvalidConfigurationException("The approval rule key \"" + key + "\" is not valid.",
                    "Use letters, digits, '_', '.' or '-', at most " + MAX_RULE_KEY_LENGTH + " characters.");
        }
    }

    public Optional<DocumentType> type(String typeKey) {
        return types.stream().filter(type -> type.key().equals(typeKey)).findFirst();
    }

    public Optional<ApprovalRule> approvalRule(String ruleKey) {
        return Optional.ofNullable(ruleKey).map(approvalRules::get);
    }

    /** The same settings as the next saved revision. */
    public SpaceSettings asRevision(int next) {
        return new SpaceSettings(spaceKey, next, scope, reviewEditPolicy, controllerGroup, types, approvalRules,
                trainingAudiences);
    }
}
