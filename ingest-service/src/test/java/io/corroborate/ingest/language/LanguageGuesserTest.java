package io.corroborate.ingest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | The regional council voted on Tuesday to close two ferry terminals by the end of next year.",
        "fr | Le conseil régional a voté mardi la fermeture de deux terminaux de ferry d'ici la fin de l'année.",
        "de | Der Regionalrat hat am Dienstag beschlossen, bis Ende nächsten Jahres zwei Fährterminals zu schließen.",
        "es | El consejo regional votó el martes el cierre de dos terminales de ferry antes de que acabe el año.",
    })
    void recognisesCommonNewsLanguages(String expected, String text) {
        assertEquals(Optional.of(expected), GUESSER.guess(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Hi there", "12345 67890"})
    void saysNothingAboutTooLittleText(String text) {
        assertTrue(GUESSER.guess(text).isEmpty());
    }
}
