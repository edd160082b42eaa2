package io.corroborate.testing;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands a WireMock server in for the peer services of a {@code @QuarkusTest}: every REST client named in the
 * {@code clients} init arg (comma-separated config keys) is pointed at it.
 */
public class WireMockResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    private String[] clients = new String[0];

    @Override
    public void init(Map<String, String> initArgs) {
        clients = initArgs.getOrDefault("clients", "").split(",");
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Map<String, String> config = new HashMap<>();
        for (String client : clients) {
            if (!client.isBlank()) {
                config.put("quarkus.rest-client." + client.strip() + ".url", server.baseUrl());
            }
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class,
                WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
