package io.corroborate.bench.quantities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads NewsQuant.json and its companions currency.json and age.json (satya77/CQE_Evaluation): a list of
 * {text, quantities: [{value, normalized_unit, …}]}.
 */
public final class NewsQuant {

    private NewsQuant() {
    }

    public static List<GoldSentence> load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<GoldSentence> sentences = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode item = root.get(i);
            List<Mark> gold = new ArrayList<>();
            for (JsonNode q : item.get("quantities")) {
                // The evaluation lower-cases the gold unit before comparing.
                String unit = q.get("normalized_unit").asText().toLowerCase(Locale.ROOT).trim();
                // currency.json and age.json give no surface text
                String surface = q.has("unit") ? q.get("unit").asText() : null;
                gold.add(new Mark(Amount.parse(q.get("value").asText()), unit, surface));
            }
            sentences.add(new GoldSentence(i, item.get("text").asText(), List.copyOf(gold)));
        }
        return sentences;
    }
}
