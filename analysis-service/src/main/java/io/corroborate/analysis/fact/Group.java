package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.corroborate.api.Value;

/** One group being built: its members and what they have in common, kept up to date as members come and go. */
final class Group {
    /** When the group was started: candidates are tried oldest first, so ties never depend on hashing. */
    final int order;
    final Set<Aligned> members = new LinkedHashSet<>();
    final Map<String, Integer> measure = new HashMap<>();
    /** The nouns counted members count. */
    final Map<String, Integer> counted = new HashMap<>();
    /** The measure words of counted members besides their counted noun: what happened to what they count. */
    final Map<String, Integer> events = new HashMap<>();
    final Map<String, Integer> context = new HashMap<>();
    final Map<Value, Integer> values = new HashMap<>();
    final Map<String, Map<Value, Integer>> valuesBySource = new HashMap<>();
    /** The members of each source, in the order they joined: rules about an outlet's own figures read only these. */
    final Map<String, Set<Aligned>> membersBySource = new HashMap<>();
    /** How many members open their articles ({@code Evidence.lead}). */
    int leads;
    /** The calendar dates members name, and the days their weekdays were written on. */
    final Map<LocalDate, Integer> dates = new HashMap<>();
    final Map<LocalDate, Integer> weekdaysWritten = new HashMap<>();
    private final TreeMap<BigDecimal, Integer> amounts = new TreeMap<>();
    final Map<String, Integer> subjects = new LinkedHashMap<>();
    final Map<String, Integer> anchoredSubjects = new LinkedHashMap<>();
    private final Map<String, Integer> objects = new LinkedHashMap<>();
    private final Map<String, Integer> periods = new LinkedHashMap<>();
    double contextNorm = -1;
    /** How many members are hypothetical or expected: the rule of the two statuses is asked of every candidate. */
    int hypotheticals;
    /** How many members tell how often something happened ({@link Aligned#repeat}). */
    int repeats;
    BigDecimal min;
    BigDecimal max;
    String subject;
    String anchoredSubject;
    String object;
    String period;

    Group(int order) {
        this.order = order;
    }

    /** A group of the given claims, outside any index: a finished fact read by a later pass. */
    static Group of(List<Aligned> members) {
        Group group = new Group(-1);
        members.forEach(group::add);
        return group;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    /** Adds or removes a member in time independent of the group's size (counted multisets throughout). */
    void add(Aligned a) {
        members.add(a);
        membersBySource.computeIfAbsent(a.source(), k -> new LinkedHashSet<>()).add(a);
        update(a, 1);
    }

    void remove(Aligned a) {
        members.remove(a);
        Set<Aligned> own = membersBySource.get(a.source());
        if (own != null && own.remove(a) && own.isEmpty()) {
            membersBySource.remove(a.source());
        }
        update(a, -1);
    }

    /** The members the given source gave the group. */
    Set<Aligned> membersOf(String source) {
        return membersBySource.getOrDefault(source, Set.of());
    }

    private void update(Aligned a, int delta) {
        hypotheticals += a.hypothetical() ? delta : 0;
        repeats += a.repeat() ? delta : 0;
        leads += Evidence.lead(a) ? delta : 0;
        a.measure().forEach(w -> count(measure, w, delta));
        events(a).forEach(w -> count(events, w, delta));
        String noun = Evidence.counted(a);
        if (noun != null) {
            count(counted, noun, delta);
        }
        a.context().forEach(w -> count(context, w, delta));
        count(values, a.value(), delta);
        Map<Value, Integer> ofSource = valuesBySource.computeIfAbsent(a.source(), k -> new HashMap<>());
        count(ofSource, a.value(), delta);
        if (ofSource.isEmpty()) {
            valuesBySource.remove(a.source());
        }
        count(amounts, a.value().amount(), delta);
        if (a.day() != null) {
            count(a.day().date() != null ? dates : weekdaysWritten,
                    a.day().date() != null ? a.day().date() : a.day().written(), delta);
        }
        min = amounts.isEmpty() ? null : amounts.firstKey();
        max = amounts.isEmpty() ? null : amounts.lastKey();
        if (a.hasSubject()) {
            count(subjects, a.subject(), delta);
        }
        if (a.anchored()) {
            count(anchoredSubjects, a.subject(), delta);
        }
        if (!a.object().isEmpty()) {
            count(objects, a.object(), delta);
        }
        if (a.period() != null) {
            count(periods, a.period(), delta);
        }
        subject = first(subjects);
        anchoredSubject = first(anchoredSubjects);
        object = first(objects);
        period = first(periods);
        contextNorm = -1;
    }

    private static <K> void count(Map<K, Integer> counts, K key, int delta) {
        counts.merge(key, delta, (n, d) -> n + d == 0 ? null : n + d);
    }

    private static String first(Map<String, Integer> counts) {
        return counts.isEmpty() ? null : counts.keySet().iterator().next();
    }

    private static List<String> events(Aligned a) {
        return Evidence.counted(a) != null ? a.measure().subList(1, a.measure().size()) : List.of();
    }
}
