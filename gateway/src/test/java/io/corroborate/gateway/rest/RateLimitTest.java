package io.corroborate.gateway.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.corroborate.testing.InjectWireMock;
import io.corroborate.testing.WireMockResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.TightLimits.class)
@QuarkusTestResource(value = WireMockResource.class, initArgs = @ResourceArg(name = "clients",
        value = "ingest,analysis"))
class RateLimitTest {

    /** Two requests in a burst, then one a minute. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corroborate.rate-limit.per-second", "0.0167", "corroborate.rate-limit.burst", "2");
        }
    }

    @InjectWireMock
    WireMockServer services;

    @Test
    void aKeyOverItsRateGetsTooManyRequestsWithRetryAfterAndOtherKeysDoNot() {
        services.stubFor(get(urlPathEqualTo("/api/v1/stories")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[],\"page\":0,\"size\":20,\"total\":0}")));
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", "test-reader-key").get("/api/v1/stories").then().statusCode(200);
        }
        given().header("X-API-Key", "test-reader-key").get("/api/v1/stories").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, allOf(greaterThan(0), lessThanOrEqualTo(60)))
                .body("status", equalTo(429));
        given().header("X-API-Key", "test-writer-key").get("/api/v1/stories").then().statusCode(200);
    }
}
