package io.corroborate.analysis.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.corroborate.api.Bound;

/** The hedge written right before a figure, whatever stands before it. */
class HedgeTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = "|", textBlock = """
            The crowd numbered about        | APPROXIMATE
            He said.About                   | APPROXIMATE
            It costs ~                      | APPROXIMATE
            It costs (~                     | APPROXIMATE
            It costs x~                     | EXACT
            Prices rose approx.             | APPROXIMATE
            The toll rose to more than      | AT_LEAST
            The rate edged up to            | EXACT
            A commission of up to           | AT_MOST
            Fewer than                      | AT_MOST
            The fund holds                  | EXACT
            The visitors numbered some      | APPROXIMATE
            The handsome                    | EXACT
            Demand might top                | AT_LEAST
            Sales exceeded                  | AT_LEAST
            It could climb past             | AT_LEAST
            It rose in the past             | EXACT
            Over the past                   | EXACT
            Just before quarter past        | EXACT
            It ended at ten past            | EXACT
            Prices stopped                  | EXACT
            Sales topped                    | AT_LEAST
            It ranks among the top          | EXACT
            A top                           | EXACT
            It pushed Nvidia past           | AT_LEAST
            It lifted the economy past      | AT_LEAST
            EV is c.                        | APPROXIMATE
            The orbit takes ca.             | APPROXIMATE
            It employs circa                | APPROXIMATE
            It was founded in etc.          | EXACT
            It was 41C.                     | EXACT
            It needs vitamin C.             | EXACT
            He raised just over             | AT_LEAST
            Over                            | AT_LEAST
            It drew over                    | AT_LEAST
            The jackpot had rolled over     | EXACT
            He must hand over               | EXACT
            The firm handed over            | EXACT
            The dam controlled over         | AT_LEAST
            Nearly                          | APPROXIMATE
            Just under                      | APPROXIMATE
            """)
    void readsTheHedgeBeforeAFigure(String before, Bound bound) {
        assertEquals(bound, Hedge.before(before + " ").bound());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = "|", textBlock = """
            Nearly    | true
            almost    | true
            just under| true
            about     | false
            under     | false
            """)
    void aFigureNearlyReachedIsCapped(String before, boolean capped) {
        assertEquals(capped, Hedge.before(before + " ").capped());
    }
}
