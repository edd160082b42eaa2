package io.corroborate.analysis.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The shipped alignment model: complete, in range, and read back as written. */
class AlignmentModelTest {

    @Test
    void theShippedModelHasAWeightForEveryFeatureAndAThresholdInRange() {
        AlignmentModel model = AlignmentModel.standard();
        assertEquals(AlignmentModel.FEATURES, model.weights().keySet().stream().toList());
        assertTrue(model.threshold() > 0 && model.threshold() < 1, () -> "threshold " + model.threshold());
    }

    @Test
    void evidenceOfOneFactRaisesTheProbability() {
        AlignmentModel model = AlignmentModel.standard();
        double[] nothing = new double[AlignmentModel.FEATURES.size()];
        double[] sameMeasureAndValue = nothing.clone();
        sameMeasureAndValue[AlignmentModel.FEATURES.indexOf("measure")] = 1;
        sameMeasureAndValue[AlignmentModel.FEATURES.indexOf("valueRare")] = 1;
        assertTrue(model.probability(sameMeasureAndValue) > model.threshold());
        assertTrue(model.probability(nothing) < model.threshold());
    }

    @Test
    void aModelMustWeighEveryFeature() {
        double[] tooFew = new double[AlignmentModel.FEATURES.size() - 1];
        assertThrows(IllegalArgumentException.class, () -> new AlignmentModel(0, tooFew, 0.5));
    }

    @Test
    void itsFileFormIsWhatItReads() {
        double[] w = new double[AlignmentModel.FEATURES.size()];
        Arrays.setAll(w, i -> i / 10.0);
        String text = new AlignmentModel(-1.25, w, 0.45).toProperties("a test");
        assertTrue(text.startsWith("# a test\n"));
        assertTrue(text.contains("threshold=0.450\n"));
        assertTrue(text.contains("bias=-1.2500\n"));
        assertTrue(text.contains("w.measureUnnamed=0.1000\n"));
    }
}
