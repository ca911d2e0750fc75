package org.eqms.confluence.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import org.eqms.store.ao.AoTablePrefix;
import org.eqms.store.ao.entity.NoticeRow;
import org.eqms.store.ao.testing.AppEntitiesNamingContract;
import org.junit.jupiter.api.Test;

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

    /** The notices moved to the shared library; the app's stored notices must still be read from the same table. */
    @Test
    void theSharedNoticesTableKeepsTheNameTheAppCreatedIt() {
        assertThat(new AtlassianTableNameConverter(AoTablePrefix.forNamespace(ConfluenceEntities.NAMESPACE))
                .getName(NoticeRow.class)).isEqualTo("AO_2D4FE9_USER_NOTICE");
    }
}
