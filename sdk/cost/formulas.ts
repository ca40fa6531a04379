/** Hours in a billing month, as the clouds' calculators use (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;

function requireFinite(name: string, value: number, min = -Infinity): void {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(
      `${name}: ${value} is not valid; use a finite number${min > -Infinity ? ` of at least ${min}` : ""}`,
    );
  }
}

/** Utilization = used / capacity (seed §4.1). 10 h used of 24 h → 0.4167. */
export function utilization(used: number, capacity: number): number {
  requireFinite("used", used, 0);
  requireFinite("capacity", capacity);
  if (capacity <= 0) throw new RangeError(`capacity: ${capacity} is not valid; use a number greater than 0`);
  return used / capacity;
}

/** Balanced load = total load / number of servers (seed §4.2). (60 + 40 + 20) / 3 → 40. */
export function balancedLoad(loads: readonly number[]): number {
  if (loads.length === 0) throw new RangeError("loads: [] is not valid; use at least one load");
  loads.forEach((l, i) => requireFinite(`loads[${i}]`, l, 0));
  return loads.reduce((a, b) => a + b, 0) / loads.length;
}

/** Scaled size = utilization × (1 + change rate) (seed §4.3). 0.8 × (1 + 0.3) → 1.04. */
export function scaledSize(currentUtilization: number, changeRate: number): number {
  requireFinite("currentUtilization", currentUtilization, 0);
  requireFinite("changeRate", changeRate, -1);
  return currentUtilization * (1 + changeRate);
}

/** Optimized cost = budget × (1 − savings rate) (seed §4.4). 100 × (1 − 0.2) → 80. */
export function optimizedCost(budget: number, savingsRate: number): number {
  requireFinite("budget", budget, 0);
  if (!Number.isFinite(savingsRate) || savingsRate < 0 || savingsRate > 1) {
    throw new RangeError(`savingsRate: ${savingsRate} is not valid; use a fraction between 0 and 1`);
  }
  return budget * (1 - savingsRate);
}

/** Monthly USD from hourly, rounded to cents. */
export function monthly(hourlyUsd: number): number {
  return Math.round(hourlyUsd * HOURS_PER_MONTH * 100) / 100;
}
