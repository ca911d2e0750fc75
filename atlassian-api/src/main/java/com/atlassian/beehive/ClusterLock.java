package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Beehive named cluster lock obtained from {@link ClusterLockService}; a {@link Lock} without conditions.
 *
 * <p>Checked against: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * ({@code interface ClusterLock extends Lock}; its only own member is {@code newCondition()}, which always throws
 * UnsupportedOperationException).
 *
 * @see <a href="https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html">Beehive ClusterLock</a>
 */
public interface ClusterLock extends Lock {

    /** Not supported by cluster locks: always throws UnsupportedOperationException. */
    @Override
    Condition newCondition();
}
