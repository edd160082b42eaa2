/**
 * Word knowledge every stage shares; it uses no other stage. {@code Lexicon.get()} gives what a word means (WordNet
 * lemmas, stopwords, measure families, whether one noun names a kind of another, whether a verb moves a level);
 * {@code Predicates.familyOf(word)} and {@code Predicates.nounFamilyOf(noun)}
 * map the words that govern a figure to a predicate family ("paid" is an investment); {@code NameWords} lists the
 * words that tell names from capitalized ordinary words (titles, legal suffixes, stop words, connectors);
 * {@code NumberWords.digits(word)} reads a number word ("twenty-five" is 25); {@code Conversions.of(unit)} gives what
 * a unit measures and how it converts ({@code units/conversions.txt}).
 */
package io.corroborate.analysis.lexicon;
