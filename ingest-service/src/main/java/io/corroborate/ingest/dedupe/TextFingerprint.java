package io.corroborate.ingest.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** The hash of a text with case, punctuation, quotes and spacing normalized away: equal for the same article. */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    public static String of(String text) {
        return ofNormalized(normalize(text));
    }

    /** The hash of a text already passed through {@link #normalize} (which {@link MinHash} reads too). */
    public static String ofNormalized(String normalized) {
        return sha256(normalized);
    }

    /** Case, compatibility forms and punctuation folded away: letters and digits in words, one space apart. */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
