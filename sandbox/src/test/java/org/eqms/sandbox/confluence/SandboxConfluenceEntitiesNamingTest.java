package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.store.ao.testing.AppEntitiesNamingContract;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §4 for the sandbox's Confluence stand-in tables: every entity registered, every name within the AO rules. */
class SandboxConfluenceEntitiesNamingTest extends AppEntitiesNamingContract {

    @Override
    protected String namespace() {
        return SandboxConfluenceEntities.NAMESPACE;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        assertThat(SandboxConfluenceEntities.array()).containsExactlyElementsOf(SandboxConfluenceEntities.all());
        return SandboxConfluenceEntities.all();
    }

    @Override
    protected String basePackage() {
        return "org.eqms.sandbox.confluence";
    }

    @Override
    protected void migrate(ActiveObjects ao) {
        ao.migrate(SandboxConfluenceEntities.array());
    }
}
