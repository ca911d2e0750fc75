package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * SAL service for properties of the host application; declared here only for its home directories.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-crowd/6.1.1/com/atlassian/crowd/service/sal/CrowdApplicationProperties.html
 * and https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/sal/bamboo/BambooApplicationProperties.html
 * (classes implementing com.atlassian.sal.api.ApplicationProperties; both list
 * {@code @Nonnull Optional<Path> getLocalHomeDirectory()} and {@code @Nonnull Optional<Path> getSharedHomeDirectory()}
 * as "Specified by: ... in interface com.atlassian.sal.api.ApplicationProperties"). The old sal-api 2.0 interface page
 * (https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/ApplicationProperties.html) predates them;
 * the current sal-api interface page is not in the docs index available here. Left out: every other member (base URL,
 * version, build, display name, deprecated {@code getHomeDirectory()}), which we do not call.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-crowd/6.1.1/com/atlassian/crowd/service/sal/CrowdApplicationProperties.html">CrowdApplicationProperties (implements ApplicationProperties)</a>
 */
public interface ApplicationProperties {

    /** @return the node's local home directory, if the application has one */
    Optional<Path> getLocalHomeDirectory();

    /** @return the home directory shared by every node of a cluster, if the application has one */
    Optional<Path> getSharedHomeDirectory();
}
