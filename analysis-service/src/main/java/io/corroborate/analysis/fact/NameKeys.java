package io.corroborate.analysis.fact;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NameWords;

/** Canonical keys for the names of one story: case-insensitive, legal suffixes dropped, short forms merged. */
final class NameKeys {

    private final Map<String, String> keyByName = new HashMap<>();
    private final Map<String, String> displayByKey = new HashMap<>();

    /** Learns the names used in the story; a name whose word-prefix is also used maps to that shorter name. */
    NameKeys(Collection<String> names) {
        Map<String, String> plain = new HashMap<>();
        names.stream().filter(Objects::nonNull).forEach(n -> plain.put(n, strip(n)));
        Map<String, String> displayByPlain = new HashMap<>();
        plain.forEach((name, stripped) -> displayByPlain.merge(lower(stripped), stripped, NameKeys::shorter));
        Set<String> surnames = surnames(displayByPlain);
        plain.forEach((name, stripped) -> keyByName.put(name,
                surnameOf(shortestPrefix(headName(lower(stripped), displayByPlain), displayByPlain), surnames)));
        keyByName.values().forEach(key -> displayByKey.put(key, displayByPlain.get(key)));
    }

    /** The key of a name, or "" for none. */
    String key(String name) {
        return name == null ? "" : keyByName.getOrDefault(name, lower(strip(name)));
    }

    /** The shortest form of the name as written in the story. */
    String display(String key) {
        return key.isEmpty() ? null : displayByKey.getOrDefault(key, key);
    }

    /**
     * The longest known name of two words or more that ends this one, the name being its head and the words before
     * it a modifier: "Calloway State University Board of Regents" is the "Board of Regents" another outlet names,
     * "Owner Norvane Energy" is "Norvane Energy"; otherwise the name itself.
     */
    private static String headName(String name, Map<String, String> known) {
        String[] words = name.split(" ");
        for (int i = 1; i + 2 <= words.length; i++) {
            String suffix = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            String display = known.get(suffix);
            if (display != null && !isCommon(display)) {
                return suffix;
            }
        }
        return name;
    }

    /**
     * The shortest known name that starts this one ("orbital" for "orbital platforms"), never a common noun, nor a
     * title before a person's name ("premier" is not "Premier Anneliese Vorn"); a common noun
     * ("transit authority") instead ends with its shorter form ("authority"), the head noun being last.
     */
    private static String shortestPrefix(String name, Map<String, String> known) {
        String[] words = name.split(" ");
        if (isCommon(known.get(name))) {
            for (int i = words.length - 1; i > 0; i--) {
                String suffix = String.join(" ", Arrays.copyOfRange(words, i, words.length));
                if (isCommon(known.get(suffix))) {
                    return suffix;
                }
            }
            return name;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < words.length - 1; i++) {
            prefix.append(i == 0 ? "" : " ").append(words[i]);
            // a role or title another outlet writes alone ("premier", "Prime Minister") is no short form of the
            // person's name after it ("Premier Anneliese Vorn"); "Vice" still is of "Vice Media"
            if (known.containsKey(prefix.toString()) && !isCommon(known.get(prefix.toString()))
                    && !(Lexicon.get().isTitle(words[i]) && words.length - i - 1 >= 2)) {
                return prefix.toString();
            }
        }
        return name;
    }

    /**
     * A person's surname alone ("Trump") and the full name ("Donald Trump", "President Trump") are one entity in a
     * story, unless two different full names share the surname ("Bill Clinton", "Hillary Clinton").
     */
    private static Set<String> surnames(Map<String, String> displayByPlain) {
        Map<String, Set<String>> givenBySurname = new HashMap<>();
        displayByPlain.forEach((plain, display) -> {
            String[] words = display.split(" ");
            String surname = plain.substring(plain.lastIndexOf(' ') + 1);
            if (words.length > 1 && allCapitalized(words) && displayByPlain.containsKey(surname)
                    && !isCommon(displayByPlain.get(surname))) {
                Set<String> given = givenBySurname.computeIfAbsent(surname, k -> new HashSet<>());
                String first = words[0].substring(words[0].lastIndexOf('-') + 1);
                if (!NameWords.TITLES.contains(first) && !Lexicon.get().isTitle(first)) {
                    given.add(lower(first));
                }
            }
        });
        givenBySurname.values().removeIf(given -> given.size() > 1);
        return givenBySurname.keySet();
    }

    private static String surnameOf(String key, Set<String> surnames) {
        String surname = key.substring(key.lastIndexOf(' ') + 1);
        return key.indexOf(' ') > 0 && surnames.contains(surname) ? surname : key;
    }

    private static boolean allCapitalized(String[] words) {
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommon(String display) {
        return display != null && display.equals(lower(display));
    }

    private static String strip(String name) {
        String result = name.trim().replaceFirst("^(?i)the\\s+", "");
        String[] words = result.split("\\s+");
        int keep = words.length;
        while (keep > 1 && NameWords.LEGAL.contains(words[keep - 1].replaceAll(",$", ""))) {
            keep--;
        }
        return String.join(" ", Arrays.copyOf(words, keep)).replaceAll(",$", "");
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Shorter first; between spellings of one length the one with fewer capitals ("Orbital", not "ORBITAL"). */
    private static String shorter(String a, String b) {
        if (a.length() != b.length()) {
            return a.length() < b.length() ? a : b;
        }
        long capsA = a.chars().filter(Character::isUpperCase).count();
        long capsB = b.chars().filter(Character::isUpperCase).count();
        return capsA != capsB ? (capsA < capsB ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }
}
