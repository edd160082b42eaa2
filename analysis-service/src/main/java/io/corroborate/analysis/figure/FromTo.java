package io.corroborate.analysis.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.corroborate.analysis.number.Intervals;
import io.corroborate.api.Kind;
import io.corroborate.api.Value;

/**
 * "from $36,040 at 10.45pm last night to $34,935", "from 20 mpg in 2008 to 29 mpg": a range whose ends are
 * parted by other words. The quantity layer reports it as one range, as it reads "from $5 to $7"; the claim layer
 * keeps the two figures, each a level at its own time.
 */
final class FromTo {

    private static final Pattern FROM = Pattern.compile("(?i)(?<![\\p{L}])from\\s(?:the\\s)?$");
    // A short gap with no clause break, ending in "to".
    private static final Pattern GAP = Pattern.compile("[^;:()\\[\\]]{1,40}?\\sto\\s(?:the\\s)?");

    private FromTo() {
    }

    /** The figures with each parted "from A ... to B" pair joined; years in between are kept as they are. */
    static List<Figure> merge(String s, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure a = figures.get(i);
            int j = i + 1;
            while (j < figures.size() && figures.get(j).value().kind() == Kind.YEAR) {
                j++;
            }
            if (j < figures.size() && joins(s, a, figures.get(j))) {
                out.addAll(figures.subList(i + 1, j));
                out.add(range(a, figures.get(j)));
                i = j;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean joins(String s, Figure a, Figure b) {
        Value x = a.value();
        Value y = b.value();
        boolean single = a.to() == null && b.to() == null && x.kind() != Kind.YEAR && b.start() > a.end();
        boolean alike = x.kind() == y.kind() && Objects.equals(x.currency(), y.currency())
                && (Objects.equals(x.unit(), y.unit()) || y.unit() == null);
        return single && alike && FROM.matcher(s.substring(0, a.start())).find()
                && GAP.matcher(s.substring(a.end(), b.start())).matches();
    }

    private static Figure range(Figure a, Figure b) {
        Value x = a.value();
        Value value = Intervals.range(x.kind(), a.from(), b.from(), x.currency(), x.unit());
        return new Figure(value, a.start(), b.end(), a.from(), b.from());
    }
}
