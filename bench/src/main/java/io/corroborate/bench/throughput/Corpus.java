package io.corroborate.bench.throughput;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A corpus of realistic fictional news articles: events (a deal, a strike, a budget…) told by several outlets
 * in their own words, each with figures that agree, round or conflict, plus background paragraphs. Seeded, so
 * the same size gives the same corpus.
 */
public final class Corpus {

    /** One generated article, ready to submit. */
    public record Article(String source, String url, String title, OffsetDateTime publishedAt, String text) {
    }

    private static final String[] OUTLETS = {"Harbor Times", "The Daily Ledger", "Metro Wire", "Pacific Business",
        "Valley Courier", "River Gazette", "Northern Post", "Capital Report"};
    private static final String[] FIRST = {"Northwind", "Helio", "Bluecrest", "Orbital", "Kestrel", "Marlow",
        "Pinecrest", "Amberly", "Solace", "Tidewater", "Granite", "Larkspur", "Copperfield", "Redwood", "Silverline"};
    private static final String[] SECOND = {"Robotics", "Drones", "Systems", "Labs", "Energy", "Foods", "Logistics",
        "Health", "Media", "Motors", "Analytics", "Capital"};
    private static final String[] CITIES = {"Brookhaven", "Lowtown", "Eastport", "Fairmont", "Westbridge",
        "Ashford", "Clearwater", "Stonegate"};

    private final Random random;

    public Corpus(long seed) {
        this.random = new Random(seed);
    }

    public List<Article> generate(int articles) {
        List<Article> out = new ArrayList<>(articles);
        int event = 0;
        while (out.size() < articles) {
            int outlets = 3 + random.nextInt(4);
            Event e = new Event(event++);
            for (int o = 0; o < outlets && out.size() < articles; o++) {
                out.add(e.toldBy(OUTLETS[(event + o) % OUTLETS.length], o));
            }
        }
        return out;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** One event with its true figures; each outlet writes them its own way. */
    private final class Event {
        private final int id;
        private final String buyer = pick(FIRST) + " " + pick(SECOND);
        private final String target = pick(FIRST) + " " + pick(SECOND);
        private final String city = pick(CITIES);
        private final double price = (1 + random.nextInt(400)) * 0.0125 + 0.1;
        private final int premium = 10 + random.nextInt(40);
        private final int staff = (2 + random.nextInt(90)) * 50;
        private final int founded = 1980 + random.nextInt(40);
        private final int age = 35 + random.nextInt(30);
        private final String ceo = pick(new String[] {"Mara", "Dana", "Eli", "Ana", "Tomas", "Ines"}) + " "
                + pick(new String[] {"Ellison", "Whitfield", "Park", "Ruiz", "Novak", "Okafor"});
        private final OffsetDateTime day = OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)
                .plusDays(random.nextInt(300));

        Event(int id) {
            this.id = id;
        }

        Article toldBy(String outlet, int variant) {
            String money = variant % 3 == 1 ? rounded(price) : variant % 3 == 2 ? "about " + rounded(price)
                    : exact(price);
            int writtenAge = variant == 4 ? age + 1 : age;
            String text = String.join("\n\n",
                    buyer + " agreed to acquire " + target + " for " + money + ", the companies said on Monday, "
                            + "in a deal that gives " + buyer + " a foothold in " + city + ".",
                    "The price is a " + premium + "% premium to " + target + "'s closing share price. " + target
                            + " employs " + String.format(Locale.ROOT, "%,d", staff) + " people, most of them in "
                            + city + ".",
                    target + " was founded in " + founded + " by " + ceo + ", " + writtenAge + ", who will join "
                            + buyer + "'s board when the deal closes.",
                    "Analysts said the acquisition could face scrutiny from regulators, who have questioned several "
                            + "deals in the sector this year. Shares of " + buyer + " rose " + (1 + variant)
                            + ".2% in early trading.");
            String title = buyer + " to buy " + target + (variant % 2 == 0 ? " for " + money : "");
            return new Article(outlet, "https://" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                    + ".example/" + id + "/" + variant, title, day.plusMinutes(37L * variant), text);
        }

        private String exact(double billions) {
            return String.format(Locale.ROOT, "$%.3f billion", billions).replaceAll("0+ billion", " billion")
                    .replace(". billion", " billion");
        }

        private String rounded(double billions) {
            return String.format(Locale.ROOT, "$%.1f billion", billions).replace(".0 billion", " billion");
        }
    }
}
