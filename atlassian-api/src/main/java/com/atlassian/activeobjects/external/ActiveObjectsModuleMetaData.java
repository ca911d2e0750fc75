package com.atlassian.activeobjects.external;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.java.ao.RawEntity;

/**
 * Active Objects: state of the plugin's AO module (initialisation, data source, tables).
 *
 * <p>Checked against: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.html
 * Left out: {@code DatabaseType getDatabaseType()} (documented, but it needs com.atlassian.activeobjects.spi.DatabaseType,
 * which we do not declare and do not call).
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.html">ActiveObjectsModuleMetaData</a>
 */
public interface ActiveObjectsModuleMetaData {

    /** Blocks until the AO schema is initialised for the current data source; not callable from an upgrade task. */
    void awaitInitialization() throws ExecutionException, InterruptedException;

    /** Like {@link #awaitInitialization()}, waiting at most the given time. */
    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    /** @return whether initialisation has completed successfully */
    boolean isInitialized();

    /** @return whether there is a data source (if not, the other methods throw NoDataSourceException) */
    boolean isDataSourcePresent();

    /** @return whether the table of the given entity type exists in the database */
    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
