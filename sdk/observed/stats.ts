/** The p-th percentile (nearest rank) of values; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return rank(sorted, p);
}

const rank = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];

/** Figures rounded to two decimals, as the observed-utilization format keeps them. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The summary of a metric's samples (percent). */
export interface SampleSummary {
  p50: number;
  p95: number;
  max: number;
  mean: number;
  samples: number;
}

/**
 * p50, p95 (nearest rank), max and mean of samples, rounded to two decimals.
 * @param peaks per-period maxima when the export gives them: the max is the largest of them.
 */
export function summarizeSamples(values: readonly number[], peaks: readonly number[] = []): SampleSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return {
    p50: round2(rank(sorted, 50)),
    p95: round2(rank(sorted, 95)),
    max: round2(Math.max(sorted[sorted.length - 1], ...peaks)),
    mean: round2(mean),
    samples: values.length,
  };
}

/** How regularly a series was sampled. */
export interface Spacing {
  /** The period between samples, seconds (the most common spacing; the smaller on a tie). */
  periodSeconds: number;
  /** Periods with no sample between the first and the last. */
  missing: number;
  /** The longest run without samples, seconds. */
  longestGapSeconds: number;
  /** Spacings that are not a whole number of periods (a series that mixes periods). */
  irregular: number;
}

/**
 * The sampling period of sorted, distinct times (ms) and the gaps in it; undefined with fewer than
 * two samples.
 */
export function spacingOf(times: readonly number[]): Spacing | undefined {
  if (times.length < 2) return undefined;
  const counts = new Map<number, number>();
  const diffs: number[] = [];
  for (let i = 1; i < times.length; i++) {
    const d = Math.round((times[i] - times[i - 1]) / 1000);
    diffs.push(d);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let period = 0;
  let best = -1;
  for (const [d, n] of [...counts.entries()].sort((a, b) => a[0] - b[0]))
    if (n > best && d > 0) {
      period = d;
      best = n;
    }
  let missing = 0;
  let irregular = 0;
  let longest = 0;
  for (const d of diffs) {
    const periods = d / period;
    if (Math.abs(periods - Math.round(periods)) > 0.01) irregular++;
    else if (Math.round(periods) > 1) {
      missing += Math.round(periods) - 1;
      longest = Math.max(longest, d - period);
    }
  }
  return { periodSeconds: period, missing, longestGapSeconds: longest, irregular };
}

/** `5 min`, `1 h`, `90 s`: a period for people. */
export function describeSeconds(s: number): string {
  if (s % 86400 === 0) return `${s / 86400} d`;
  if (s % 3600 === 0) return `${s / 3600} h`;
  if (s % 60 === 0) return `${s / 60} min`;
  return `${s} s`;
}

/**
 * Seconds of an ISO 8601 duration (`PT5M`, `PT1H`, `P1D`) or of a Python timedelta as older
 * Azure CLIs print it (`0:05:00`, `1:00:00`, `1 day, 0:00:00`); undefined otherwise.
 */
export function durationSeconds(text: string): number | undefined {
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (iso && text !== "P" && !text.endsWith("T")) {
    const [, d, h, m, s] = iso;
    return Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  }
  const td = /^(?:(\d+) days?, )?(\d+):(\d\d):(\d\d)$/.exec(text);
  if (td) return Number(td[1] ?? 0) * 86400 + Number(td[2]) * 3600 + Number(td[3]) * 60 + Number(td[4]);
  return undefined;
}
