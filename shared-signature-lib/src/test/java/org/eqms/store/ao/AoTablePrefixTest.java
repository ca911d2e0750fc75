package org.eqms.store.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.java.ao.Entity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.junit.jupiter.api.Test;

class AoTablePrefixTest {

    /** Jira Software (plugin key com.pyxis.greenhopper.jira) stores boards in the published table AO_60DB71_RAPIDVIEW. */
    @Test
    void jira_software_plugin_key_gives_its_published_prefix() {
        AoTablePrefix prefix = AoTablePrefix.forNamespace("com.pyxis.greenhopper.jira");

        assertThat(prefix.prefix()).isEqualTo("AO_60DB71_");
        assertThat(prefix.prepend("RAPIDVIEW")).isEqualTo("AO_60DB71_RAPIDVIEW");
    }

    /** Confluence Team Calendars (com.atlassian.confluence.extra.team-calendars) publishes AO_950DC3_TC_SUBCALS. */
    @Test
    void team_calendars_plugin_key_gives_its_published_prefix() {
        assertThat(AoTablePrefix.forNamespace("com.atlassian.confluence.extra.team-calendars").prepend("TC_SUBCALS"))
                .isEqualTo("AO_950DC3_TC_SUBCALS");
    }

    /** The Jira DVCS connector (com.atlassian.jira.plugins.jira-bitbucket-connector-plugin) publishes AO_E8B6CC_BRANCH. */
    @Test
    void dvcs_connector_plugin_key_gives_its_published_prefix() {
        assertThat(AoTablePrefix.forNamespace("com.atlassian.jira.plugins.jira-bitbucket-connector-plugin").prefix())
                .isEqualTo("AO_E8B6CC_");
    }

    @Test
    void atlassian_table_name_converter_with_this_prefix_gives_the_product_table_name() {
        AtlassianTableNameConverter converter =
                new AtlassianTableNameConverter(AoTablePrefix.forNamespace("com.pyxis.greenhopper.jira"));

        assertThat(converter.getName(RapidView.class)).isEqualTo("AO_60DB71_RAPID_VIEW");
    }

    @Test
    void prefix_is_ten_characters_of_upper_case_hex() {
        assertThat(AoTablePrefix.forNamespace("org.eqms.anything").prefix()).matches("AO_[0-9A-F]{6}_");
    }

    @Test
    void blank_namespace_is_refused() {
        assertThatThrownBy(() -> AoTablePrefix.forNamespace(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    interface RapidView extends Entity {
        String getName();
    }
}
