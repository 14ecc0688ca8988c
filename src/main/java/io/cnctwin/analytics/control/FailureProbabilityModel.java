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
 * P(failure within H) for H = 24 h and 4 h: one logistic regression per horizon over the {@link FailureFeatures},
 * {@code p = 1 / (1 + exp(-(b0 + sum bi xi)))}, fitted by {@code FitFailureModel} on simulated fleets of training
 * seeds (see docs/failure-prediction.md). The shipped coefficients are that command's output, the resource
 * {@value #RESOURCE}. Each factor is a feature's contribution {@code bi (xi - healthy_i)} in log-odds against a
 * healthy machine with a fresh tool; the factors and the healthy log-odds add up to the log-odds.
 */
public class FailureProbabilityModel {

    public static final String RESOURCE = "failure-model.properties";
    /** The horizons, in hours, in the order {@link #assess} returns them: the first is the headline. */
    public static final int[] HORIZONS = {24, 4};

    private static final FailureProbabilityModel SHIPPED = load();

    private final double[][] coefficients; // [horizon][0 = intercept, 1.. = features]
    private final double[] baseRates;

    public FailureProbabilityModel(double[][] coefficients, double[] baseRates) {
        if (coefficients.length != HORIZONS.length || baseRates.length != HORIZONS.length) {
            throw new IllegalArgumentException("one coefficient row and base rate per horizon expected");
        }
        for (double[] row : coefficients) {
            if (row.length != FailureFeatures.NAMES.length + 1) {
                throw new IllegalArgumentException("intercept and " + FailureFeatures.NAMES.length + " coefficients expected");
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
        double[] b = coefficients[h];
        double logOdds = b[0];
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < features.length; i++) {
            logOdds += b[i + 1] * features[i];
            double contribution = b[i + 1] * (features[i] - FailureFeatures.HEALTHY[i]);
            if (Math.abs(contribution) >= 0.005) {
                factors.add(new Factor(FailureFeatures.NAMES[i], round(features[i]), round(contribution),
                        explain(i, features[i], contribution)));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::contribution).reversed());
        return new FailurePrediction(horizon(h), HORIZONS[h], logistic(logOdds), FailurePrediction.OK, List.copyOf(factors));
    }

    /** The base rate with a factor that says why there is no estimate. */
    public FailurePrediction insufficient(int h) {
        return new FailurePrediction(horizon(h), HORIZONS[h], baseRates[h], FailurePrediction.INSUFFICIENT_DATA,
                List.of(new Factor("insufficient_data", 0, 0, String.format(Locale.ROOT,
                        "insufficient data (needs %.0f minutes of ordered readings without a gap over %.0f minutes);"
                                + " the fleet's base rate is shown", FailureFeatures.WARM_UP_MINUTES,
                        FailureFeatures.MAX_GAP_MINUTES))));
    }

    public double baseRate(int h) {
        return baseRates[h];
    }

    public double[] coefficients(int h) {
        return coefficients[h].clone();
    }

    public static String horizon(int h) {
        return "PT" + HORIZONS[h] + "H";
    }

    /** 1 / (1 + exp(-x)). */
    public static double logistic(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }

    private static String explain(int feature, double value, double contribution) {
        String what = switch (feature) {
            case FailureFeatures.CUTTING_HOURS -> String.format(Locale.ROOT,
                    "%.1f h of cutting since the last maintenance (tool wear)", value);
            case FailureFeatures.IDLE_VIBRATION -> String.format(Locale.ROOT,
                    "vibration at idle %.2f Hz above a sound spindle's (bearing damage)", value);
            case FailureFeatures.THERMAL_RESISTANCE -> String.format(Locale.ROOT,
                    "housing %.2f K per kW above coolant (cooling efficiency)", value);
            case FailureFeatures.HEAT_HOURS -> String.format(Locale.ROOT,
                    "%.1f h above the %.0f °C comfort band (24 h memory)", value, FailureFeatures.COMFORT_TOP_C);
            case FailureFeatures.OVERLOAD_HOURS -> String.format(Locale.ROOT,
                    "%.2f h above the drive's %.1f kW rating (4 h memory)", value, FailureFeatures.OVERLOAD_KW);
            case FailureFeatures.VIBRATION_EXCESS -> String.format(Locale.ROOT,
                    "vibration while cutting %.2f Hz above what load and tool wear explain (bearing damage)", value);
            case FailureFeatures.VIBRATION_GROWTH -> String.format(Locale.ROOT,
                    "vibration while cutting rising: last 30 min %+.2f Hz against the last 6 h", value);
            case FailureFeatures.TOOL_WEAR -> String.format(Locale.ROOT,
                    "tool wear %.2f of its life from what cutting adds to the vibration (breakage hazard grows"
                            + " exponentially with it)", value);
            case FailureFeatures.BEARING_DAMAGE -> String.format(Locale.ROOT,
                    "bearing damage %.2f from the vibration while cutting (seizure hazard grows exponentially with it)",
                    value);
            default -> FailureFeatures.NAMES[feature];
        };
        return what + String.format(Locale.ROOT, "; multiplies the odds of failure by %.2f", Math.exp(contribution));
    }

    private static boolean finite(double[] features) {
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

    /** Reads the shipped coefficients: {@code h24.intercept}, {@code h24.<feature>}, {@code h24.base_rate}, ... */
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

    /** A feature without a line has weight 0 (it was not in the model). */
    static FailureProbabilityModel parse(Properties properties) {
        double[][] coefficients = new double[HORIZONS.length][FailureFeatures.NAMES.length + 1];
        double[] baseRates = new double[HORIZONS.length];
        for (int h = 0; h < HORIZONS.length; h++) {
            String prefix = "h" + HORIZONS[h] + ".";
            coefficients[h][0] = Double.parseDouble(properties.getProperty(prefix + "intercept"));
            for (int i = 0; i < FailureFeatures.NAMES.length; i++) {
                coefficients[h][i + 1] = Double.parseDouble(properties.getProperty(prefix + FailureFeatures.NAMES[i], "0"));
            }
            baseRates[h] = Double.parseDouble(properties.getProperty(prefix + "base_rate"));
        }
        return new FailureProbabilityModel(coefficients, baseRates);
    }
}
