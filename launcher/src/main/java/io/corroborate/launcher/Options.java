package io.corroborate.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal {@code --name value} command-line parsing; everything else is positional. */
record Options(Map<String, String> named, List<String> positional) {

    static Options parse(String[] args) {
        Map<String, String> named = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                named.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        return new Options(named, positional);
    }

    String required(String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    /** The value of {@code --name}, or null when absent or blank. */
    String optional(String name) {
        String value = named.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    Duration duration(String name, Duration fallback) {
        String value = named.get(name);
        return value == null ? fallback : Duration.ofSeconds(Long.parseLong(value));
    }
}
