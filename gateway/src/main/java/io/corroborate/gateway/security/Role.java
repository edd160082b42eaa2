package io.corroborate.gateway.security;

import java.util.Locale;

/** What a key may do: readers read, writers also submit and manage. */
public enum Role {
    READER, WRITER;

    /** The role names of {@code @RolesAllowed}: every key reads; a writer key also writes. */
    public static final String READER_ROLE = "reader";
    public static final String WRITER_ROLE = "writer";

    /**
     * The role a request needs: a writer's for any method that writes, a reader's for reading ones and for
     * {@code POST /api/v1/analyze}, which only computes. Each resource method's {@code @RolesAllowed} says the same
     * (a test holds them to it), and the OpenAPI document shows it ({@code RolesInOpenApi}).
     */
    public static Role requiredFor(String method, String path) {
        boolean reading = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return reading || path.equals("/api/v1/analyze") ? READER : WRITER;
    }

    static Role parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "reader" -> READER;
            case "writer" -> WRITER;
            default -> throw new IllegalArgumentException("Unknown role '" + text.strip()
                    + "' in corroborate.api-keys (expected reader or writer)");
        };
    }
}
