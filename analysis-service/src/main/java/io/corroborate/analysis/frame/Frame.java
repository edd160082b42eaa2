package io.corroborate.analysis.frame;

/** What a figure is about: who (subject), what is measured (predicate) and an optional second party (object). */
public record Frame(String subject, String predicate, String object) {
}
