package io.corroborate.gateway.security;

import java.util.Locale;

/** What a key may do: readers read, writers also submit and manage. */
public enum Role {
    READER, WRITER;

    static Role parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "reader" -> READER;
            case "writer" -> WRITER;
            default -> throw new IllegalArgumentException("Unknown role '" + text.strip()
                    + "' in corroborate.api-keys (expected reader or writer)");
        };
    }
}
