package io.corroborate.k8s;

import com.google.gson.Gson;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One overlay as `kubectl kustomize` renders it, every object parsed strictly into its official model class. */
final class Rendered {

    /** The JSON text of one object and the model it parsed into. */
    record Doc(String apiVersion, String kind, String name, String json, Object model) {
    }

    @FunctionalInterface
    private interface Parser {
        Object parse(String json) throws IOException;
    }

    // The models' fromJson rejects fields the schema does not define, wrong types and missing required fields.
    private static final Map<String, Parser> PARSERS = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace::fromJson),
            Map.entry("v1/ConfigMap", V1ConfigMap::fromJson),
            Map.entry("v1/Secret", V1Secret::fromJson),
            Map.entry("v1/Service", V1Service::fromJson),
            Map.entry("apps/v1/Deployment", V1Deployment::fromJson),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet::fromJson),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress::fromJson),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::fromJson),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::fromJson),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::fromJson));

    private static final Gson GSON = new Gson();

    final List<Doc> docs;

    private Rendered(List<Doc> docs) {
        this.docs = docs;
    }

    static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String kustomize(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
        // Read both streams before waiting: a large render must not block on a full pipe.
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Splits a multi-document YAML text and parses each document with the model its apiVersion and kind name. */
    static Rendered parse(String yamlText) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Doc> docs = new ArrayList<>();
        for (Object document : yaml.loadAll(yamlText)) {
            if (document == null) {
                continue;
            }
            docs.add(parseOne((Map<?, ?>) document));
        }
        return new Rendered(List.copyOf(docs));
    }

    private static Doc parseOne(Map<?, ?> document) {
        String apiVersion = String.valueOf(document.get("apiVersion"));
        String kind = String.valueOf(document.get("kind"));
        String name = String.valueOf(((Map<?, ?>) document.get("metadata")).get("name"));
        Parser parser = PARSERS.get(apiVersion + "/" + kind);
        if (parser == null) {
            throw new AssertionError("no model for " + apiVersion + " " + kind + " (" + name + "); expected one of "
                    + PARSERS.keySet());
        }
        String json = GSON.toJson(document);
        try {
            return new Doc(apiVersion, kind, name, json, parser.parse(json));
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(kind + " " + name + " does not match the Kubernetes schema: " + e.getMessage(), e);
        }
    }

    <T> List<T> all(Class<T> type) {
        return docs.stream().map(Doc::model).filter(type::isInstance).map(type::cast).toList();
    }
}
