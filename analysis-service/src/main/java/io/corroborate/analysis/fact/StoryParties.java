package io.corroborate.analysis.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NameWords;

/**
 * Who the parties of one story are: which name keys ({@link Aligned#subject()}, {@link Aligned#object()}) name one
 * party however each outlet writes it — titles aside, a surname alone for the one person of the story who bears it,
 * two forms of one given name, one name spelt two ways. Learns the story's full names first ({@link #add}), then
 * answers {@link #same}.
 */
final class StoryParties {

    private final Lexicon lexicon;
    private final Map<String, String> untitled = new HashMap<>();
    /** Full names ("blake farenthold") by surname, with the sources that write each. */
    private final Map<String, Map<String, Set<String>>> fullNames = new HashMap<>();
    /** The people of each surname ({@link #people}), worked out once all names are known. */
    private final Map<String, Map<String, Integer>> peopleBySurname = new HashMap<>();
    /** The surname of the one person who bears each given name written alone, "" for none ({@link #bearer}). */
    private final Map<String, String> bearers = new HashMap<>();

    StoryParties(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Learns a party as one source writes it. "Blake Farenthold" and "Texas Rep. Blake Farenthold" are one person: a
     * given name and surname ("Bank of England" is no person's name: "of" is no given name).
     */
    void add(String party, String source) {
        String name = party.isEmpty() ? "" : untitled(party);
        if (name.contains(" ") && givenName(given(fullName(name)))) {
            fullNames.computeIfAbsent(last(name), k -> new HashMap<>())
                    .computeIfAbsent(fullName(name), k -> new HashSet<>()).add(source);
        }
    }

    /**
     * One party however written: equal keys; a surname alone and a full name ending in it ("Hunter", "Duncan
     * Hunter"; titles aside: "Congressman Hunter"), unless two people of the story bear that surname; or two forms of
     * one person's name ({@link #people}: "Jim Mattis", "James Mattis"); or a given name alone and the one person of
     * the story who bears it ({@link #givenAlone}: "Des", "Desmond Pyke-Arnott").
     */
    boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String x = untitled(a);
        String y = untitled(b);
        if (x.equals(y) || misspelt(x, y)) {
            return true;
        }
        boolean bothFull = x.contains(" ") && y.contains(" ");
        if (!bothFull && x.contains(" ") != y.contains(" ") && !last(x).equals(last(y))) {
            return x.contains(" ") ? givenAlone(y, x) : givenAlone(x, y);
        }
        if (!last(x).equals(last(y)) || !bothFull && x.contains(" ") == y.contains(" ")) {
            return false;
        }
        Map<String, Integer> people = people(last(x));
        if (!bothFull) {
            return people.values().stream().distinct().count() <= 1;
        }
        // only people's names are there ("Bank of England", "Church of England" are not)
        Integer p = people.get(fullName(x));
        return p != null && p.equals(people.get(fullName(y)));
    }

    /** The given name and surname of a name key of two words or more ("texas rep. blake farenthold"). */
    private static String fullName(String key) {
        String[] words = key.split(" ");
        return words[words.length - 2] + " " + last(key);
    }

    /**
     * The people who bear a surname in the story: its full names, those whose given names may be one person's
     * ({@link Lexicon#sameGivenName}: "Jim" and "James", "Walt" and "Walter") taken as one person — unless an outlet
     * writes two of them, as one naming two relatives would ("James Hale and his brother John"; "Jim" then joins no
     * one). Only names whose given name is a word of a person's name are kept ({@link #givenName}). The person's
     * index by full name; names of one person share it.
     */
    private Map<String, Integer> people(String surname) {
        return peopleBySurname.computeIfAbsent(surname, s -> {
            Map<String, Set<String>> sources = fullNames.getOrDefault(s, Map.of());
            List<String> names = sources.keySet().stream().sorted().toList();
            Map<String, Integer> person = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                person.put(names.get(i), i);
            }
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (lexicon.sameGivenName(given(names.get(i)), given(names.get(j)))) {
                        int from = person.get(names.get(j));
                        int to = person.get(names.get(i));
                        person.replaceAll((name, p) -> p == from ? to : p);
                    }
                }
            }
            // An outlet writing two names of one group names two people: none of that group's names join.
            Map<Integer, List<String>> groups = new HashMap<>();
            person.forEach((name, p) -> groups.computeIfAbsent(p, k -> new ArrayList<>()).add(name));
            for (List<String> group : groups.values()) {
                boolean twoByOne = group.size() > 1 && group.stream().flatMap(n -> sources.get(n).stream())
                        .distinct().count() < group.stream().mapToLong(n -> sources.get(n).size()).sum();
                if (twoByOne) {
                    group.forEach(name -> person.put(name, names.indexOf(name)));
                }
            }
            return person;
        });
    }

    /**
     * Whether a name of one word is the given name (or a short form of it) of the one person of the story who bears
     * it, and no one's surname: a tabloid's "Des, 67" is "Desmond Pyke-Arnott", a follow-up's "Marit" is "Marit
     * Lindqvall" — unless two people of the story could be meant.
     */
    private boolean givenAlone(String word, String full) {
        return lexicon.sameGivenName(word, given(fullName(full))) && last(full).equals(bearer(word));
    }

    /**
     * The surname of the one person of the story whose given name a name of one word is (see {@link #givenAlone}),
     * or null when it is a surname, no given name, or the given name of no one or of two people.
     */
    private String bearer(String word) {
        if (!givenName(word) || fullNames.containsKey(word)) {
            return null;
        }
        String surname = bearers.computeIfAbsent(word, w -> {
            Set<String> who = new HashSet<>();
            fullNames.forEach((last, names) -> {
                Map<String, Integer> person = people(last);
                names.keySet().stream().filter(n -> lexicon.sameGivenName(w, given(n)))
                        .forEach(n -> who.add(last + "#" + person.get(n)));
            });
            if (who.size() != 1) {
                return "";
            }
            String one = who.iterator().next();
            return one.substring(0, one.indexOf('#'));
        });
        return surname.isEmpty() ? null : surname;
    }

    /**
     * The word a party is found by among the story's groups: the surname of a person's name, the surname of the one
     * person a given name written alone stands for ({@link #givenAlone}), else the name's last word.
     */
    String lookupKey(String party) {
        String name = untitled(party);
        String surname = name.contains(" ") ? null : bearer(name);
        return surname != null ? surname : last(name);
    }

    /** The given name of a full name ("blake" of "blake farenthold"). */
    private static String given(String fullName) {
        return fullName.substring(0, fullName.indexOf(' '));
    }

    /** A word that can be a given name: letters only, two or more, no connector ("of", "de", "van"). */
    private static boolean givenName(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isLetter)
                && !NameWords.CONNECTORS.contains(word);
    }

    /**
     * One name spelt two ways: at most one letter added, dropped or changed in names of eight letters or more
     * ("Paris Island", "Parris Island"), the first letter the same.
     */
    static boolean misspelt(String a, String b) {
        if (a.length() < 8 || b.length() < 8 || Math.abs(a.length() - b.length()) > 1 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return j - i < 1 && k - i < 1;
    }

    /** The name key without the titles before it ("congressman hunter" → "hunter"). */
    String untitled(String key) {
        return untitled.computeIfAbsent(key, this::withoutTitles);
    }

    private String withoutTitles(String key) {
        String[] words = key.split(" ");
        int from = 0;
        while (from < words.length - 1 && lexicon.isTitle(words[from])) {
            from++;
        }
        return String.join(" ", Arrays.asList(words).subList(from, words.length));
    }

    /** The last word of a name key, without a plural or possessive "s" ("hunters" → "hunter"). */
    static String last(String key) {
        String word = key.substring(key.lastIndexOf(' ') + 1);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
