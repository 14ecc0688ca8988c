package io.cnctwin.simulation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThermalModelTest {

    static final double AMBIENT_C = 30;
    static final double TAU_MINUTES = 20;

    @Test
    void settlesAtAmbientPlusResistanceTimesHeatUnderConstantLoad() {
        ThermalModel cut = new ThermalModel(AMBIENT_C);
        double steadyState = ThermalModel.steadyStateC(AMBIENT_C, 5, 6.5);
        for (int minute = 0; minute < 20 * TAU_MINUTES; minute++) {
            cut.step(steadyState, TAU_MINUTES, 1);
        }
        assertEquals(62.5, steadyState, 1e-12);
        assertEquals(62.5, cut.temperatureC(), 1e-6);
    }

    @Test
    void coolsSixtyThreePercentOfTheWayTowardAmbientInOneTimeConstant() {
        ThermalModel cut = new ThermalModel(80);
        for (int minute = 0; minute < TAU_MINUTES; minute++) {
            cut.step(AMBIENT_C, TAU_MINUTES, 1);
        }
        double coveredShare = (80 - cut.temperatureC()) / (80 - AMBIENT_C);
        assertEquals(1 - Math.exp(-1), coveredShare, 1e-9);
        assertEquals(0.632, coveredShare, 0.001);
    }

    @Test
    void oneLongStepEqualsManyShortOnesBecauseTheDiscretisationIsExact() {
        ThermalModel oneStep = new ThermalModel(40);
        ThermalModel cut = new ThermalModel(40);
        oneStep.step(75, TAU_MINUTES, 30);
        for (int i = 0; i < 60; i++) {
            cut.step(75, TAU_MINUTES, 0.5);
        }
        assertEquals(oneStep.temperatureC(), cut.temperatureC(), 1e-9);
    }
}
