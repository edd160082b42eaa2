package io.corroborate.gateway.client;

/** A service behind the gateway failed or could not be reached; retried, counted by circuit breakers, shown as 503. */
public class ServiceUnavailableException extends RuntimeException {

    private final String service;

    public ServiceUnavailableException(String service, String reason) {
        super(service + " unavailable: " + reason, null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
