package io.corroborate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.corroborate.analysis.claim.ClaimDraft;
import io.corroborate.analysis.claim.ClaimExtractor;
import io.corroborate.api.Value;
import io.corroborate.ingest.extract.TextCleaner;

/**
 * Prints every claim of each article text in a directory, after the ingest cleaner, one line each:
 * subject | predicate | object | kind amount unit bound [low,high] | quote. For reviewing extraction by eye.
 * usage: SeedClaimsReport DIR [--text] (--text also prints each cleaned text)
 */
public final class SeedClaimsReport {

    private SeedClaimsReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/seeds");
        boolean showText = List.of(args).contains("--text");
        TextCleaner cleaner = new TextCleaner();
        ClaimExtractor extractor = new ClaimExtractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            String text = cleaner.clean(Files.readString(file));
            System.out.println("=== " + file.getFileName() + " (" + text.length() + " chars)");
            if (showText) {
                System.out.println(text);
                System.out.println("---");
            }
            for (ClaimDraft d : extractor.extract(text)) {
                System.out.println(line(d));
            }
        }
    }

    static String line(ClaimDraft d) {
        Value v = d.value();
        String unit = v.currency() != null ? v.currency() : v.unit();
        String amount = v.amount() == null ? "-" : v.amount().stripTrailingZeros().toPlainString();
        return String.join(" | ", String.valueOf(d.subject()), String.valueOf(d.predicate()),
                String.valueOf(d.object()),
                v.kind() + " " + amount + " " + unit + " " + v.bound() + " [" + plain(v.low()) + "," + plain(v.high()) + "]"
                        + (d.attribution() == null ? "" : " (" + d.attribution().wording() + ")")
                        + (d.negated() ? " DENIED" : ""),
                "\"" + d.quote().surface() + "\" @" + d.quote().start() + " in: " + d.quote().sentence());
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
