package org.eqms.store.ao.testing;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that runs once per {@link TestDatabase#available() available database} (HSQLDB always, PostgreSQL when
 * configured), each time with a fresh {@code OpenDatabase} or {@code ActiveObjects} parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(ActiveObjectsExtension.class)
public @interface ActiveObjectsTest {
}
