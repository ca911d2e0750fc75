package org.eqms.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.store.ao.testing.AppEntitiesNamingContract;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §4: every entity of the Confluence app is registered, and every table and column name obeys the AO rules. */
class ConfluenceEntitiesNamingTest extends AppEntitiesNamingContract {

    @Override
    protected String namespace() {
        return ConfluenceEntities.NAMESPACE;
    }

    @Override
    protected List<Class<? extends RawEntity<?>>> entities() {
        assertThat(ConfluenceEntities.array()).containsExactlyElementsOf(ConfluenceEntities.all());
        return ConfluenceEntities.all();
    }

    @Override
    protected String basePackage() {
        return "org.eqms.confluence";
    }

    @Override
    protected void migrate(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
    }
}
