package io.corroborate.gateway.client;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import io.corroborate.api.Problem;
import io.corroborate.commons.ProblemException;
import io.corroborate.commons.Problems;

/**
 * Runs one call to a service behind the gateway and sorts its failures: a 4xx becomes that service's problem
 * (re-issued by the gateway, never passed through raw); anything else is "unavailable" and may be retried.
 */
final class Downstream {

    private Downstream() {
    }

    static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new ProblemException(problemOf(e, status));
            }
            throw new ServiceUnavailableException(service, "HTTP " + status);
        } catch (ProcessingException e) {
            throw new ServiceUnavailableException(service, "unreachable");
        }
    }

    private static Problem problemOf(WebApplicationException e, int status) {
        try {
            Problem p = e.getResponse().readEntity(Problem.class);
            if (p != null && p.status() == status && p.title() != null) {
                return new Problem(p.type(), p.title(), p.status(), p.detail(), null, p.errors());
            }
        } catch (RuntimeException unreadable) {
            // Not a problem document: fall back to the status alone.
        }
        return Problems.ofStatus(status, "The request was refused (HTTP " + status + ")");
    }
}
