package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Atlassian Spring Scanner: exports the annotated component as an OSGi service for other plugins.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.7/apidocs/com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.html
 * is the page of this type in the same javadoc set as {@link com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport},
 * but it is NOT in the docs index available here. The element {@code Class<?>[] value} (the interfaces to export as,
 * default: the implemented interfaces), {@code @Target({TYPE, FIELD})} and {@code @Retention(RUNTIME)} were checked
 * against the spring-scanner README (bitbucket.org/atlassian/atlassian-spring-scanner) and the published
 * annotation class. Later versions also have {@code ServiceProperty[] properties}; left out (unused, not on a docs page here).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.7/apidocs/com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.html">ExportAsService</a>
 */
@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    /** @return the interfaces to export the service as; empty for all implemented interfaces */
    Class<?>[] value() default {};
}
