package org.eqms.sandbox.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.store.ao.testing.AppEntitiesNamingContract;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §4 for the sandbox's Jira stand-in tables: every entity registered, every name within the AO rules. */
class SandboxJiraEntitiesNamingTest extends AppEntitiesNamingContract {

    @Override
    protected String namespace() {
        return SandboxJiraEntities.NAMESPACE;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        assertThat(SandboxJiraEntities.array()).containsExactlyElementsOf(SandboxJiraEntities.all());
        return SandboxJiraEntities.all();
    }

    @Override
    protected String basePackage() {
        return "org.eqms.sandbox.jira";
    }

    @Override
    protected void migrate(ActiveObjects ao) {
        ao.migrate(SandboxJiraEntities.array());
    }
}
