/** A fitted logistic regression: `p = σ(bias + Σ weights[i] · x[i])`. */
export interface Logistic {
  weights: number[];
  bias: number;
}

/** The logistic function, safe for large arguments. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** `bias + Σ weights[i] · x[i]`: the log-odds. */
export function logit(model: Logistic, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i]! * (x[i] ?? 0);
  return z;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), as in ridge: λ/2 · ‖w‖². Default 1. */
  l2?: number;
  /** Newton steps at most. Default 50. */
  iterations?: number;
  /** Per-example weights (default 1 each), e.g. to balance classes. */
  sampleWeights?: readonly number[];
  /**
   * The sign each weight must have: 1 (never negative), -1 (never positive) or 0 (free). A
   * weight that would cross zero is held at zero (projected Newton), so evidence of agreement
   * never counts against a match however small or skewed the data.
   */
  signs?: ReadonlyArray<-1 | 0 | 1>;
}

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with an
 * L2 penalty: deterministic, no learning rate to tune, converging in a handful of steps for
 * the dozen features a pair model has. `x` is one row per example, `y` is 0 or 1.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], options: FitOptions = {}): Logistic {
  const { l2 = 1, iterations = 50, sampleWeights, signs } = options;
  const n = x.length;
  if (n === 0) throw new Error('fitLogistic: no examples');
  const d = x[0]!.length;
  // Parameter 0 is the bias; 1..d are the weights.
  const beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < iterations; step++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const row = x[i]!;
      const w = sampleWeights?.[i] ?? 1;
      let z = beta[0]!;
      for (let j = 0; j < d; j++) z += beta[j + 1]! * row[j]!;
      const p = sigmoid(z);
      const r = w * (y[i]! - p);
      const s = w * p * (1 - p);
      for (let a = 0; a <= d; a++) {
        const xa = a === 0 ? 1 : row[a - 1]!;
        gradient[a] = gradient[a]! + r * xa;
        for (let b = a; b <= d; b++) hessian[a]![b] = hessian[a]![b]! + s * xa * (b === 0 ? 1 : row[b - 1]!);
      }
    }
    for (let a = 0; a <= d; a++) {
      for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
      if (a > 0) {
        gradient[a] = gradient[a]! - l2 * beta[a]!;
        hessian[a]![a] = hessian[a]![a]! + l2;
      }
      hessian[a]![a] = hessian[a]![a]! + 1e-9;
    }
    const delta = solve(hessian, gradient);
    let change = 0;
    for (let a = 0; a <= d; a++) {
      let next = beta[a]! + delta[a]!;
      const sign = a === 0 ? 0 : (signs?.[a - 1] ?? 0);
      if (sign * next < 0) next = 0;
      change = Math.max(change, Math.abs(next - beta[a]!));
      beta[a] = next;
    }
    if (change < 1e-10) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1) };
}

/** Solves `A · x = b` by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const lead = a[col]![col]!;
    if (Math.abs(lead) < 1e-300) continue;
    for (let row = col + 1; row < n; row++) {
      const factor = a[row]![col]! / lead;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) a[row]![k] = a[row]![k]! - factor * a[col]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * out[k]!;
    out[row] = Math.abs(a[row]![row]!) < 1e-300 ? 0 : sum / a[row]![row]!;
  }
  return out;
}

/**
 * Platt scaling: a one-feature logistic regression from a model's log-odds on held-out examples
 * to their labels, so that its output can be read as a frequency. Returns `{ slope, intercept }`
 * for `p = σ(intercept + slope · logOdds)`.
 */
export function fitPlatt(logOdds: readonly number[], y: readonly number[]): { slope: number; intercept: number } {
  const fitted = fitLogistic(
    logOdds.map((z) => [z]),
    y,
    // The slope may shrink the log-odds but never turn them around.
    { l2: 1e-6, signs: [1] },
  );
  return { slope: fitted.weights[0]!, intercept: fitted.bias };
}

/** One bin of a reliability table: predictions in [low, high) and how often they were right. */
export interface ReliabilityBin {
  low: number;
  high: number;
  count: number;
  /** Mean predicted probability in the bin (null when empty). */
  meanPredicted: number | null;
  /** Share of positives in the bin (null when empty). */
  observed: number | null;
}

/** Groups predictions into `bins` equal-width bins and compares the predicted with the observed rate. */
export function reliabilityTable(predicted: readonly number[], y: readonly number[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, k) => ({ low: k / bins, high: (k + 1) / bins, count: 0, meanPredicted: null, observed: null }));
  const sums = out.map(() => ({ p: 0, y: 0 }));
  predicted.forEach((p, i) => {
    const k = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    out[k]!.count++;
    sums[k]!.p += p;
    sums[k]!.y += y[i]!;
  });
  return out.map((bin, k) => (bin.count === 0 ? bin : { ...bin, meanPredicted: sums[k]!.p / bin.count, observed: sums[k]!.y / bin.count }));
}

/** Expected calibration error: the count-weighted mean gap between predicted and observed rates. */
export function calibrationError(table: readonly ReliabilityBin[]): number {
  const total = table.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return 0;
  return table.reduce((sum, bin) => sum + (bin.count === 0 ? 0 : (bin.count / total) * Math.abs(bin.meanPredicted! - bin.observed!)), 0);
}
