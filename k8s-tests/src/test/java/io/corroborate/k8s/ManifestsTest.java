package io.corroborate.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay under k8s/overlays renders, each object is valid against the official Kubernetes models, and the
 * Deployments agree with the services they run: ports, health endpoints and environment variables.
 */
class ManifestsTest {

    private static final Pattern SERVICE_IMAGE = Pattern.compile("(?:^|/)corroborate/([a-z0-9-]+)(?:[:@].*)?$");
    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startup", "/q/health/started", "readiness", "/q/health/ready", "liveness", "/q/health/live");
    private static final Map<Path, Rendered> RENDERED = new HashMap<>();
    private static final Map<String, AppConfig> APPS = new HashMap<>();

    static List<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(root().resolve("k8s/overlays"))) {
            List<String> names = dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no overlay under k8s/overlays");
            return names;
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectParsesStrictlyAsItsKind(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        assertFalse(rendered.docs.isEmpty());
        for (Rendered.Doc doc : rendered.docs) {
            assertNotNull(doc.model(), doc.kind() + " " + doc.name());
        }
        assertEquals(3, rendered.all(V1Deployment.class).size(), "one Deployment per service");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containerPortsAreTheServicesHttpPorts(String overlay) throws Exception {
        for (ServiceContainer sc : serviceContainers(render(overlay))) {
            List<V1ContainerPort> ports = sc.container().getPorts();
            assertNotNull(ports, sc.service() + " declares no port");
            for (V1ContainerPort port : ports) {
                assertEquals(sc.app().httpPort(), port.getContainerPort(), sc.service() + " container port");
            }
            assertEquals(String.valueOf(sc.app().httpPort()), literalEnv(sc.container(), "QUARKUS_HTTP_PORT")
                    .orElse(String.valueOf(sc.app().httpPort())), sc.service() + " QUARKUS_HTTP_PORT");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseTheQuarkusHealthEndpoints(String overlay) throws Exception {
        for (ServiceContainer sc : serviceContainers(render(overlay))) {
            V1Container c = sc.container();
            checkProbe(sc, "startup", c.getStartupProbe());
            checkProbe(sc, "readiness", c.getReadinessProbe());
            checkProbe(sc, "liveness", c.getLivenessProbe());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containersSetOnlyVariablesTheServiceReads(String overlay) throws Exception {
        for (ServiceContainer sc : serviceContainers(render(overlay))) {
            assertTrue(sc.container().getEnvFrom() == null || sc.container().getEnvFrom().isEmpty(),
                    sc.service() + ": envFrom would inject names nobody checked; list each variable");
            for (V1EnvVar env : envOf(sc.container())) {
                assertTrue(sc.app().envNames().contains(env.getName()), sc.service() + " does not read "
                        + env.getName() + "; it reads " + sorted(sc.app().envNames()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesGetTheSettingsTheyCannotStartWithout(String overlay) throws Exception {
        for (ServiceContainer sc : serviceContainers(render(overlay))) {
            List<String> names = envOf(sc.container()).stream().map(V1EnvVar::getName).toList();
            for (String required : sc.app().requiredEnvNames()) {
                assertTrue(names.contains(required), sc.service() + " needs " + required);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void peerAddressesNameServicesThatReachThem(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        for (ServiceContainer sc : serviceContainers(rendered)) {
            for (V1EnvVar env : envOf(sc.container())) {
                Optional<String> value = resolve(rendered, env);
                if (value.isEmpty() || !env.getName().endsWith("_URL")) {
                    continue;
                }
                URI uri = URI.create(value.get().replaceFirst("^jdbc:", ""));
                Optional<V1Service> target = rendered.all(V1Service.class).stream()
                        .filter(s -> s.getMetadata().getName().equals(uri.getHost())).findFirst();
                if (target.isEmpty()) {
                    assertTrue(uri.getHost().contains("."), sc.service() + " " + env.getName() + " names "
                            + uri.getHost() + ", which is neither a Service here nor an external host name");
                    continue;
                }
                assertTrue(target.get().getSpec().getPorts().stream().anyMatch(p -> p.getPort() == uri.getPort()),
                        sc.service() + " " + env.getName() + ": Service " + uri.getHost() + " has no port " + uri.getPort());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesSelectPodsAndTargetTheirPorts(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        for (V1Service service : rendered.all(V1Service.class)) {
            String name = service.getMetadata().getName();
            List<V1PodTemplateSpec> pods = podTemplates(rendered).stream()
                    .filter(t -> matches(service.getSpec().getSelector(), t.getMetadata().getLabels())).toList();
            assertEquals(1, pods.size(), "Service " + name + " selects exactly one workload");
            for (V1ServicePort port : service.getSpec().getPorts()) {
                assertTrue(declares(pods.get(0).getSpec(), port.getTargetPort()),
                        "Service " + name + " targets port " + port.getTargetPort() + ", which its pods do not declare");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void autoscalersAndBudgetsPointAtDeployments(String overlay) throws Exception {
        Rendered rendered = render(overlay);
        List<String> deployments = rendered.all(V1Deployment.class).stream().map(d -> d.getMetadata().getName()).toList();
        for (V2HorizontalPodAutoscaler hpa : rendered.all(V2HorizontalPodAutoscaler.class)) {
            assertTrue(deployments.contains(hpa.getSpec().getScaleTargetRef().getName()), hpa.getMetadata().getName());
            V1Deployment target = rendered.all(V1Deployment.class).stream()
                    .filter(d -> d.getMetadata().getName().equals(hpa.getSpec().getScaleTargetRef().getName()))
                    .findFirst().orElseThrow();
            target.getSpec().getTemplate().getSpec().getContainers().forEach(c -> assertNotNull(
                    c.getResources().getRequests().get("cpu"), "CPU utilisation needs a CPU request: " + c.getName()));
        }
        for (V1PodDisruptionBudget pdb : rendered.all(V1PodDisruptionBudget.class)) {
            assertEquals(1, podTemplates(rendered).stream().filter(t -> matches(
                    pdb.getSpec().getSelector().getMatchLabels(), t.getMetadata().getLabels())).count(),
                    "PodDisruptionBudget " + pdb.getMetadata().getName());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerRunsLocked(String overlay) throws Exception {
        for (V1PodTemplateSpec template : podTemplates(render(overlay))) {
            V1PodSpec pod = template.getSpec();
            String who = template.getMetadata().getLabels().get("app.kubernetes.io/name");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), who);
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), who);
            for (V1Container c : pod.getContainers()) {
                assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), who);
                assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), who);
                assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), who);
                assertNotNull(c.getResources().getLimits().get("memory"), who + " memory limit");
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                        && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null)),
                        who + " needs an emptyDir at /tmp");
            }
        }
    }

    private record ServiceContainer(String service, V1Container container, AppConfig app) {
    }

    private static void checkProbe(ServiceContainer sc, String kind, V1Probe probe) {
        assertNotNull(probe, sc.service() + " has no " + kind + " probe");
        V1HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, sc.service() + " " + kind + " probe is not an HTTP GET");
        assertEquals(PROBE_PATHS.get(kind), get.getPath(), sc.service() + " " + kind + " probe path");
        assertEquals(sc.app().httpPort(), portNumber(sc.container(), get.getPort()), sc.service() + " " + kind + " port");
    }

    private static int portNumber(V1Container c, IntOrString port) {
        if (port.isInteger()) {
            return port.getIntValue();
        }
        return c.getPorts().stream().filter(p -> port.getStrValue().equals(p.getName()))
                .map(V1ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port named " + port.getStrValue()));
    }

    private static boolean declares(V1PodSpec pod, IntOrString port) {
        return pod.getContainers().stream().flatMap(c -> c.getPorts().stream()).anyMatch(p -> port.isInteger()
                ? p.getContainerPort().equals(port.getIntValue()) : port.getStrValue().equals(p.getName()));
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static List<V1PodTemplateSpec> podTemplates(Rendered rendered) {
        List<V1PodTemplateSpec> templates = new ArrayList<>();
        rendered.all(V1Deployment.class).forEach(d -> templates.add(d.getSpec().getTemplate()));
        rendered.all(V1StatefulSet.class).forEach(s -> templates.add(s.getSpec().getTemplate()));
        return templates;
    }

    private static List<ServiceContainer> serviceContainers(Rendered rendered) throws IOException {
        List<ServiceContainer> found = new ArrayList<>();
        for (V1Deployment deployment : rendered.all(V1Deployment.class)) {
            for (V1Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                Matcher m = SERVICE_IMAGE.matcher(c.getImage());
                if (!m.find()) {
                    fail("container " + c.getName() + " runs " + c.getImage() + ", not a corroborate/<service> image");
                }
                String service = m.group(1);
                assertTrue(Files.isDirectory(root().resolve(service)), "no module " + service + " for " + c.getImage());
                found.add(new ServiceContainer(service, c, app(service)));
            }
        }
        assertEquals(3, found.size(), "the three services");
        return found;
    }

    private static List<V1EnvVar> envOf(V1Container c) {
        return c.getEnv() == null ? List.of() : c.getEnv();
    }

    private static Optional<String> literalEnv(V1Container c, String name) {
        return envOf(c).stream().filter(e -> e.getName().equals(name) && e.getValueFrom() == null)
                .map(V1EnvVar::getValue).findFirst();
    }

    /** The value a variable gets from a literal or a rendered ConfigMap; empty for Secrets and others. */
    private static Optional<String> resolve(Rendered rendered, V1EnvVar env) {
        if (env.getValueFrom() == null) {
            return Optional.ofNullable(env.getValue());
        }
        if (env.getValueFrom().getConfigMapKeyRef() == null) {
            return Optional.empty();
        }
        String name = env.getValueFrom().getConfigMapKeyRef().getName();
        String key = env.getValueFrom().getConfigMapKeyRef().getKey();
        V1ConfigMap map = rendered.all(V1ConfigMap.class).stream()
                .filter(cm -> cm.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("ConfigMap " + name + " is not in the render"));
        String value = map.getData() == null ? null : map.getData().get(key);
        assertNotNull(value, "ConfigMap " + name + " has no key " + key);
        return Optional.of(value);
    }

    private static List<String> sorted(java.util.Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static synchronized Rendered render(String overlay) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Rendered.kubectlAvailable(), "kubectl not installed");
        Path dir = root().resolve("k8s/overlays").resolve(overlay);
        Rendered cached = RENDERED.get(dir);
        if (cached == null) {
            cached = Rendered.parse(Rendered.kustomize(dir));
            RENDERED.put(dir, cached);
        }
        return cached;
    }

    private static synchronized AppConfig app(String service) throws IOException {
        AppConfig cached = APPS.get(service);
        if (cached == null) {
            cached = AppConfig.load(root(), service);
            APPS.put(service, cached);
        }
        return cached;
    }

    /** The repository root: set by Surefire, else found upwards from the working directory. */
    static Path root() {
        String configured = System.getProperty("corroborate.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s/overlays"))) {
                return dir;
            }
        }
        throw new AssertionError("cannot find the repository root (k8s/overlays); set -Dcorroborate.root");
    }
}
