package io.corroborate.launcher;

import java.io.PrintStream;

import com.fasterxml.jackson.databind.JsonNode;

/** Prints a story comparison as a plain-text table: one row per fact, then each source's figure and quote. */
final class ComparisonTable {

    private static final int FACT_WIDTH = 44;
    private static final int QUOTE_WIDTH = 90;

    private final PrintStream out;

    ComparisonTable(PrintStream out) {
        this.out = out;
    }

    void print(JsonNode story, JsonNode comparison) {
        out.printf("Story: %s%n  %d articles from %d sources, %d facts, %d in conflict%n%n",
                story.path("title").asText(), story.path("articleCount").asInt(), story.path("sourceCount").asInt(),
                story.path("factCount").asInt(), story.path("conflictCount").asInt());
        out.printf("  %-14s %-" + FACT_WIDTH + "s %s%n", "VERDICT", "FACT", "SUMMARY");
        for (JsonNode fact : comparison.path("facts")) {
            out.printf("  %-14s %-" + FACT_WIDTH + "s %s%n", fact.path("verdict").asText(),
                    clip(factName(fact), FACT_WIDTH), fact.path("summary").asText());
            for (JsonNode claim : fact.path("claims")) {
                out.printf("  %14s   %-12s %-22s \"%s\"%n", "", claim.path("agreement").asText(),
                        clip(claim.path("source").asText(), 22), clip(claim.path("quote").path("sentence").asText(),
                                QUOTE_WIDTH));
            }
        }
    }

    /** "Helio · employees", "injuries" when the text names no one the figure is about, "· object" when there is one. */
    private static String factName(JsonNode fact) {
        StringBuilder name = new StringBuilder();
        if (!fact.path("subject").asText("").isBlank()) {
            name.append(fact.path("subject").asText()).append(" · ");
        }
        name.append(fact.path("predicate").asText());
        if (!fact.path("object").asText("").isBlank()) {
            name.append(" · ").append(fact.path("object").asText());
        }
        return name.toString();
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
