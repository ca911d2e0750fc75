package com.atlassian.activeobjects.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Active Objects: annotated interface methods (or a whole interface) run inside a host-provided transaction,
 * when the plugin declares {@code com.atlassian.activeobjects.external.TransactionalAnnotationProcessor}.
 *
 * <p>Checked against: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/TransactionalAnnotationProcessor.html
 * (the processor of this annotation) and its xref. The annotation's own page
 * (.../apidocs/com/atlassian/activeobjects/tx/Transactional.html) is not in the docs index available here; its
 * meta-annotations ({@code @Retention(RUNTIME) @Target({TYPE, METHOD}) @Inherited @Documented}, no elements) were
 * checked against the activeobjects-plugin source.
 *
 * @see <a href="https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/TransactionalAnnotationProcessor.html">TransactionalAnnotationProcessor</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@Documented
public @interface Transactional {
}
