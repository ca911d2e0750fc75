package org.eqms.store.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.store.ao.standalone.EntityManagerActiveObjects;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/**
 * JUnit 5 extension behind {@link ActiveObjectsTest}: one invocation per available database, resolving
 * {@link ActiveObjects}, {@link EntityManagerActiveObjects} or {@link TestDatabase.OpenDatabase} parameters to a
 * fresh migrated database that is dropped after the test.
 */
public final class ActiveObjectsExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return TestDatabase.available().stream().map(Invocation::new);
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final TestDatabase database;

        Invocation(TestDatabase database) {
            this.database = database;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.name();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseResolver(database));
        }
    }

    private static final class DatabaseResolver implements ParameterResolver, AfterEachCallback {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseResolver.class);
        private final TestDatabase database;

        DatabaseResolver(TestDatabase database) {
            this.database = database;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ActiveObjects.class || type == EntityManagerActiveObjects.class
                    || type == TestDatabase.OpenDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase.OpenDatabase open = context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent("db", key -> database.open(), TestDatabase.OpenDatabase.class);
            return parameter.getParameter().getType() == TestDatabase.OpenDatabase.class ? open : open.ao();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            TestDatabase.OpenDatabase open = context.getStore(NAMESPACE).remove("db", TestDatabase.OpenDatabase.class);
            if (open != null) {
                open.close();
            }
        }
    }
}
