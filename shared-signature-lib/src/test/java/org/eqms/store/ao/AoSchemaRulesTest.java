package org.eqms.store.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Ignore;
import org.junit.jupiter.api.Test;

class AoSchemaRulesTest {

    private static final String NAMESPACE = "org.eqms.test";

    @Test
    void accepts_an_entity_that_follows_every_rule() {
        assertThat(violations(AuditNote.class)).isEmpty();
    }

    @Test
    void rejects_a_column_named_after_a_reserved_word() {
        assertThat(violations(PurchaseLine.class))
                .singleElement().asString()
                .contains("column ORDER (getOrder())", "SQL:2016", "Oracle", "PostgreSQL 15");
    }

    @Test
    void rejects_a_column_the_atlassian_ao_plugin_refuses() {
        assertThat(violations(SignedAt.class))
                .singleElement().asString()
                .contains("column TIMESTAMP", "Atlassian AO plugin");
    }

    @Test
    void rejects_a_table_named_after_a_reserved_word() {
        assertThat(violations(Session.class))
                .singleElement().asString()
                .contains("table name SESSION", "Oracle");
    }

    @Test
    void rejects_an_entity_table_name_longer_than_19_characters_though_the_full_name_fits_30() {
        assertThat(violations(ChallengeRecordAbc.class))
                .singleElement().asString()
                .contains("table name CHALLENGE_RECORD_ABC has 20 characters; at most 19");
    }

    @Test
    void rejects_a_full_table_name_longer_than_30_characters() {
        assertThat(violations(SignatureChallengeRecord.class))
                .singleElement().asString()
                .contains("SIGNATURE_CHALLENGE_RECORD", "too long");
    }

    @Test
    void rejects_a_column_name_longer_than_30_characters() {
        assertThat(violations(LongColumn.class))
                .singleElement().asString()
                .contains("THE_USER_KEY_OF_THE_SECOND_APPROVER", "too long");
    }

    @Test
    void ignores_methods_marked_ignore() {
        assertThat(violations(IgnoredOrder.class)).isEmpty();
    }

    @Test
    void reports_every_bad_entity_of_a_list() {
        assertThat(AoSchemaRules.violations(NAMESPACE, List.of(AuditNote.class, PurchaseLine.class, Session.class)))
                .hasSize(2);
    }

    private static List<String> violations(Class<? extends RawEntity<?>> entity) {
        return AoSchemaRules.violations(NAMESPACE, List.of(entity));
    }

    interface AuditNote extends Entity {
        String getText();

        void setText(String text);

        String getAuthorKey();

        void setAuthorKey(String authorKey);

        long getCreatedAt();

        void setCreatedAt(long createdAt);
    }

    interface PurchaseLine extends Entity {
        int getOrder();

        void setOrder(int order);
    }

    interface SignedAt extends Entity {
        long getTimestamp();
    }

    interface Session extends Entity {
        String getUserKey();
    }

    interface ChallengeRecordAbc extends Entity {
        String getChallenge();
    }

    interface SignatureChallengeRecord extends Entity {
        String getChallenge();
    }

    interface LongColumn extends Entity {
        String getTheUserKeyOfTheSecondApprover();
    }

    interface IgnoredOrder extends Entity {
        @Ignore
        int getOrder();
    }
}
