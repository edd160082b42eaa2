package io.corroborate.analysis.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.lexicon.Lexicon;
import io.corroborate.analysis.lexicon.NameWords;
import io.corroborate.analysis.number.Hedge;
import io.corroborate.analysis.number.Intervals;
import io.corroborate.analysis.number.MixedNumber;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.analysis.unit.CountedNoun;
import io.corroborate.analysis.unit.Currencies;
import io.corroborate.analysis.unit.Headcount;
import io.corroborate.analysis.unit.Suspended;
import io.corroborate.analysis.unit.Tail;
import io.corroborate.analysis.unit.Units;
import io.corroborate.api.Bound;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * Finds the figures of one sentence: money, percentages, counts, ages and years, with their intervals. The claim
 * layer and the quantity layer read a sentence differently: {@link #forClaims()} and {@link #forQuantities()}.
 */
public final class FigureScanner {

    private static final String NUMBER = "(?<digits>\\d{1,3}(?:,\\d{3}){1,4}(?:\\.\\d{1,8})?|\\d{1,15}(?:\\.\\d{1,8})?"
            + "|(?<=\\s)\\.\\d{1,8})"
            + "(?!\\d)|(?<words>(?i:(?:" + Numbers.SPELLED + ")(?:(?:-|(?<=ty)\\s)(?:one|two|three|four|five|six|seven|eight|nine))?))"
            + "(?!(?!fold(?![\\p{L}]))[\\p{L}])"; // "sixfold" is six times
    // Letters, digits and separators just before a number mean it is part of a name ("GPT-4"), a citation or a date,
    // but for "circa" abbreviated and written close ("c.£1.65bn", "c.25 openings");
    // a hyphen only after "minus" ("minus-5 yards"), "sub" ("sub-7 nanometer chips"), "mid" ("by mid-2027") or as a
    // sign after a space ("was -5 yards").
    private static final Pattern CORE = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}.,$€£¥₹\\[#/])|(?<=(?<![\\p{L}.])ca?\\.))(?<!(?<!(?i:minus|sub|mid)|^|[\\s(])-)"
                    + "(?:(?<cur>" + Currencies.PREFIX + ")(?<minus>-)?)?(?:" + NUMBER + ")");
    private static final Pattern FROM_END = Pattern.compile("(?i)(?<![\\p{L}])from\\s(?:the\\s)?(?:(?:about|around"
            + "|nearly|roughly|some|almost|just)\\s)?\\$?$");
    private static final Pattern WORD_RANGE_CUE = Pattern.compile("(?i)(?<![\\p{L}])(between|from)\\s(?:the\\s)?$");
    // "women aged 25 to 54", "adults ages 18-34": a group defined by its ages; those ages are no figure of their own.
    private static final Pattern AGE_BAND = Pattern.compile("(?i)(?<![\\p{L}])(?!(?:was|has|is|his|its|hers|this)\\s)"
            + "(?:\\p{L}{2,}s|men|women|people|children)\\sage[ds]?\\s(?:between\\s)?"
            + "(?<band>(?<low>\\d{1,3})\\s?(?:[-–]|to|and)\\s?(?<high>\\d{1,3}))(?!\\d)");
    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");
    private static final Pattern BY = Pattern.compile("(?i)(?<![\\p{L}])by\\s$");
    // "aged 71 and 68": both ages; "victims as young as eight months": the youngest one's age
    private static final Pattern AGED = Pattern.compile("(?i)(?<![\\p{L}])(aged|age|ages|(?:the\\s)?ages?\\sof"
            + "|as\\s(?:young|old)\\sas)\\s(?:\\d{1,3}\\s(?:and|or|&)\\s)?$");
    // "she turned 50", "he will be 35 by then": a person's number with nothing counted after it is an age.
    private static final Pattern PERSON_IS = Pattern.compile("(?i)(?<![\\p{L}])(?:turn(?:s|ed|ing)?|(?:he|she|who)"
            + "(?:\\s(?:is|was|will\\sbe|would\\sbe)|['’]s))(?:\\s(?:also|now|then|just|only))?\\s$");
    // "a man of 34", "a woman of 29 and a man of 52": one person, then "of" and the number (no unit) is an age.
    private static final Pattern PERSON_OF = Pattern.compile("(?<![\\p{L}])(?:[Aa]n?|[Tt]he)\\s(?:\\p{Ll}+\\s)?"
            + "(?<noun>\\p{Ll}{3,})\\sof\\s$");
    /** "in her 80s", "in his mid-40s", "in their late 30s": an age by its decade (see decadesOfAge). */
    private static final Pattern DECADE_OF_AGE = Pattern.compile("(?i)(?<![\\p{L}])in\\s(?:his|her|their)\\s"
            + "(?<figure>(?:(?<part>early|mid|late)[-\\s]?)?(?<decade>[1-9]0)['’]?s)(?![\\p{L}\\p{N}])");
    /** A year hyphenated to how it dates a thing: "a 1979-built aircraft", "the 2011-built ship". */
    private static final Pattern BUILT = Pattern.compile("-(?:built|made|constructed|registered|founded|established"
            + "|opened|launched)(?![\\p{L}])");
    private static final Pattern AGE_END = Pattern.compile("(?i)^(?:$|[.,;!?)—–]|\\s(?:by|on|in|when|last|this|next"
            + "|and|but|at|after|before|years?\\sold)(?![\\p{L}]))");
    /** The units an age is told in ("aged 12 years", "as young as eight months"). */
    private static final Set<String> AGE_UNITS = Set.of("year", "month", "week", "day");
    private static final Pattern AGE_UNIT = Pattern.compile("(?i)(month|week|day)s?(?:-|\\s)(?:old|of)");
    /** What sets an age off after the person it belongs to: "Ann Lee, now 81,", "Marcus Tell, also 19,", "just 19". */
    public static final String AGE_ASIDE = ",\\s(?:(?:now|then|also|just|only|barely|still)\\s)?";
    // "Priya Raman, 47, said", "Ann Lee, now 81, said", "Marcus Tell, also 19, died"
    private static final Pattern APPOSITIVE = Pattern.compile("(?<name>\\p{Lu}[\\p{L}'’.-]*)" + AGE_ASIDE + "$");
    // "Maren Oduya (22) lowered the record": a person's full name, then the age in brackets, as British papers write
    // it; neither name a word in common use, the age ten or more ("Manchester United (3)", "Aston Villa (1)" are
    // scores).
    private static final Pattern BRACKETED_AGE = Pattern.compile("(?<![\\p{L}])(?<given>\\p{Lu}\\p{Ll}+)\\s"
            + "(?<family>\\p{Lu}[\\p{L}'’-]+)\\s?\\($");
    // "The driver, 58, was hospitalized": a noun of a person (WordNet), then the age between commas.
    // "The guard on duty, 62,", "the owner of the shop, 54,": the person may carry a short phrase of place or role.
    private static final Pattern PERSON_APPOSITIVE = Pattern.compile("(?<![\\p{L}])(?<noun>\\p{Ll}{3,})"
            + "(?:\\s(?:on|at|of|in|from|for)\\s(?:[\\p{L}'’]+\\s){0,2}[\\p{L}'’]+)?" + AGE_ASIDE + "$");
    private static final Pattern FOLLOWING_WORD = Pattern.compile("\\s(?<word>\\p{Ll}[\\p{Ll}-]{2,})"
            + "(?![\\p{L}'’])");
    // What ends an appositive age: a comma, a semicolon before the next name, or the end of the sentence.
    private static final Pattern APPOSITIVE_END = Pattern.compile("^(?:[,;)]|\\s?[—–]|\\.?\\s*$)");
    // A name after a preposition of place or time is where or when, not a person of that age ("In Ohio, 12, ...").
    private static final Pattern PLACE_OR_TIME = Pattern.compile("(?<![\\p{L}])(?i:in|on|at|from|since|until"
            + "|during|near|across|throughout|outside|inside)\\s(?:\\p{Lu}[\\p{L}'’.-]*\\s){0,3}\\p{Lu}[\\p{L}'’.-]*,\\s$");
    private static final Pattern YEAR_CUE = Pattern.compile("(?i)(?<![\\p{L}])(in|since|by|from|until|till|of|during"
            + "|for|before|after|through|founded|established|launched|early|late|mid|circa|year)\\s$|(?i)mid-$");
    // A determiner, possessive, nothing or another end before a year-like number followed by a plural: "the 2016
    // elections", "between 1600 and 1900 temperatures".
    private static final Pattern DATED = Pattern.compile("(?i)(?:^\\s*|(?<![\\p{L}])(?:the|its|their|his|her|our|my"
            + "|your|this|that|these|those|whose|a|an|last|next|of)\\s|\\p{L}['’]s?\\s|\\d\\s(?:and|or|to)\\s)$");
    private static final Pattern OR_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:a|an|one|another)\\s"
            + "(?<noun>\\p{Ll}[\\p{Ll}-]{1,30})\\sor\\s$");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|sept|oct|nov|dec)[a-z]*\\.?\\s(?:\\d{1,2},?\\s)?$");

    /** "over" right before a span of time, not after a verb of duration or a preposition (see {@link #spans}). */
    private static final Pattern SPANNING_OVER = Pattern.compile("(?<![\\p{L}])(?<!(?i:for|of|in|just|after"
            + "|wait|waited|waiting|lasted|lasting|last|served|serving|spent|spending|took|taken|been|lived|stood|aged"
            + "|old|stayed|remained|ran|run|running)\\s)over\\s{1,2}$");
    /**
     * "over" after a participle, perhaps with its particle: what is spread across the span ("to be paid over 10
     * years", "repaid over 20 years", "spread over three years", "carried out over three days"). Verbs of duration
     * ("waited over a year") are left to {@link #SPANNING_OVER}'s exceptions.
     */
    private static final Pattern SPREAD_OVER = Pattern.compile("(?i)(?<![\\p{L}])(?:\\p{L}{3,}ed|spread|(?:re)?paid"
            + "|held|built|made|done|given|set)(?:\\s(?:in|out|off|back|down|up))?\\sover\\s{1,2}$");

    // The quantity layer keeps bare figures that no claim could be framed for; the claim layer drops them.
    private final boolean bare;

    private FigureScanner(boolean bare) {
        this.bare = bare;
    }

    /**
     * The scanner of the claim layer: the figures a claim may be framed for. Counts name their head noun, dates
     * and hyphenated compounds ("a 48-page indictment") are figures, and a month that only dates another figure of its
     * clause is dropped. A span of time is a figure even where it frames another ("a 9% raise over four years"):
     * outlets state it, and differ on it ("over three years", "a four-year deal").
     */
    public static FigureScanner forClaims() {
        return new FigureScanner(false);
    }

    /**
     * The scanner of the quantity layer ({@link QuantityExtractor}): every quantity as written, including bare
     * numbers no claim is framed for, fractions ("a third of"), whole counted phrases ("700 heart transplants"),
     * numbers sharing one hyphenated noun and denominators ("per barrel") joined to the unit.
     */
    static FigureScanner forQuantities() {
        return new FigureScanner(true);
    }

    /** All figures of the sentence, in order, with offsets relative to it. */
    public List<Figure> scan(String sentence) {
        return scan(sentence, null);
    }

    /**
     * As {@link #scan(String)}, knowing the noun the sentences before last counted ({@code antecedent}, or null): a
     * claim's bare number may count it ("Six more were taken to hospital", see {@link ElidedCount}).
     */
    public List<Figure> scan(String sentence, String antecedent) {
        return scan(sentence, antecedent, null);
    }

    /**
     * As {@link #scan(String, String)}, in an article published on {@code written} (null: unknown), whose relative
     * dates ("last week", "yesterday") it then reads as the days they name.
     */
    public List<Figure> scan(String sentence, String antecedent, LocalDate written) {
        // Most sentences state no number: only the finders of words (dates, weekdays, shares, vague amounts) read them.
        boolean numeric = Numbers.mentionsNumber(sentence);
        List<Figure> figures = new ArrayList<>(VagueAmount.find(sentence, bare));
        figures.addAll(bare ? Fraction.find(sentence) : Share.find(sentence, numeric));
        if (numeric && !bare) {
            figures.addAll(apart(figures, ScaleReadings.find(sentence))); // "6.2-magnitude"
            figures.addAll(apart(figures, Compound.find(sentence)));
        }
        figures.addAll(bare ? List.of() : Dates.find(sentence));
        List<Figure> relative = List.of();
        if (!bare) {
            figures.addAll(Weekdays.joinDates(sentence, figures, apart(figures, Weekdays.find(sentence))));
            figures.addAll(apart(figures, FiscalYears.named(sentence)));
            relative = new ArrayList<>(apart(figures, RelativeDates.find(sentence, written)));
            relative.addAll(apart(figures, FiscalYears.relative(sentence, written)));
            figures.addAll(relative);
            figures.addAll(apart(figures, ClockTimes.find(sentence)));
            if (numeric) {
                figures.addAll(apart(figures, RaceTimes.find(sentence)));
                figures.addAll(apart(figures, Durations.find(sentence)));
                figures.addAll(apart(figures, Tallies.find(sentence)));
            }
            figures.addAll(apart(figures, Ordinals.find(sentence)));
            figures.addAll(apart(figures, OneUnit.find(sentence)));
            figures.addAll(apart(figures, Repeats.find(sentence)));
        }
        if (numeric) {
            figures.addAll(Scientific.find(sentence));
        }
        List<Figure> worded = List.copyOf(figures);
        List<Figure> loose = new ArrayList<>();
        List<AgeBand> bands = ageBands(sentence);
        if (!bare) {
            figures.addAll(apart(figures, ageRanges(bands)));
        }
        Matcher m = CORE.matcher(sentence);
        int from = 0;
        while (numeric && from < sentence.length() && m.find(from)) {
            int at = m.start();
            boolean skipped = within(worded, at) || bands.stream().anyMatch(b -> at >= b.start() && at < b.end());
            Figure figure = skipped ? null : figureAt(sentence, m, loose);
            from = figure == null ? m.end() : Math.max(m.end(), figure.end());
            if (figure != null) {
                figures.add(figure);
            }
        }
        if (numeric && !bare) {
            // After the scanner: a number that names its own noun ("three people") is read as written.
            figures.addAll(apart(figures, ImpliedCount.find(sentence)));
            figures.addAll(apart(figures, Collectives.find(sentence)));
            figures.addAll(apart(figures, decadesOfAge(sentence)));
            figures.addAll(apart(figures, CountOf.find(sentence, figures)));
            figures.addAll(apart(figures, ElidedCount.find(sentence, figures, antecedent)));
            figures.addAll(apart(figures, StatedNumber.find(sentence, figures)));
            figures.addAll(apart(figures, loose));
        }
        figures.sort(Comparator.comparingInt(Figure::start));
        return bare ? figures : Dates.withoutPeriods(sentence, figures, relative);
    }

    /** The noun the last count of a sentence's {@code figures} counts, or null when none counts one. */
    public static String lastCounted(List<Figure> figures) {
        Figure last = CountOf.lastCountBefore(figures, List.of(), Integer.MAX_VALUE);
        return last == null ? null : last.value().unit();
    }

    /** A band of ages that defines a group ("women aged 25 to 54"): where it is written, and its ends. */
    private record AgeBand(int start, int end, BigDecimal low, BigDecimal high) {
    }

    /** The age bands that define a group ("women aged 25 to 54"). */
    private static List<AgeBand> ageBands(String sentence) {
        List<AgeBand> bands = new ArrayList<>();
        if (!sentence.contains("age")) {
            return bands;
        }
        Matcher band = AGE_BAND.matcher(sentence);
        while (band.find()) {
            bands.add(new AgeBand(band.start("band"), band.end("band"), new BigDecimal(band.group("low")),
                    new BigDecimal(band.group("high"))));
        }
        return bands;
    }

    /**
     * The bands of ages a group is told by ("adults aged 18 to 65", "workers aged 15-24", "women aged between 50 and
     * 70"): an {@link Kind#AGE} range in years, so that another outlet's "18-65" states the same band.
     */
    private static List<Figure> ageRanges(List<AgeBand> bands) {
        List<Figure> out = new ArrayList<>(bands.size());
        for (AgeBand band : bands) {
            if (band.low().compareTo(band.high()) < 0) {
                out.add(new Figure(Intervals.range(Kind.AGE, band.low(), band.high(), null, "years"), band.start(),
                        band.end(), band.low(), band.high()));
            }
        }
        return out;
    }

    /**
     * A person's age told by its decade in digits: "a woman in her 80s" is aged 80 to 89, "in his early 40s" 40 to 43,
     * "in her mid-40s" 43 to 46, "in their late 30s" 36 to 39 (an approximate {@link Kind#AGE}).
     */
    static List<Figure> decadesOfAge(String s) {
        List<Figure> out = new ArrayList<>();
        if (!s.contains("0s")) {
            return out;
        }
        Matcher m = DECADE_OF_AGE.matcher(s);
        while (m.find()) {
            int decade = Integer.parseInt(m.group("decade"));
            String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
            int low = part.startsWith("early") ? decade : part.startsWith("mid") ? decade + 3
                    : part.startsWith("late") ? decade + 6 : decade;
            int high = part.startsWith("early") ? decade + 3 : part.startsWith("mid") ? decade + 6 : decade + 9;
            BigDecimal amount = BigDecimal.valueOf((low + high) / 2.0).stripTrailingZeros();
            Value value = new Value(Kind.AGE, amount, null, "years", Bound.APPROXIMATE, BigDecimal.valueOf(low),
                    BigDecimal.valueOf(high));
            out.add(new Figure(value, m.start("figure"), m.end("figure"), amount, null));
        }
        return out;
    }

    /** The found figures that overlap none of the figures read before them. */
    private static List<Figure> apart(List<Figure> before, List<Figure> found) {
        return found.stream().filter(f -> !Figure.overlapsAny(before, f.start(), f.end())).toList();
    }

    /** A number inside a vague amount or a fraction ("two-thirds", "1/16 of") was read with it. */
    private static boolean within(List<Figure> figures, int pos) {
        return figures.stream().anyMatch(f -> pos >= f.start() && pos < f.end());
    }

    /**
     * Whether "over" before a span of time spans it rather than exceeds it: after another figure of the sentence
     * ("raises of 11 percent over three years", "$250 million, paid over 10 years") it frames that figure, and after
     * a participle ({@link #SPREAD_OVER}: "to be repaid over 20 years") something spread across it: the span is exact.
     * Alone, or after a verb of duration, it is "more than" ("waited over a year", "lasted over two hours", "for over
     * 80 years").
     */
    private static boolean spanned(String before, Value value) {
        return value.kind() == Kind.QUANTITY && value.bound() == Bound.AT_LEAST && Conversions.isTime(value.unit())
                && spans(before);
    }

    /** Whether the text before a span of time ends in an "over" that spans it (see {@link #spanned}). */
    static boolean spans(String before) {
        return SPANNING_OVER.matcher(before).find()
                && (Numbers.mentionsNumber(before) || SPREAD_OVER.matcher(before).find());
    }

    private Figure figureAt(String s, Matcher m, List<Figure> loose) {
        String cur = m.group("cur");
        boolean spelled = m.group("digits") == null;
        String digits = Numbers.digits(spelled ? m.group("words") : m.group("digits"));
        String before = s.substring(0, m.start());
        MixedNumber.Match mixed = digits == null ? null : MixedNumber.at(s, m.end(), digits);
        digits = mixed == null ? digits : mixed.digits();
        Tail tail = digits == null ? null : Tail.read(s, mixed == null ? m.end() : mixed.end(), cur,
                WORD_RANGE_CUE.matcher(before).find(),
                BY.matcher(before).find(), new BigDecimal(digits), !bare, !bare && moved(before),
                !bare && changeRightBefore(before));
        boolean pronoun = spelled && BareNumber.isPronoun(s, m.start(), m.group("words"));
        // "a group calling itself Ninefold": a multiplier written capitalized inside a sentence is a name
        boolean named = spelled && s.startsWith("fold", m.end()) && Character.isUpperCase(s.charAt(m.start()))
                && !before.isBlank();
        boolean plain = tail != null && tail.scale() == null && !tail.plus() && tail.percentUnit() == null
                && tail.currencyWord() == null && !tail.age() && tail.unit() == null && tail.rangeEnd() == null;
        String shared = bare && plain
                ? Suspended.noun(s, before, tail.end()) : null;
        if (shared != null) {
            Value value = build(Kind.COUNT, digits, tail, Hedge.before(before), null, shared);
            return new Figure(value, m.start(), tail.end(), value.amount(), null);
        }
        if (tail != null && !spelled && isYearLike(m.group("digits"), tail) && tail.unit() == null
                && BUILT.matcher(s).region(tail.end(), s.length()).lookingAt()) {
            // "a 1979-built aircraft", "the 2011-built ship": the year it was made
            Value value = build(Kind.YEAR, digits, tail, Hedge.NONE, null, null);
            return new Figure(value, m.start(), tail.end(), value.amount(), null);
        }
        if (tail == null || pronoun || named || attached(s, tail.end(), tail.percentUnit() != null, tail.unit() != null)
                || (spelled && digits.equals("0.5") && tail.scale() == null)) { // "half a" needs a scale
            return null;
        }
        if (Sign.spacedName(before, digits, tail.percentUnit() != null || tail.unit() != null)) {
            return null;
        }
        Hedge hedge = tail.plus() ? Hedge.plus() : Hedge.before(before);
        Value value = valueOf(s, before, cur, digits, tail, hedge, spelled ? null : m.group("digits"));
        if (!bare && value != null && spanned(before, value)) {
            hedge = Hedge.NONE;
            value = valueOf(s, before, cur, digits, tail, hedge, spelled ? null : m.group("digits"));
        }
        // cents and pence are held as a hundredth of their currency (see valueOf)
        BigDecimal factor = value != null && value.kind() == Kind.MONEY && minorCurrency(s, tail) != null
                ? HUNDREDTH : BigDecimal.ONE;
        if (value != null && mixed != null && value.bound() == Bound.EXACT && tail.rangeEnd() == null) {
            value = Intervals.single(value.kind(), value.amount(), mixed.half().multiply(
                    Numbers.scale(tail.startScale())).multiply(factor), hedge, value.currency(), value.unit());
        }
        if (value == null) {
            if (!bare && cur == null && isLoose(s, before, digits, tail, spelled, spelled ? null : m.group("digits"))) {
                loose.add(new Figure(build(Kind.COUNT, digits, tail, hedge, null, null), m.start(), tail.end(),
                        Numbers.normalize(new BigDecimal(digits).multiply(Numbers.scale(tail.startScale()))), null));
            }
            return null;
        }
        BigDecimal from = new BigDecimal(digits).multiply(Numbers.scale(tail.startScale())).multiply(factor);
        BigDecimal to = tail.rangeEnd() == null ? null
                : new BigDecimal(tail.rangeEnd()).multiply(Numbers.scale(tail.scale())).multiply(factor);
        boolean negative = Sign.negative(before, m.group("minus"));
        // a sign glued to the number belongs to its surface: "-5 yards"
        int start = negative && Sign.glued(before) ? m.start() - 1 : m.start();
        Figure figure = new Figure(value, start, tail.end(), Numbers.normalize(from), Numbers.normalize(to));
        figure = negative ? Sign.negate(figure) : figure;
        return bare ? PerUnit.extend(s, figure) : figure;
    }

    /**
     * A number that names nothing it counts but is a quantity all the same ("the population has grown to about
     * 412,000", "the real figure was 450", "only four were present"): the claim layer keeps it as a count of what
     * its clause measures, after every finder that reads a noun for it. Not a year, a day, a label, a name's number,
     * a clock time, a score or "one".
     */
    private static boolean isLoose(String s, String before, String digits, Tail tail, boolean spelled, String written) {
        boolean plain = tail.percentUnit() == null && tail.currencyWord() == null && !tail.age() && tail.unit() == null
                && tail.rangeEnd() == null;
        if (!plain || digits.equals("1") || new BigDecimal(digits).signum() <= 0
                || !spelled && isYearLike(written, tail) || BareNumber.isDay(s, before.length(), tail.end())
                || !spelled && BareNumber.labelBefore(before)) {
            return false;
        }
        return BareNumber.isQuantity(s, before.length(), tail.end(), spelled);
    }

    /**
     * Whether a verb of change governs the "from" the number follows, in its clause and twelve words back at most:
     * "raised the hospital's bed capacity from 330 to 540", "enrollment grew from 1,200", "will raise the
     * full-length passenger-vehicle toll on the 43.5 km Lakeshore Connector from $3.40 to $3.95".
     */
    private static boolean moved(String before) {
        Matcher from = FROM_END.matcher(before);
        if (!from.find()) {
            return false;
        }
        String clause = before.substring(0, from.start());
        clause = clause.substring(Math.max(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')),
                clause.lastIndexOf(':')) + 1);
        String[] words = clause.trim().split("\\s+");
        for (int i = words.length - 1; i >= Math.max(0, words.length - 12); i--) {
            String word = words[i].replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
            // "goes up from A to B": the particle of a verb that moves a level, right before the "from" (", down from
            // the $89 to $93 billion it had projected" is the range a level moved from)
            boolean particle = i == words.length - 1 && i > 0 && (word.equals("up") || word.equals("down"));
            if (word.length() > 2 && Lexicon.get().isChange(word) || particle) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right before the number is a verb of change or "up"/"down": "fell 68p", "was up $1.20". */
    private static boolean changeRightBefore(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        if (start == end || end == before.length()) {
            return false;
        }
        String word = before.substring(start, end).toLowerCase(Locale.ROOT);
        return word.equals("up") || word.equals("down") || word.length() > 2 && Lexicon.get().isChange(word);
    }

    /** The currency of a claim's amount written in its hundredths ("89 cents", "12 pence"), or null. */
    private String minorCurrency(String s, Tail tail) {
        return bare || tail.unit() == null ? null : Currencies.ofMinorUnit(tail.unit(), s);
    }

    /** {@code written} is the number as written in digits, null when spelled out. */
    private Value valueOf(String s, String before, String cur, String digits, Tail tail, Hedge hedge, String written) {
        boolean spelled = written == null;
        if (cur != null || tail.currencyWord() != null) {
            String currency = cur != null ? Currencies.ofPrefix(cur) : Currencies.ofWord(tail.currencyWord());
            return build(Kind.MONEY, digits, tail, hedge, currency, null);
        }
        if (tail.percentUnit() != null) {
            return build(Kind.PERCENT, digits, tail, hedge, null, tail.percentUnit());
        }
        if (tail.age() || !spelled && isAge(s, before, digits, tail) || spelled && agedCue(before, tail)) {
            return build(Kind.AGE, digits, tail, hedge, null,
                    ageUnit(s.substring(before.length(), tail.end()), tail.unit()));
        }
        String minor = minorCurrency(s, tail);
        if (minor != null) {
            // "89 cents a share" is the money "$0.89 a share"; the quantity layer keeps cents as its benchmark does
            return build(Kind.MONEY, digits, tail, hedge, minor, null, HUNDREDTH);
        }
        if (tail.unit() != null) {
            return build(Kind.QUANTITY, digits, tail, hedge, null, tail.unit());
        }
        // Claims also count "one person", "five others" and "2,000 American troops"; the quantity layer keeps
        // its own reading of counted phrases.
        boolean nameNumber = BareNumber.nameNumber(before, s.substring(before.length(), tail.end()));
        String noun = bare ? CountedNoun.after(s, tail.end())
                : CountedNoun.after(s, tail.end(), digits.equals("1") && tail.scale() == null, !nameNumber);
        if (!spelled && isYearLike(written, tail)) {
            boolean year = YEAR_CUE.matcher(before).find() && !MONTH_BEFORE.matcher(before).find();
            // "hired 2000 workers", "about 1850 homes" count; "its 2018 sales", "the deadly 2012 attacks" are dated
            boolean count = noun != null && (hedge.start() >= 0 || digits.endsWith("00"))
                    && !DATED.matcher(before).find() && !BareNumber.nameBefore(before);
            if (year || !count || tail.rangeEnd() != null) {
                // A year that counts nothing dates something: "in 2013", "the 2016 election", "from 2007 to 2014".
                boolean dated = !MONTH_BEFORE.matcher(before).find() && !BareNumber.labelBefore(before);
                return dated ? build(Kind.YEAR, digits, tail, hedge, null, null) : null;
            }
        }
        String unit = Headcount.unit(noun, s);
        String lead = hedge.start() < 0 ? before : before.substring(0, hedge.start());
        unit = unit == null && Headcount.countedBefore(lead) ? Headcount.EMPLOYEES : unit;
        // The quantity layer names what is counted as written, modifiers included.
        CountedPhrase.Phrase counted = bare ? CountedPhrase.read(s, tail.end(), digits.equals("1") && tail.scale() == null)
                : null;
        String phrase = bare ? (counted == null ? null : counted.unit(s)) : unit;
        phrase = bare && phrase == null ? alternative(before) : phrase;
        boolean day = BareNumber.isDay(s, before.length(), tail.end());
        boolean label = !spelled && BareNumber.labelBefore(before);
        if (unit == null || day || label || (hedge.start() < 0 && nameNumber)) {
            boolean quantity = bare && BareNumber.isQuantity(s, before.length(), tail.end(), spelled);
            return quantity ? build(Kind.QUANTITY, digits, tail, hedge, null, phrase) : null;
        }
        return build(Kind.COUNT, digits, tail, hedge, null, phrase == null ? unit : phrase);
    }

    private static Value build(Kind kind, String digits, Tail tail, Hedge hedge, String currency, String unit) {
        return build(kind, digits, tail, hedge, currency, unit, BigDecimal.ONE);
    }

    /** {@code factor} turns the number as written into the value's unit: a hundredth for cents and pence. */
    private static Value build(Kind kind, String digits, Tail tail, Hedge hedge, String currency, String unit,
            BigDecimal factor) {
        BigDecimal scale = Numbers.scale(tail.startScale()).multiply(factor);
        BigDecimal amount = new BigDecimal(digits).multiply(scale);
        if (tail.rangeEnd() != null) {
            BigDecimal to = new BigDecimal(tail.rangeEnd()).multiply(Numbers.scale(tail.scale())).multiply(factor);
            return Intervals.range(kind, amount, to, currency, unit);
        }
        return Intervals.single(kind, amount, Numbers.halfUnit(digits).multiply(scale), hedge, currency, unit);
    }

    /** "another pick or two", "a day or two": the noun of the first alternative counts the number after "or". */
    private static String alternative(String before) {
        Matcher m = OR_BEFORE.matcher(before);
        if (!m.find()) {
            return null;
        }
        String noun = m.group("noun");
        Units.Match measure = Units.at(" " + noun, 0);
        return measure != null && measure.end() == noun.length() + 1 ? measure.name() : noun;
    }

    /**
     * An age is counted in years unless written in months, weeks or days ("an 18-month-old daughter", "as young as
     * eight months").
     */
    private static String ageUnit(String surface, String unit) {
        Matcher m = AGE_UNIT.matcher(surface);
        if (m.find()) {
            return m.group(1).toLowerCase(java.util.Locale.ROOT) + "s";
        }
        return unit != null && !unit.equals("year") && AGE_UNITS.contains(unit) ? unit + "s" : "years";
    }

    /** A figure after a word that makes it an age ("aged eight", "as young as eight months"), in digits or words. */
    private static boolean agedCue(String before, Tail tail) {
        return AGED.matcher(before).find() && tail.scale() == null
                && (tail.unit() == null || AGE_UNITS.contains(tail.unit()));
    }

    private static boolean isAge(String s, String before, String digits, Tail tail) {
        if (tail.age() || agedCue(before, tail)) {
            return true;
        }
        if (PERSON_IS.matcher(before).find() && tail.scale() == null && tail.rangeEnd() == null
                && digits.matches("[1-9]\\d?|1[01]\\d") && AGE_END.matcher(s.substring(tail.end())).find()) {
            return true;
        }
        Matcher of = PERSON_OF.matcher(before);
        if (of.find() && tail.scale() == null && tail.unit() == null && tail.rangeEnd() == null
                && digits.matches("[1-9]\\d?|1[01]\\d")
                && AGE_END.matcher(s.substring(tail.end())).find() && Lexicon.get().isPerson(of.group("noun"))) {
            return true;
        }
        Matcher bracketed = BRACKETED_AGE.matcher(before);
        if (bracketed.find() && s.startsWith(")", tail.end()) && tail.scale() == null && tail.unit() == null
                && digits.matches("[1-9]\\d|1[01]\\d") && !NameWords.STOP.contains(bracketed.group("given"))
                && !Lexicon.get().isCommonWord(bracketed.group("given"))
                && !Lexicon.get().isCommonWord(bracketed.group("family"))) {
            return true; // "Maren Oduya (22) lowered the record"
        }
        Matcher name = APPOSITIVE.matcher(before);
        boolean appositive = name.find() && APPOSITIVE_END.matcher(s.substring(tail.end())).find()
                && !NameWords.STOP.contains(name.group("name")) && !PLACE_OR_TIME.matcher(before).find();
        if (!appositive) {
            appositive = personNoun(before) != null && APPOSITIVE_END.matcher(s.substring(tail.end())).find();
        }
        return appositive && tail.scale() == null && digits.matches("[1-9]\\d?|1[01]\\d");
    }

    /** The noun of a person an age is written before ("the 58-year-old bus driver"), or null. */
    public static String personAfter(String s, int figureEnd) {
        Matcher word = FOLLOWING_WORD.matcher(s).region(figureEnd, s.length());
        for (int i = 0; i < 3 && word.lookingAt(); i++) {
            String noun = word.group("word");
            if (Lexicon.get().isPeople(noun)) {
                return noun;
            }
            word.region(word.end(), s.length());
        }
        return null;
    }

    /** The noun of a person an appositive age follows ("The driver, 58,"), or null. */
    public static String personBefore(String s, int figureStart) {
        return personNoun(s.substring(0, figureStart));
    }

    private static String personNoun(String before) {
        Matcher noun = PERSON_APPOSITIVE.matcher(before);
        return noun.find() && Lexicon.get().isPeople(noun.group("noun")) ? noun.group("noun") : null;
    }

    /** "2,000" with its comma is a quantity; only four bare digits can be a year. */
    private static boolean isYearLike(String written, Tail tail) {
        return written.matches("1[89]\\d\\d|2[01]\\d\\d") && tail.scale() == null;
    }

    /**
     * A letter or digit glued to the figure ("3D", "4o") makes it part of a name, not a quantity, and so does a
     * slash before more digits ("9/11", "24/7"); a hyphenated word after a percentage or a unit only qualifies it
     * ("43.4 percent-owned", "a 5km-long tunnel"), and a hyphenated rate gives it a denominator ("$2-a-share").
     */
    private static boolean attached(String s, int end, boolean percent, boolean unit) {
        if (end >= s.length()) {
            return false;
        }
        char c = s.charAt(end);
        boolean dashWord = !percent && !unit && c == '-' && end + 1 < s.length()
                && Character.isLetter(s.charAt(end + 1)) && !PerUnit.hyphenated(s, end);
        boolean slashed = c == '/' && end + 1 < s.length() && Character.isDigit(s.charAt(end + 1));
        return Character.isLetterOrDigit(c) || dashWord || slashed;
    }
}
