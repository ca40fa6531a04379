import type { ReportViolation } from "@pulumi/policy";

/**
 * Reports an advisory diagnostic whatever the policy's own level: what a rule could not check
 * during preview, or an exemption it honoured. Uses the policy-info form of `reportViolation` that
 * @pulumi/policy's server accepts (its typings only show the string form); the harness tests check
 * that the level arrives as advisory.
 */
export function advisory(report: ReportViolation, message: string, urn?: string): void {
  (report as unknown as (info: object) => void)({
    message,
    enforcementLevel: "advisory",
    ...(urn ? { urn } : {}),
  });
}

// One formatter for the pack's life: building one per call cost more than some rules' checks.
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** USD with cents, e.g. `$1,234.50`. */
export function usd(amount: number): string {
  return `$${cents.format(amount)}`;
}

/** An hourly price, e.g. `$0.0416/h`. */
export function perHour(amount: number): string {
  return `$${Number(amount.toPrecision(4))}/h`;
}
