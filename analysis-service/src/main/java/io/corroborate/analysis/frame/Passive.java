package io.corroborate.analysis.frame;

import java.util.List;
import java.util.regex.Pattern;

import io.corroborate.analysis.text.Mention;

/** "Helio was acquired by Northwind", "Helio agreed to be sold to Northwind": the buyer is the subject. */
final class Passive {

    private static final String AUXILIARY = "(?:(?:has|have|had)\\s+)?(?:agreed|agrees|agree|is set|was set"
            + "|is expected|plans|planned)\\s+to\\s+be|(?:will|would|could|may)\\s+be|(?:is|are|was|were)\\s+being"
            + "|(?:has|have|had)\\s+been|was|were|is|are|to\\s+be|being";
    private static final Pattern SOLD = Pattern.compile("\\s+(?:" + AUXILIARY + ")\\s+(?:sold\\s+to"
            + "|(?:acquired|bought|purchased|taken\\s+over)\\s+by)\\s+(?:the\\s+)?");

    private Passive() {
    }

    /** The buyer when {@code seller} is said to be sold to a party named next in the sentence, else null. */
    static Mention buyerOf(String s, List<Mention> mentions, String seller) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention sold = mentions.get(i);
            Mention next = mentions.get(i + 1);
            boolean between = sold.end() <= next.start() && next.start() - sold.end() <= 80;
            if (sold.name().equals(seller) && between && SOLD.matcher(s.substring(sold.end(), next.start())).matches()) {
                return next;
            }
        }
        return null;
    }
}
