package io.corroborate.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import io.corroborate.gateway.rest.AnalyzeResource;
import io.corroborate.gateway.rest.ArticleResource;
import io.corroborate.gateway.rest.FeedResource;
import io.corroborate.gateway.rest.StoryResource;

/**
 * Every operation of the public API names the role it needs with {@code @RolesAllowed}, and that role is the one
 * {@link Role#requiredFor} gives (and the OpenAPI document shows): no operation is left open by omission.
 */
class RolesAllowedTest {

    /**
     * Every resource class of the gateway (a class annotated with {@code @Path}; the REST clients are interfaces),
     * found on its class path: none is left out by hand.
     */
    static List<Class<?>> resources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = java.nio.file.Path.of(ArticleResource.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, RolesAllowedTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Path.class) && !type.isInterface()) { // not a REST client
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // generated or not loadable alone: not a resource of ours
                }
            }
        }
        return found;
    }

    @Test
    void everyResourceIsFound() throws Exception {
        List<Class<?>> found = resources();
        assertTrue(found.containsAll(List.of(AnalyzeResource.class, ArticleResource.class, FeedResource.class,
                StoryResource.class)), () -> "found only " + found);
    }

    @Test
    void everyOperationNamesTheRoleTheRuleGives() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            assertTrue(base.startsWith("/api/"), base);
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = base + (sub == null ? "" : sub.value());
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                assertNotNull(allowed, () -> verb + " " + path + " has no @RolesAllowed");
                String expected = Role.requiredFor(verb, path) == Role.READER ? Role.READER_ROLE : Role.WRITER_ROLE;
                assertEquals(Set.of(expected), Set.of(allowed.value()), () -> verb + " " + path);
                checked.add(verb + " " + path);
            }
        }
        assertTrue(checked.size() >= 15, () -> "only " + checked);
    }

    private static String verb(Method method) {
        return method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST"
                : method.isAnnotationPresent(PUT.class) ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE"
                : null;
    }
}
