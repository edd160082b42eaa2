package io.corroborate.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Guesses a text's language with OpenNLP's language-detection model (103 languages, shipped in a Maven artifact)
 * and answers its ISO 639-1 code; close calls and short texts answer nothing rather than a wrong code.
 */
public final class LanguageGuesser {

    private static final String MODEL = "/langdetect-183.bin";
    private static final int MIN_CHARS = 40;
    // Character n-grams of a few sentences decide as well as a whole article, at a fraction of the cost.
    private static final int SAMPLE_CHARS = 400;
    /** The best language must be this many times likelier than the runner-up to be trusted. */
    private static final double MIN_MARGIN = 1.5;

    private final LanguageDetectorModel model;
    private final Map<String, String> iso3To1 = new HashMap<>();

    public LanguageGuesser() {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The language model " + MODEL + " is not on the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The language model cannot be read", e);
        }
        for (String code : Locale.getISOLanguages()) {
            iso3To1.put(new Locale(code).getISO3Language(), code);
        }
    }

    public Optional<String> guess(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        // The detector is not thread-safe; it is cheap to make, the model is shared.
        Language[] ranked = new LanguageDetectorME(model).predictLanguages(
                text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
            return Optional.empty();
        }
        return Optional.ofNullable(iso3To1.get(ranked[0].getLang()));
    }
}
