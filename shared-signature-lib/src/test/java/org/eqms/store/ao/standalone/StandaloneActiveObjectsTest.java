package org.eqms.store.ao.standalone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The URL rules of {@link StandaloneActiveObjects}: the PostgreSQL schema AO must be told, and HSQLDB's MVCC. */
class StandaloneActiveObjectsTest {

    @Test
    void aPostgresqlCurrentSchemaIsTheSchemaAoWorksIn() {
        assertThat(StandaloneActiveObjects.postgresqlCurrentSchema(
                "jdbc:postgresql://127.0.0.1:5432/eqms?currentSchema=sbx1")).isEqualTo("sbx1");
        assertThat(StandaloneActiveObjects.postgresqlCurrentSchema(
                "jdbc:postgresql://h/db?ssl=false&currentSchema=s2&tcpKeepAlive=true")).isEqualTo("s2");
        assertThat(StandaloneActiveObjects.postgresqlCurrentSchema("jdbc:postgresql://h/db")).isNull();
        assertThat(StandaloneActiveObjects.postgresqlCurrentSchema("jdbc:postgresql://h/db?currentSchema=")).isNull();
        assertThat(StandaloneActiveObjects.postgresqlCurrentSchema("jdbc:hsqldb:file:x?currentSchema=s")).isNull();
    }

    @Test
    void hsqldbRunsWithMvccUnlessTheUrlSaysOtherwise() {
        assertThat(StandaloneActiveObjects.withMvccOnHsqldb("jdbc:hsqldb:mem:a")).isEqualTo("jdbc:hsqldb:mem:a;hsqldb.tx=mvcc");
        assertThat(StandaloneActiveObjects.withMvccOnHsqldb("jdbc:hsqldb:mem:a;hsqldb.tx=locks"))
                .isEqualTo("jdbc:hsqldb:mem:a;hsqldb.tx=locks");
        assertThat(StandaloneActiveObjects.withMvccOnHsqldb("jdbc:postgresql://h/db")).isEqualTo("jdbc:postgresql://h/db");
    }
}
