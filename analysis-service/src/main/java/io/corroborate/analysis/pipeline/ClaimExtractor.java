package io.corroborate.analysis.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.corroborate.api.Quote;

/** Extracts numeric claims (figure, subject, predicate, object, quote) from an article's text. Thread-safe. */
public final class ClaimExtractor {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final FigureScanner scanner = new FigureScanner();

    /** The claims of {@code text} in reading order; quote offsets refer to {@code text} itself. */
    public List<ClaimDraft> extract(String text) {
        List<ClaimDraft> drafts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return drafts;
        }
        List<Sentence> sentences = splitter.split(text);
        EntityIndex entities = EntityIndex.of(sentences);
        String previousSubject = null;
        for (Sentence sentence : sentences) {
            int lead = Dateline.end(text, sentence);
            List<Mention> mentions = entities.mentions(sentence);
            mentions.removeIf(m -> m.start() < lead);
            for (Figure figure : scanner.scan(sentence.text())) {
                drafts.add(draft(text, sentence, mentions, figure, previousSubject));
            }
            Mention first = FrameFinder.firstFree(sentence.text(), mentions, 0, sentence.text().length());
            // "The MIT dropout" keeps the lead it refers to; "a Google engineer" is someone unnamed, no new lead.
            String named = first == null ? null
                    : NameModifier.subject(sentence.text(), mentions, first, previousSubject);
            previousSubject = named == null ? previousSubject : named;
        }
        return drafts;
    }

    private static ClaimDraft draft(String text, Sentence sentence, List<Mention> mentions, Figure figure,
            String previousSubject) {
        Frame frame = FrameFinder.find(sentence.text(), mentions, figure, previousSubject);
        int start = sentence.start() + figure.start();
        int end = sentence.start() + figure.end();
        Quote quote = new Quote(sentence.text(), start, end, text.substring(start, end));
        return new ClaimDraft(frame.subject(), frame.predicate(), frame.object(), figure.value(), quote);
    }
}
