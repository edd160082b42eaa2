/**
 * Stage 1, text: takes an article's text and gives its sentences with their offsets and the names mentioned in
 * each. Entry points: {@code new SentenceSplitter().split(text)} gives the {@code Sentence}s;
 * {@code EntityIndex.of(sentences)} learns the names of the whole text and {@code mentions(sentence)} gives a
 * sentence's {@code Mention}s under their short canonical names; {@code Dateline.end(text, sentence)} and
 * {@code ListLabel.end(sentence)} say where a sentence's text proper starts after a dateline or a list heading.
 * {@code Patterns.at(pattern, s, pos)} reads a pattern right at an offset, for the stages that read after a number.
 */
package io.corroborate.analysis.text;
