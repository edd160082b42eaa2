package io.corroborate.analysis.pipeline;

/** What a figure is about: who (subject), what is measured (predicate) and an optional second party (object). */
record Frame(String subject, String predicate, String object) {
}
