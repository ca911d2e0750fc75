package org.eqms.e2e.sweep;

import org.eqms.sandbox.SandboxApp;

import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every REST endpoint the sandbox serves, read from the hosted apps themselves: each app's {@link
 * SandboxApp#restResources()}, each public method carrying an HTTP method annotation ({@code @GET}, {@code @POST},
 * … — anything meta-annotated {@link HttpMethod}), its class and method {@code @Path}, {@code @Consumes} and
 * {@code @PathParam}/{@code @QueryParam} parameters. No hand list: an endpoint added to an app is swept.
 */
final class EndpointCatalogue {
    private EndpointCatalogue() {
    }

    static List<Endpoint> of(List<SandboxApp> apps) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (SandboxApp app : apps) {
            for (Object resource : app.restResources()) {
                Class<?> type = resource.getClass();
                String classPath = pathOf(type.getAnnotation(Path.class));
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod == null) {
                        continue;
                    }
                    String template = join(app.restBase(), classPath, pathOf(method.getAnnotation(Path.class)));
                    endpoints.add(new Endpoint(app.name(), httpMethod, template, Endpoint.paramsOf(template),
                            queryParams(method), consumes(method, type), type.getSimpleName() + "." + method.getName()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<String> queryParams(Method method) {
        List<String> names = new ArrayList<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof QueryParam query) {
                    names.add(query.value());
                }
                if (annotation instanceof PathParam path && path.value().isBlank()) {
                    throw new IllegalStateException("a blank @PathParam on " + method);
                }
            }
        }
        return names;
    }

    private static String consumes(Method method, Class<?> type) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = type.getAnnotation(Consumes.class);
        }
        return consumes == null ? null : String.join(",", consumes.value());
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                joined.append('/').append(trimmed);
            }
        }
        return joined.toString();
    }
}
