package io.corroborate.analysis.unit;

import java.util.Set;
import java.util.regex.Pattern;

/** An organization's headcount, however written ("1,200 staff", "employs 1,200 people"), counts "employees". */
public final class Headcount {

    public static final String EMPLOYEES = "employees";

    private static final Set<String> ALWAYS = Set.of("employees", "staff", "staffers", "personnel", "employee");
    // "people" and "workers" are staff only when the sentence speaks of employment; strikers or riders are not.
    private static final Set<String> IN_CONTEXT = Set.of("people", "workers");
    private static final Pattern EMPLOYMENT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:employs|employ|employed|employing|employer|workforce|staff|headcount|payroll)"
                    + "(?![\\p{L}])");
    private static final Pattern NOUN_OF = Pattern.compile("(?i)(?<![\\p{L}])(?:workforce|staff|headcount|payroll)"
            + "\\s+of\\s+$");

    private Headcount() {
    }

    /** The unit a counted noun stands for in this sentence. */
    public static String unit(String noun, String sentence) {
        if (noun == null) {
            return null;
        }
        boolean staff = ALWAYS.contains(noun) || IN_CONTEXT.contains(noun) && EMPLOYMENT.matcher(sentence).find();
        return staff ? EMPLOYEES : noun;
    }

    /** "a workforce of 1,200": the number counts employees though no noun follows; {@code before} ends at it. */
    public static boolean countedBefore(String before) {
        String tail = before.length() > 30 ? before.substring(before.length() - 30) : before;
        return NOUN_OF.matcher(tail).find();
    }
}
