package org.eqms.confluence.store;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.eqms.store.ao.SignatureLibEntities;

/** Test support: the app's entities migrated next to the shared library's, as the {@code <ao>} module will list them. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    @SuppressWarnings("unchecked")
    static ActiveObjects migrated(ActiveObjects ao) {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>(SignatureLibEntities.all());
        entities.addAll(ConfluenceEntities.all());
        ao.migrate(entities.toArray(new Class[0]));
        return ao;
    }
}
