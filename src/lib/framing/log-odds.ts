/** One term's score for one group against all the other groups together. */
export interface LogOddsScore {
  /** Times the group uses the term (y_i). */
  count: number;
  /** Times the other groups together use it (y_j). */
  otherCount: number;
  /** The prior's pseudo-count for the term (α_w). */
  prior: number;
  /** The weighted log-odds ratio δ, natural logarithm. */
  logOdds: number;
  /** Its approximate variance σ². */
  variance: number;
  /** δ / σ. */
  z: number;
}

/**
 * The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn,
 * 2008, "Fightin' Words", section 3.5), of each group against all other groups pooled.
 *
 * For term w, group i with n_i words and the others (j) with n_j:
 *
 *   δ_w = ln[(y_wi + α_w) / (n_i + α_0 − y_wi − α_w)] − ln[(y_wj + α_w) / (n_j + α_0 − y_wj − α_w)]
 *   σ²_w ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)
 *   z_w = δ_w / σ_w
 *
 * The prior is informative: α_w is proportional to the term's count in all groups together,
 * α_w = α_0 · y_w / n, with α_0 = priorScale · n. It pulls rare terms toward the overall rate,
 * so a word used once by one group and never by the others does not outrank a word the group
 * uses often; z then says how many standard errors the difference is.
 *
 * `counts` maps each group to its term counts. Only terms a group uses are scored for it; with
 * a single group (no others to compare with) nothing is scored.
 */
export function weightedLogOdds(counts: ReadonlyMap<string, ReadonlyMap<string, number>>, priorScale: number): Map<string, Map<string, LogOddsScore>> {
  const totals = new Map<string, number>();
  const sizes = new Map<string, number>();
  let n = 0;
  for (const [group, terms] of counts) {
    let size = 0;
    for (const [term, count] of terms) {
      totals.set(term, (totals.get(term) ?? 0) + count);
      size += count;
    }
    sizes.set(group, size);
    n += size;
  }
  const alpha0 = priorScale * n;
  const out = new Map<string, Map<string, LogOddsScore>>();
  for (const [group, terms] of counts) {
    const scores = new Map<string, LogOddsScore>();
    out.set(group, scores);
    const ni = sizes.get(group)!;
    const nj = n - ni;
    if (nj === 0) continue;
    for (const [term, yi] of terms) {
      if (yi <= 0) continue;
      const total = totals.get(term)!;
      const yj = total - yi;
      const alpha = (alpha0 * total) / n;
      const restI = ni + alpha0 - yi - alpha;
      const restJ = nj + alpha0 - yj - alpha;
      // Only a vocabulary of one term leaves no other words to set it against.
      if (restI <= 0 || restJ <= 0) continue;
      const logOdds = Math.log((yi + alpha) / restI) - Math.log((yj + alpha) / restJ);
      const variance = 1 / (yi + alpha) + 1 / (yj + alpha);
      scores.set(term, { count: yi, otherCount: yj, prior: alpha, logOdds, variance, z: logOdds / Math.sqrt(variance) });
    }
  }
  return out;
}
