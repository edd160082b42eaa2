package io.corroborate.commons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start outside dev and test while a secret is empty or still a shipped placeholder (the
 * {@code CHANGE-ME} values of {@code k8s/base/secrets.yaml}): the internal token, the API keys, the database password
 * (empty too, for a service with a datasource; the launcher gives its embedded database a generated one).
 * A deployment that forgot to create its secrets fails loudly at once instead of answering with public credentials.
 */
@Singleton
public class SecretsGuard {

    /** The secrets a service may read; only those it is configured with are checked. */
    private static final List<String> SECRETS = List.of("corroborate.internal-token", "corroborate.api-keys",
            "quarkus.datasource.password");

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String name : SECRETS) {
            Optional<String> value = ConfigProvider.getConfig().getOptionalValue(name, String.class);
            if (value.isPresent() && placeholder(value.get())) {
                problems.add(name);
            }
        }
        if (ConfigProvider.getConfig().getOptionalValue("corroborate.internal-auth", Boolean.class).orElse(false)
                && ConfigProvider.getConfig().getOptionalValue("corroborate.internal-token", String.class)
                        .map(String::isBlank).orElse(true)) {
            problems.add("corroborate.internal-token (empty)");
        }
        if (ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).isPresent()
                && ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
                        .map(String::isBlank).orElse(true)) {
            // An empty value reads as absent: a service that talks to a database must be given its password.
            problems.add("quarkus.datasource.password (empty)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with placeholder or empty secrets: "
                    + String.join(", ", problems) + ". Create real ones (see k8s/base/secrets.yaml).");
        }
    }

    /** A shipped placeholder: any value that still says CHANGE-ME. */
    static boolean placeholder(String value) {
        return value.toUpperCase(Locale.ROOT).contains("CHANGE-ME");
    }
}
