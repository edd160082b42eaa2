package io.corroborate.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured API keys ({@code KEY:ROLE,KEY:ROLE}). Lookups compare a presented key against every configured
 * key in constant time, so timing reveals neither a key nor how much of one matched.
 */
@ApplicationScoped
public class ApiKeys {

    /** An authenticated caller: a key's short, loggable id and its role. */
    public record Caller(String keyId, Role role) {
    }

    private record Entry(byte[] digest, Caller caller) {
    }

    private final List<Entry> entries;

    public ApiKeys(@ConfigProperty(name = "corroborate.api-keys", defaultValue = "") String config) {
        this.entries = parse(config);
    }

    public Optional<Caller> lookup(String presented) {
        byte[] digest = sha256(presented);
        Caller found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest)) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<Entry> parse(String config) {
        List<Entry> entries = new ArrayList<>();
        for (String pair : config.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("corroborate.api-keys entries must read KEY:ROLE");
            }
            String key = pair.substring(0, colon).strip();
            byte[] digest = sha256(key);
            String keyId = "key-" + HexFormat.of().formatHex(digest, 0, 4);
            entries.add(new Entry(digest, new Caller(keyId, Role.parse(pair.substring(colon + 1)))));
        }
        return List.copyOf(entries);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
