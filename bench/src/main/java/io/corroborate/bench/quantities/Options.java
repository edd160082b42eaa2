package io.corroborate.bench.quantities;

import java.util.HashMap;
import java.util.Map;

/** "--name value" pairs after the datasets directory. */
public final class Options {

    private Options() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
