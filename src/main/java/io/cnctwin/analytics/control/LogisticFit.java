package io.cnctwin.analytics.control;

/**
 * Maximum-likelihood logistic regression by Newton-Raphson (IRLS) on standardised features with a small ridge
 * penalty (not on the intercept), returned on the original scale: {@code [b0, b1, ..., bk]}.
 */
public final class LogisticFit {

    /** The largest Newton step in log-odds per standard deviation; the optimum is unchanged, only the path. */
    static final double MAX_STEP = 2;

    private LogisticFit() {
    }

    /** @param x rows of k features; y 0/1 outcomes; ridge the L2 penalty on the standardised slopes */
    public static double[] fit(double[][] x, int[] y, double ridge) {
        int n = x.length;
        int k = x[0].length;
        double[] mean = new double[k];
        double[] sd = new double[k];
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < k; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < k; j++) {
            sd[j] = Math.sqrt(sd[j]) > 1e-12 ? Math.sqrt(sd[j]) : 1;
        }
        double[] beta = new double[k + 1];
        double positives = 0;
        for (int label : y) {
            positives += label;
        }
        double rate = Math.min(1 - 1e-6, Math.max(1e-6, positives / n));
        beta[0] = Math.log(rate / (1 - rate));
        double[] z = new double[k + 1];
        for (int iteration = 0; iteration < 200; iteration++) {
            double[] gradient = new double[k + 1];
            double[][] hessian = new double[k + 1][k + 1];
            for (int i = 0; i < n; i++) {
                z[0] = 1;
                for (int j = 0; j < k; j++) {
                    z[j + 1] = (x[i][j] - mean[j]) / sd[j];
                }
                double eta = 0;
                for (int j = 0; j <= k; j++) {
                    eta += beta[j] * z[j];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double w = Math.max(p * (1 - p), 1e-12);
                for (int a = 0; a <= k; a++) {
                    gradient[a] += (y[i] - p) * z[a];
                    for (int b = a; b <= k; b++) {
                        hessian[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a <= k; a++) {
                gradient[a] -= ridge * beta[a];
                hessian[a][a] += ridge;
            }
            for (int a = 0; a <= k; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[a][b] = hessian[b][a];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (double s : step) {
                largest = Math.max(largest, Math.abs(s));
            }
            if (largest > MAX_STEP) { // damped Newton: rare rows far out in a steep feature must not throw the fit off
                for (int j = 0; j <= k; j++) {
                    step[j] *= MAX_STEP / largest;
                }
            }
            double change = 0;
            for (int j = 0; j <= k; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        double[] original = new double[k + 1];
        original[0] = beta[0];
        for (int j = 0; j < k; j++) {
            original[j + 1] = beta[j + 1] / sd[j];
            original[0] -= beta[j + 1] * mean[j] / sd[j];
        }
        return original;
    }

    // Gaussian elimination with partial pivoting; the matrix is small (k + 1)
    static double[] solve(double[][] matrix, double[] vector) {
        int m = vector.length;
        double[][] a = new double[m][m + 1];
        for (int i = 0; i < m; i++) {
            System.arraycopy(matrix[i], 0, a[i], 0, m);
            a[i][m] = vector[i];
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int row = col + 1; row < m; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = col + 1; row < m; row++) {
                double factor = a[row][col] / a[col][col];
                for (int c = col; c <= m; c++) {
                    a[row][c] -= factor * a[col][c];
                }
            }
        }
        double[] solution = new double[m];
        for (int row = m - 1; row >= 0; row--) {
            double sum = a[row][m];
            for (int c = row + 1; c < m; c++) {
                sum -= a[row][c] * solution[c];
            }
            solution[row] = sum / a[row][row];
        }
        return solution;
    }
}
