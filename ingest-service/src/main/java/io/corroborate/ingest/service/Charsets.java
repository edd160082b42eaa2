package io.corroborate.ingest.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes a fetched body: the Content-Type charset, else a {@code <meta>} charset in the first bytes, else UTF-8. */
final class Charsets {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})");
    private static final int SNIFF_BYTES = 2048;

    private Charsets() {
    }

    static String decode(byte[] bytes, String contentType) {
        Charset charset = find(contentType);
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            charset = find(head.toLowerCase(Locale.ROOT));
        }
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset find(String text) {
        Matcher m = CHARSET.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
