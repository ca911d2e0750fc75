package com.atlassian.beehive;

/**
 * Beehive service giving cluster-wide named locks (names up to 255 characters, namespaced; not re-entrant).
 *
 * <p>Checked against: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * and https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/hazelcast/HazelcastClusterLockService.html
 *
 * @see <a href="https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html">Beehive ClusterLockService</a>
 */
public interface ClusterLockService {

    /** @return the cluster-wide lock for the given globally unique name */
    ClusterLock getLockForName(String lockName);
}
