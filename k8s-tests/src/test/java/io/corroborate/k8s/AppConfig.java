package io.corroborate.k8s;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its environment, taken from its own sources: the HTTP port and every environment
 * variable name its configuration can be set through.
 */
record AppConfig(String service, int httpPort, Set<String> envNames, Set<String> requiredEnvNames) {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");

    /**
     * Quarkus properties a service reads but its file leaves out on purpose (no credentials in the file): the
     * password that goes with a datasource.
     */
    private static final List<String> DATASOURCE_SECRETS = List.of("quarkus.datasource.password");

    static AppConfig load(Path root, String service) throws IOException {
        Path module = root.resolve(service);
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
            props.load(in);
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> env = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (String rawKey : props.stringPropertyNames()) {
            String key = PROFILE.matcher(rawKey).replaceFirst("");
            keys.add(key);
            Matcher ref = ENV_REFERENCE.matcher(props.getProperty(rawKey));
            while (ref.find()) {
                env.add(ref.group(1));
                // Peer URLs default to localhost, which is wrong in a cluster: a deployment must set them.
                if (key.startsWith("quarkus.rest-client.") && key.endsWith(".url")) {
                    required.add(ref.group(1));
                }
            }
        }
        keys.addAll(configPropertyNames(module));
        keys.addAll(configPropertyNames(root.resolve("commons")));
        if (keys.contains("quarkus.datasource.db-kind")) {
            keys.addAll(DATASOURCE_SECRETS);
            required.add(envName("quarkus.datasource.jdbc.url"));
            required.add(envName("quarkus.datasource.username"));
            required.add(envName("quarkus.datasource.password"));
        }
        keys.forEach(k -> env.add(envName(k)));
        required.add(envName("corroborate.internal-token"));
        String port = props.getProperty("quarkus.http.port");
        if (port == null) {
            throw new AssertionError(service + " sets no quarkus.http.port");
        }
        return new AppConfig(service, Integer.parseInt(port.trim()), Set.copyOf(env), Set.copyOf(required));
    }

    /** The environment variable MicroProfile Config maps to a property: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> configPropertyNames(Path module) throws IOException {
        Path sources = module.resolve("src/main/java");
        Set<String> names = new LinkedHashSet<>();
        if (!Files.isDirectory(sources)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CONFIG_PROPERTY.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
