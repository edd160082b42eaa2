package io.corroborate.bench.extraction;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.WithDefault;

/**
 * A service's {@code @ConfigMapping} interface answering with its declared defaults, so a benchmark can build the
 * service's own beans outside Quarkus with the settings a fresh deployment has.
 */
public final class ConfigDefaults {

    private ConfigDefaults() {
    }

    /** The mapping with every method answering its {@code @WithDefault}; nested mappings likewise. */
    public static <T> T of(Class<T> mapping) {
        return mapping.cast(Proxy.newProxyInstance(mapping.getClassLoader(), new Class<?>[] {mapping},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> mapping.getSimpleName() + " defaults";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> value(method);
                }));
    }

    private static Object value(Method method) {
        Class<?> type = method.getReturnType();
        WithDefault declared = method.getAnnotation(WithDefault.class);
        if (declared == null) {
            if (type == Optional.class) {
                return Optional.empty();
            }
            if (type.isInterface()) {
                return of(type);
            }
            throw new IllegalStateException(method + " has no default");
        }
        String text = declared.value();
        if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == double.class || type == Double.class) {
            return Double.valueOf(text);
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == Duration.class) {
            return text.startsWith("P") ? Duration.parse(text) : Duration.parse("PT" + text.toUpperCase());
        }
        return text;
    }
}
