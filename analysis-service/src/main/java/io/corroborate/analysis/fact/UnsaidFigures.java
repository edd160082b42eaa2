package io.corroborate.analysis.fact;

import static io.corroborate.analysis.fact.ValueRelations.sameOrRounded;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corroborate.analysis.lexicon.Conversions;
import io.corroborate.analysis.number.Numbers;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * The last pass of {@link Alignment}, across blocks: figures whose unit their sentence leaves unsaid, read in the
 * unit of the one fact they can state ({@link #join}).
 */
final class UnsaidFigures {

    private static final String TEMPERATURE = Kind.QUANTITY.name() + "|temperature";
    private static final String POINT = "point";
    private static final String METRE = "metre";
    private static final Pattern GLUED_M = Pattern.compile("(\\d{1,3})m");
    /** Degrees written at a figure ("109 degrees", "43°"), not "third-degree burns" or "a master's degree". */
    private static final Pattern DEGREES = Pattern.compile("(?i)\\d\\s?(?:°|degrees?(?![\\p{L}]))");

    private final Evidence evidence;

    UnsaidFigures(Evidence evidence) {
        this.evidence = evidence;
    }

    /**
     * A figure whose unit its sentence leaves unsaid or unclear ("the river crested at 8.4", "a depth of 1,412", "Zuri,
     * nine,", "a dive to 124m" first read as millions; "41 degrees" without a scale, or a bare figure in a sentence
     * that tells degrees at another: "hit 109 degrees Fahrenheit, breaking the record of 106") is read in the unit of
     * the one fact of the story it can state — a member written with that unit whose figure it equals or rounds ("8.4
     * metres", "1,412 metres", "124 metres", "nine-year-old"; "41C") — and joins it, re-read in that unit (the reader
     * still sees it as written). The rules
     * of {@link Evidence#allowed} hold as for any claim (a source giving another figure, periods, parties written at
     * their figures). A figure of a few digits (at most two, whole) must also name the fact's party, and degrees
     * share its occasion ({@link #sharesOccasion}). Never when a count of something named states that amount, or
     * when two facts could take it; each unsaid figure is read against the facts as alignment left them.
     */
    List<List<Aligned>> join(List<List<Aligned>> groups) {
        List<List<Aligned>> pointsRead = read(groups, members -> members.stream().allMatch(UnsaidFigures::points),
                members -> members.stream().anyMatch(UnsaidFigures::percentagePoints));
        return read(pointsRead, members -> members.stream().allMatch(UnsaidFigures::unsaid),
                members -> readable(members.get(0)));
    }

    /**
     * The groups with each group that {@code open} selects read into the one group {@code takes} selects that it can
     * state (see {@link #join}). Run first for points of no stated kind, read as the percentage points another outlet
     * writes for the one fact they can state ("rose 0.3 points" beside "0.3 percentage points"); points left unread
     * stay points (a game's, an index's), which a bare count may then be read in ("scored 38" beside "38 points").
     */
    private List<List<Aligned>> read(List<List<Aligned>> groups, Predicate<List<Aligned>> opens,
            Predicate<List<Aligned>> takes) {
        List<List<Aligned>> open = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Set<BigDecimal> counted = new HashSet<>();
        for (List<Aligned> members : groups) {
            if (opens.test(members)) {
                open.add(members);
            } else if (takes.test(members)) {
                Group group = Group.of(members);
                targets.add(new Target(members, group));
            } else if (members.get(0).value().kind() == Kind.COUNT) {
                members.forEach(m -> counted.add(m.value().amount().stripTrailingZeros()));
            }
        }
        // Every unsaid figure is read against the facts as alignment left them: one read never depends on another.
        Map<List<Aligned>, List<Aligned>> additions = new IdentityHashMap<>();
        Set<List<Aligned>> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Aligned> members : open) {
            if (members.get(0).value().kind() == Kind.COUNT
                    && counted.contains(members.get(0).value().amount().stripTrailingZeros())) {
                continue;
            }
            List<List<Aligned>> reads = new ArrayList<>(1);
            Target only = null;
            for (Target target : targets) {
                List<Aligned> read = readIn(members, target.members(), target.group());
                if (read != null) {
                    reads.add(read);
                    only = target;
                }
            }
            if (reads.size() == 1) {
                joined.add(members);
                additions.computeIfAbsent(only.members(), k -> new ArrayList<>()).addAll(reads.get(0));
            }
        }
        if (joined.isEmpty()) {
            return groups;
        }
        additions.forEach(List::addAll);
        return groups.stream().filter(g -> !joined.contains(g)).toList();
    }

    /** A fact an unsaid figure may be read into, with its members' tallies as a group. */
    private record Target(List<Aligned> members, Group group) {
    }

    /**
     * The whole number written before a glued "m" that was read as millions of nothing named ("a dive to 124m"), or
     * null: a figure the sentence may mean in metres.
     */
    private static BigDecimal gluedM(Aligned a) {
        Value value = a.claim().value();
        if (value.kind() != Kind.COUNT || value.unit() != null && !value.unit().isBlank() || a.claim().quote() == null
                || a.claim().quote().surface() == null) {
            return null;
        }
        Matcher m = GLUED_M.matcher(a.claim().quote().surface());
        if (!m.matches()) {
            return null;
        }
        BigDecimal digits = new BigDecimal(m.group(1));
        return digits.movePointRight(6).compareTo(value.amount()) == 0 ? digits : null;
    }

    /** Points of no stated kind: a game's, an index's or a percentage's ("rose 0.3 points"). */
    private static boolean points(Aligned a) {
        Value value = a.claim().value();
        return value.kind() == Kind.QUANTITY && POINT.equals(value.unit());
    }

    /** A share's change told in percentage points ("0.45 percentage points", "a 45bps rise"). */
    private static boolean percentagePoints(Aligned a) {
        return a.value().kind() == Kind.PERCENT && Dimensions.PERCENTAGE_POINT.equals(a.value().unit());
    }

    /** A figure whose unit is unsaid: a count of nothing named, or degrees of no scale (see {@link #join}). */
    private static boolean unsaid(Aligned a) {
        Value value = a.claim().value();
        return value.kind() == Kind.COUNT && (value.unit() == null || value.unit().isBlank())
                || degrees(value);
    }

    /**
     * Degrees of no scale, or a bare count in a sentence that tells degrees ("hit 109 degrees Fahrenheit, breaking the
     * record of 106"): a figure to read on a temperature scale.
     */
    private static boolean degreesSaid(Aligned a) {
        Value value = a.claim().value();
        return degrees(value) || value.kind() == Kind.COUNT && (value.unit() == null || value.unit().isBlank())
                && a.claim().quote() != null && DEGREES.matcher(a.claim().quote().sentence()).find();
    }

    private static boolean degrees(Value value) {
        return value.kind() == Kind.QUANTITY && value.unit() != null
                && value.unit().toLowerCase(Locale.ROOT).startsWith("degree");
    }

    /**
     * A fact an unsaid figure may be read into: a measured quantity, an age or a share. A span of time takes only a
     * figure that identifies itself ({@link #identifies}: "reached halfway in 58.62" beside "58.62 seconds"), as "two"
     * beside "two hours" does not.
     */
    private static boolean readable(Aligned a) {
        Value value = a.claim().value();
        Kind kind = a.value().kind();
        return kind == Kind.AGE || kind == Kind.PERCENT || a.block().equals(TEMPERATURE) || points(a)
                || kind == Kind.QUANTITY && value.unit() != null && Conversions.of(value.unit()) != null;
    }

    /** A figure with decimals or of three digits or more: precise enough to identify itself ("8.4", "1,412"). */
    private static boolean identifies(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() > 0 || stripped.precision() - stripped.scale() > 2;
    }

    /**
     * The members of an unsaid group re-read in the unit of a member of {@code target} they all match (see
     * {@link #join}), or null when they cannot all join it.
     */
    private List<Aligned> readIn(List<Aligned> members, List<Aligned> target, Group group) {
        boolean scale = members.stream().allMatch(UnsaidFigures::degreesSaid);
        if (scale != target.get(0).block().equals(TEMPERATURE)) {
            return null;
        }
        if (Conversions.isTime(target.get(0).claim().value().unit())
                && !members.stream().allMatch(m -> identifies(m.claim().value().amount()))) {
            return null;
        }
        for (Aligned written : target) {
            Value as = written.claim().value();
            List<Aligned> reread = new ArrayList<>(members.size());
            for (Aligned m : members) {
                Aligned read = readAs(m, as, written, scale);
                if (read == null || evidence.blocker(read, group) != null || !sharesOccasion(read, group, scale)) {
                    break;
                }
                reread.add(read);
            }
            if (reread.size() == members.size()) {
                return reread;
            }
        }
        return null;
    }

    /** {@code m} read in the unit of {@code as} when its figure then equals or rounds that member's, else null. */
    private static Aligned readAs(Aligned m, Value as, Aligned written, boolean scale) {
        Value v = m.claim().value();
        BigDecimal metres = gluedM(m);
        if (metres != null && !scale) {
            // "a dive to 124m" read as millions at first: the metres of the one length it equals
            if (!"length".equals(Dimensions.of(as.unit()))) {
                return null;
            }
            BigDecimal half = Numbers.halfUnit(metres.toPlainString());
            Value read = new Value(Kind.QUANTITY, metres, null, METRE, v.bound(), metres.subtract(half),
                    metres.add(half));
            return sameOrRounded(Dimensions.base(read), written.value()) ? m.reread(read) : null;
        }
        for (String unit : scale ? List.of("celsius", "fahrenheit") : Collections.singletonList(as.unit())) {
            Value read = new Value(as.kind(), v.amount(), as.currency(), unit, v.bound(), v.low(), v.high());
            if (sameOrRounded(Dimensions.base(read), written.value())) {
                return m.reread(read);
            }
        }
        return null;
    }

    /**
     * Whether an unsaid figure shares the occasion of a group (see {@link #join}): a figure of three digits or
     * more, or with decimals, identifies itself; a shorter one must name the group's party. Degrees of no scale
     * ({@code scale}) may instead share a measure word of one act or the story's rarer context words with the group
     * ("41 degrees" in a sentence about the heat; not "a 30-degree bend"); a bare count may not ("rescuers pulled
     * 12 from the water" beside "a 12-year-old boy was rescued" shares the words, not the fact).
     */
    private boolean sharesOccasion(Aligned read, Group group, boolean scale) {
        if (!scale && identifies(read.claim().value().amount())) {
            return true; // "8.4", "212", "1,412": precise enough to identify itself
        }
        return evidence.namesPartyOf(read, group) || scale && evidence.sharesActOrWords(read, group);
    }
}
