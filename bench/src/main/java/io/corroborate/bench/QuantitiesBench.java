package io.corroborate.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.corroborate.bench.quantities.Evaluation;
import io.corroborate.bench.quantities.GoldSentence;
import io.corroborate.bench.quantities.Layers;
import io.corroborate.bench.quantities.Mark;
import io.corroborate.bench.quantities.NewsQuant;
import io.corroborate.bench.quantities.Options;
import io.corroborate.bench.quantities.Report;
import io.corroborate.bench.quantities.Throughput;

/**
 * Quantity extraction on NewsQuant (CQE evaluation, EMNLP 2023): value and value+unit precision, recall and F1,
 * one-to-one matching with numpy.isclose tolerance, for the quantity layer and the claims built on it.
 * Usage: {@code QuantitiesBench <datasets dir> [--errors N] [--half A|B]}. Both halves of NewsQuant have been
 * read while writing rules (half B only since 2026-11-22); its companions currency.json and age.json, scored after
 * it, were development data once (2026-11) and have not been read since: a check that new rules carry over.
 */
public final class QuantitiesBench {

    private QuantitiesBench() {
    }

    public static void main(String[] args) throws Exception {
        List<GoldSentence> sentences = NewsQuant.load(Path.of(args[0], "newsquant", "NewsQuant.json"));
        Map<String, String> options = Options.parse(args);
        int errors = Integer.parseInt(options.getOrDefault("--errors", "0"));
        int half = options.getOrDefault("--half", "A").equalsIgnoreCase("B") ? 1 : 0;
        Report report = new Report(System.out);
        System.out.printf("NewsQuant: %d sentences, %d gold quantities%n", sentences.size(),
                sentences.stream().mapToInt(s -> s.gold().size()).sum());
        Evaluation quantities = score(report, "quantity layer (QuantityExtractor)", sentences, Layers.quantities());
        score(report, "claim layer (ClaimExtractor, claims only)", sentences, Layers.claims());
        score(report, "API quantities (POST /api/v1/analyze: FigureFinder)", sentences, Layers.api());
        report.published();
        // Not read while the latest rules were written: do they carry over to other text?
        for (String companion : List.of("currency.json", "age.json")) {
            List<GoldSentence> set = NewsQuant.load(Path.of(args[0], "newsquant", companion));
            report.table("companion set " + companion + ", " + set.size() + " sentences, quantity layer",
                    Evaluation.run(set, Layers.quantities(), false));
        }
        if (errors > 0) {
            report.errors(quantities, errors, half);
            report.unitErrors(quantities, errors, half);
        }
    }

    private static Evaluation score(Report report, String name, List<GoldSentence> sentences,
            Function<String, List<Mark>> layer) {
        Evaluation evaluation = Evaluation.run(sentences, layer);
        report.table(name, evaluation);
        System.out.printf("throughput: %.0f sentences/s (one thread, after warm-up)%n",
                Throughput.of(sentences, layer));
        return evaluation;
    }
}
