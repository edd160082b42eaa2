package io.corroborate.analysis.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.corroborate.api.Kind;

/**
 * A pass of {@link Alignment} across the year and date blocks: a bare year and the dates within it, told of one
 * occasion, are one fact at two precisions ({@link #join}).
 */
final class DatePrecisions {

    private final Evidence evidence;

    DatePrecisions(Evidence evidence) {
        this.evidence = evidence;
    }

    /**
     * A year and a date within it told of one occasion are one fact at
     * two precisions ("the 2008 event", "the event in March 2008"; "acquired in 2023", "acquired in August 2023").
     * A group of one bare year joins the one group of dates all written in that year with which every member shares
     * the occasion (its party, a measure word of one act, or the story's rarer context words) and no written party
     * clashes; a year that could join two date groups, or a date group two years could join, joins nothing. The
     * dates in the other groups are the rest.
     */
    List<List<Aligned>> join(List<List<Aligned>> years, List<List<Aligned>> dates) {
        Map<List<Aligned>, Group> dateGroups = new IdentityHashMap<>();
        for (List<Aligned> members : dates) {
            Group group = Group.of(members);
            dateGroups.put(members, group);
        }
        Map<List<Aligned>, List<Aligned>> joined = new IdentityHashMap<>();
        Map<List<Aligned>, Integer> suitors = new IdentityHashMap<>();
        for (List<Aligned> year : years) {
            List<Aligned> only = null;
            int qualified = 0;
            for (Map.Entry<List<Aligned>, Group> e : dateGroups.entrySet()) {
                if (sameOccasion(year, e.getKey(), e.getValue())) {
                    only = e.getKey();
                    qualified++;
                }
            }
            if (qualified == 1) {
                joined.put(year, only);
                suitors.merge(only, 1, Integer::sum);
            }
        }
        joined.values().removeIf(target -> suitors.get(target) > 1);
        Map<List<Aligned>, List<Aligned>> merged = new LinkedHashMap<>();
        dates.forEach(d -> merged.put(d, new ArrayList<>(d)));
        List<List<Aligned>> out = new ArrayList<>();
        for (List<Aligned> year : years) {
            List<Aligned> target = joined.get(year);
            if (target == null) {
                out.add(year);
            } else {
                merged.get(target).addAll(year);
            }
        }
        out.addAll(merged.values());
        return out;
    }

    private static boolean written(Aligned a, String digits) {
        return a.claim().quote() != null && a.claim().quote().surface() != null
                && a.claim().quote().surface().contains(digits);
    }

    /** Whether a group of one bare year tells the occasion a group of dates of that year dates (see {@link #join}). */
    private boolean sameOccasion(List<Aligned> year, List<Aligned> dates, Group group) {
        BigDecimal value = year.get(0).value().amount();
        // both written with the year in digits: "this year" and "last week" say too little of which occasion
        String digits = value.toPlainString();
        if (!year.stream().allMatch(y -> y.bareYear() && y.value().amount().compareTo(value) == 0 && written(y, digits))
                || !dates.stream().allMatch(d -> d.claim().value().kind() == Kind.DATE
                        && digits.equals(d.claim().value().unit()) && written(d, digits))) { // no weekday alone
            return false;
        }
        for (Aligned y : year) {
            if (y.hypothetical() != dates.get(0).hypothetical() || y.anchored() && group.anchoredSubjects.keySet()
                    .stream().anyMatch(party -> evidence.clash(y.subject(), party, y, group))) {
                return false;
            }
            if (!evidence.namesPartyOf(y, group) && !evidence.sharesActOrWords(y, group)) {
                return false;
            }
        }
        return true;
    }
}
