package io.corroborate.analysis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.NameWords;

/** The proper-noun phrases of one text, learned from the text itself, with their short canonical names. */
public final class EntityIndex {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[.&-][\\p{L}\\p{N}]+){0,6}\\.?");

    private final Map<Sentence, List<Mention>> mentions = new IdentityHashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, String> fullNameBySurname = new HashMap<>();

    private EntityIndex() {
    }

    /** Learns which capitalized words are names from their use mid-sentence, then finds every mention. */
    public static EntityIndex of(List<Sentence> sentences) {
        Map<String, Integer> capitalCounts = new HashMap<>();
        Set<String> knownLower = new HashSet<>();
        Map<Sentence, List<Token>> tokens = new IdentityHashMap<>();
        for (Sentence s : sentences) {
            List<Token> list = tokenize(s.text());
            tokens.put(s, list);
            list.stream().filter(t -> !t.capitalized()).forEach(t -> knownLower.add(t.text()));
            if (!Headline.is(s.text(), list)) {
                list.stream().skip(PhraseFinder.opening(s.text(), list)).filter(Token::capitalized)
                        .forEach(t -> capitalCounts.merge(t.text(), 1, Integer::sum));
            }
        }
        Set<String> knownCaps = namesAmong(capitalCounts, tokens);
        EntityIndex index = new EntityIndex();
        for (Sentence s : sentences) {
            List<Mention> found = new PhraseFinder(s.text(), tokens.get(s), knownCaps, knownLower).find();
            found.forEach(m -> index.learn(m.name()));
            index.mentions.put(s, found);
        }
        return index;
    }

    /** A two-word name ("Alexandr Wang") lets the text later use the last word alone ("Wang"). */
    private void learn(String name) {
        names.add(name);
        String[] words = name.split(" ");
        if (words.length == 2 && Character.isUpperCase(words[1].charAt(0))) {
            fullNameBySurname.putIfAbsent(words[1], name);
        }
    }

    /** Mentions of the sentence, named canonically. */
    public List<Mention> mentions(Sentence sentence) {
        List<Mention> canonical = new ArrayList<>();
        for (Mention m : mentions.getOrDefault(sentence, List.of())) {
            canonical.add(new Mention(canonical(m.name()), m.start(), m.end(), m.possessive()));
        }
        return canonical;
    }

    /** The short form used in this text: "Meta Platforms" is "Meta" when "Meta" also appears alone. */
    String canonical(String name) {
        String[] words = name.split(" ");
        if (words.length == 1 && fullNameBySurname.containsKey(name)) {
            return fullNameBySurname.get(name);
        }
        int keep = words.length;
        while (keep > 1 && NameWords.DESIGNATORS.contains(words[keep - 1])) {
            keep--;
        }
        String shorter = String.join(" ", Arrays.copyOf(words, keep));
        return keep < words.length && names.contains(shorter) ? shorter : name;
    }

    /** Words written capitalized mid-sentence more often than in lower case: "Scale" in "Scale AI", not "Invests". */
    private static Set<String> namesAmong(Map<String, Integer> capitalCounts, Map<Sentence, List<Token>> tokens) {
        Map<String, Integer> lowerCounts = new HashMap<>();
        tokens.values().forEach(list -> list.stream().filter(t -> !t.capitalized())
                .forEach(t -> lowerCounts.merge(t.text(), 1, Integer::sum)));
        Set<String> names = new HashSet<>();
        capitalCounts.forEach((word, count) -> {
            if (count > lowerCounts.getOrDefault(word.toLowerCase(Locale.ROOT), 0)) {
                names.add(word);
            }
        });
        return names;
    }

    private static List<Token> tokenize(String text) {
        List<Token> list = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            list.add(Token.of(text, m.start(), m.end()));
        }
        return list;
    }
}
