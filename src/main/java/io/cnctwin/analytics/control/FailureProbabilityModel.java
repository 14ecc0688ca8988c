package io.cnctwin.analytics.control;

import io.cnctwin.analytics.entity.Factor;
import io.cnctwin.analytics.entity.FailurePrediction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * P(failure within H) for H = 24 h and 4 h, per failure mode: for each mode m (spindle bearing seizure, cooling
 * failure, tool breakage, drive fault) one logistic regression over the {@link FailureFeatures} that measure its
 * cause ({@link #MODE_FEATURES}), {@code p_m = 1 / (1 + exp(-(b0 + sum bi xi)))}, and the machine fails within H
 * unless none of the modes does: {@code p = 1 - prod (1 - p_m)}. One regression per mode rather than one over all
 * features because the hazards add up (a machine fails when any part fails), which log-odds summed over all
 * features cannot express: a fouled circuit does not make a damaged bearing more or less likely to seize.
 * Fitted by {@code FitFailureModel} on simulated fleets of training seeds (see docs/failure-prediction.md); the
 * shipped coefficients are that command's output, the resource {@value #RESOURCE}. Each factor is a feature's
 * contribution {@code bi (xi - healthy_i)} to the log-odds of its mode against a healthy machine with a fresh tool.
 */
public class FailureProbabilityModel {

    public static final String RESOURCE = "failure-model.properties";
    /** The horizons, in hours, in the order {@link #assess} returns them: the first is the headline. */
    public static final int[] HORIZONS = {24, 4};
    /** The failure modes, named as the simulation's failure kinds. */
    public static final String[] MODES = {"SPINDLE_BEARING", "COOLING_FAILURE", "TOOL_BREAKAGE", "DRIVE_FAULT"};
    /** The features each mode's regression may use (its physical causes); every feature in at most one mode. */
    public static final int[][] MODE_FEATURES = {
        {FailureFeatures.BEARING_DAMAGE, FailureFeatures.IDLE_VIBRATION},
        {FailureFeatures.COOLING_FOULING, FailureFeatures.THERMAL_RESISTANCE, FailureFeatures.HEAT_HOURS},
        {FailureFeatures.TOOL_WEAR, FailureFeatures.CUTTING_HOURS},
        {FailureFeatures.OVERLOAD_HOURS}};
    private static final String[] MODE_TEXT = {"a spindle bearing seizure", "a cooling failure", "a tool breakage",
        "a drive fault"};

    private static final FailureProbabilityModel SHIPPED = load();

    private final double[][][] coefficients; // [horizon][mode][0 = intercept, 1.. = features]
    private final double[] baseRates;

    public FailureProbabilityModel(double[][][] coefficients, double[] baseRates) {
        if (coefficients.length != HORIZONS.length || baseRates.length != HORIZONS.length) {
            throw new IllegalArgumentException("one coefficient set and base rate per horizon expected");
        }
        for (double[][] modes : coefficients) {
            if (modes.length != MODES.length) {
                throw new IllegalArgumentException("one coefficient row per failure mode expected");
            }
            for (double[] row : modes) {
                if (row.length != FailureFeatures.NAMES.length + 1) {
                    throw new IllegalArgumentException("intercept and " + FailureFeatures.NAMES.length + " coefficients expected");
                }
            }
        }
        this.coefficients = coefficients.clone();
        this.baseRates = baseRates.clone();
    }

    /** The fitted model shipped with the application. */
    public static FailureProbabilityModel shipped() {
        return SHIPPED;
    }

    /** One prediction per horizon of {@link #HORIZONS}; "insufficient data" when {@code sufficient} is false. */
    public List<FailurePrediction> assess(double[] features, boolean sufficient) {
        List<FailurePrediction> predictions = new ArrayList<>(HORIZONS.length);
        for (int h = 0; h < HORIZONS.length; h++) {
            predictions.add(sufficient && finite(features) ? predict(h, features) : insufficient(h));
        }
        return List.copyOf(predictions);
    }

    /** The prediction of horizon index h (see {@link #HORIZONS}) for the features. */
    public FailurePrediction predict(int h, double[] features) {
        double survives = 1;
        List<Factor> factors = new ArrayList<>();
        for (int m = 0; m < MODES.length; m++) {
            double[] b = coefficients[h][m];
            survives *= 1 - logistic(logOdds(b, features));
            for (int i = 0; i < features.length; i++) {
                double contribution = b[i + 1] * (features[i] - FailureFeatures.HEALTHY[i]);
                if (b[i + 1] != 0 && Math.abs(contribution) >= 0.005) {
                    factors.add(new Factor(FailureFeatures.NAMES[i], round(features[i]), round(contribution),
                            FailureFactorText.explain(i, features[i]) + "; multiplies the odds of " + MODE_TEXT[m]
                                    + " by " + Decimals.fixed(Math.exp(contribution), 2)));
                }
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return new FailurePrediction(horizon(h), HORIZONS[h], 1 - survives, FailurePrediction.OK, List.copyOf(factors));
    }

    /** P(failure of mode m within horizon index h): the mode's own regression. */
    public double modeProbability(int h, int m, double[] features) {
        return logistic(logOdds(coefficients[h][m], features));
    }

    private static double logOdds(double[] b, double[] features) {
        double logOdds = b[0];
        for (int i = 0; i < features.length; i++) {
            logOdds += b[i + 1] * features[i];
        }
        return logOdds;
    }

    /** The base rate with a factor that says why there is no estimate. */
    public FailurePrediction insufficient(int h) {
        return new FailurePrediction(horizon(h), HORIZONS[h], baseRates[h], FailurePrediction.INSUFFICIENT_DATA,
                List.of(new Factor("insufficient_data", 0, 0, INSUFFICIENT_TEXT)));
    }

    // the same words for every reading of a machine's warm-up: written once (formatting per reading showed in profiles)
    private static final String INSUFFICIENT_TEXT = String.format(Locale.ROOT,
            "insufficient data (needs %.0f minutes of ordered readings without a gap over %.0f minutes);"
                    + " the fleet's base rate is shown", FailureFeatures.WARM_UP_MINUTES, FailureFeatures.MAX_GAP_MINUTES);

    /**
     * The base rate of every horizon, "insufficient data" because the reading lacks {@code inputs} that the features
     * need: the model does not guess a value the machine did not report.
     */
    public List<FailurePrediction> notMeasured(List<String> inputs) {
        List<FailurePrediction> predictions = new ArrayList<>(HORIZONS.length);
        for (int h = 0; h < HORIZONS.length; h++) {
            predictions.add(new FailurePrediction(horizon(h), HORIZONS[h], baseRates[h],
                    FailurePrediction.INSUFFICIENT_DATA, List.of(new Factor("not_measured", inputs.size(), 0,
                            "insufficient data: " + String.join(", ", inputs) + " not measured in this reading (the"
                                    + " model needs temperature, vibration, power, maintenance score and error rate);"
                                    + " the fleet's base rate is shown"))));
        }
        return List.copyOf(predictions);
    }

    public double baseRate(int h) {
        return baseRates[h];
    }

    /** The coefficients of mode m at horizon index h: intercept, then one per feature of {@link FailureFeatures#NAMES}. */
    public double[] coefficients(int h, int m) {
        return coefficients[h][m].clone();
    }

    public static String horizon(int h) {
        return "PT" + HORIZONS[h] + "H";
    }

    /** 1 / (1 + exp(-x)). */
    public static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static boolean finite(double[] features) {
        if (features == null) {
            return false;
        }
        for (double x : features) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** Reads the shipped coefficients: {@code h24.SPINDLE_BEARING.intercept}, {@code h24.<mode>.<feature>}, ... */
    static FailureProbabilityModel load() {
        Properties properties = new Properties();
        try (InputStream in = FailureProbabilityModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the failure model's coefficients " + RESOURCE + " are missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(properties);
    }

    /** Reads coefficients from a file written by {@code FitFailureModel} (to evaluate a candidate before shipping). */
    public static FailureProbabilityModel load(java.nio.file.Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            properties.load(in);
        }
        return parse(properties);
    }

    /** A feature without a line has weight 0 (it is not in that mode's regression). */
    static FailureProbabilityModel parse(Properties properties) {
        double[][][] coefficients = new double[HORIZONS.length][MODES.length][FailureFeatures.NAMES.length + 1];
        double[] baseRates = new double[HORIZONS.length];
        for (int h = 0; h < HORIZONS.length; h++) {
            for (int m = 0; m < MODES.length; m++) {
                String prefix = "h" + HORIZONS[h] + "." + MODES[m] + ".";
                coefficients[h][m][0] = Double.parseDouble(properties.getProperty(prefix + "intercept"));
                for (int i = 0; i < FailureFeatures.NAMES.length; i++) {
                    coefficients[h][m][i + 1] = Double.parseDouble(
                            properties.getProperty(prefix + FailureFeatures.NAMES[i], "0"));
                }
            }
            baseRates[h] = Double.parseDouble(properties.getProperty("h" + HORIZONS[h] + ".base_rate"));
        }
        return new FailureProbabilityModel(coefficients, baseRates);
    }
}
