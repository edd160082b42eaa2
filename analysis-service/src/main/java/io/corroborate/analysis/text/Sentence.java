package io.corroborate.analysis.text;

/** A sentence and its [start, end) offsets in the original text. */
public record Sentence(String text, int start, int end) {

    /**
     * The sentence as it reads when it is not shouted: a line in capitals ("3 DEAD AS BUS PLUNGES 20FT", a tabloid's
     * headline) in lower case, letter for letter, so that its offsets stay those of the text; any other sentence as
     * it is. Capitals that mark every word say nothing of units, nouns or names.
     */
    public Sentence unshouted() {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        if (letters < 8 || upper * 10 < letters * 9) {
            return this;
        }
        char[] lowered = text.toCharArray();
        for (int i = 0; i < lowered.length; i++) {
            lowered[i] = Character.toLowerCase(lowered[i]);
        }
        return new Sentence(new String(lowered), start, end);
    }
}
