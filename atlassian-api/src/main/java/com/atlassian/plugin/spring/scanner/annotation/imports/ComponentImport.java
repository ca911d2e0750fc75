package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Atlassian Spring Scanner: imports an OSGi service (a product component) into the plugin's Spring context.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.7/apidocs/com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.html
 * ({@code @Target({PARAMETER, ANNOTATION_TYPE, FIELD}) @Retention(RUNTIME)}, optional element {@code String value}:
 * the local bean name, default derived from the interface name).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.7/apidocs/com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.html">ComponentImport</a>
 */
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    /** @return the bean name in this plugin's Spring context; empty for the default */
    String value() default "";
}
