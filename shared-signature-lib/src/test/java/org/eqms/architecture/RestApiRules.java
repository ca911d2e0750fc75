package org.eqms.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The REST rules both apps' architecture tests apply ({@code ArchTests.in(RestApiRules.class)}): resources run under
 * Atlassian REST v1 (Jersey 1, JAX-RS 1.1) in the products and under Jersey 2 in the sandbox (DESIGN §3), so they may
 * use only JAX-RS API types that JAX-RS 1.1 already had, and no Jersey classes.
 */
public final class RestApiRules {
    private RestApiRules() {
    }

    /** The javax.ws.rs types of JAX-RS 1.1 (JSR 311) the resources may use. */
    private static final Set<String> JAX_RS_1_1 = Set.of(
            "javax.ws.rs.Path", "javax.ws.rs.GET", "javax.ws.rs.POST", "javax.ws.rs.PUT", "javax.ws.rs.DELETE",
            "javax.ws.rs.Produces", "javax.ws.rs.Consumes", "javax.ws.rs.PathParam", "javax.ws.rs.QueryParam",
            "javax.ws.rs.HeaderParam", "javax.ws.rs.DefaultValue", "javax.ws.rs.WebApplicationException",
            "javax.ws.rs.core.Context", "javax.ws.rs.core.Response", "javax.ws.rs.core.Response$ResponseBuilder",
            "javax.ws.rs.core.Response$Status", "javax.ws.rs.core.MediaType", "javax.ws.rs.core.StreamingOutput",
            "javax.ws.rs.core.CacheControl");

    @ArchTest
    public static final ArchRule ONLY_JAX_RS_1_1 = noClasses().should().dependOnClassesThat(
                    new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("are javax.ws.rs types newer than JAX-RS 1.1") {
                        @Override
                        public boolean test(JavaClass type) {
                            return type.getName().startsWith("javax.ws.rs.") && !JAX_RS_1_1.contains(type.getName());
                        }
                    })
            .because("resources must run on Atlassian REST v1 (JAX-RS 1.1) as well as on Jersey 2");

    @ArchTest
    public static final ArchRule NO_JERSEY = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.glassfish.jersey..", "com.sun.jersey..")
            .because("the same resources are mounted by Atlassian REST (Jersey 1) and the sandbox (Jersey 2)");
}
