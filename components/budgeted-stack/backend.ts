import type * as pulumi from "@pulumi/pulumi";
import type { BudgetedStackArgs } from "./index";

/** What one cloud's budget alert needs, decided once the subtree is known. */
export interface AlertPlan {
  /** The budget's name; alert resources are named `${name}-alert-<cloud>…`. */
  name: string;
  /** This cloud's part of the monthly budget, USD. */
  amountUsd: number;
  /** Fractions of the amount, e.g. 0.8; each alerts on actual and on forecast spend. */
  thresholds: number[];
  emails: string[];
  /** The tag every resource beneath carries and the budget counts (canonical; normalize per cloud). */
  filterTag: { key: string; value: string };
  /** The budget's cost tags (canonical), for alert resources that take tags. */
  costTags: Record<string, string>;
  args: BudgetedStackArgs;
}

/** An alert and what the user should know about it (no recipients, …). */
export interface AlertBuild<Resources> {
  resources: Resources;
  warnings: string[];
}

/** One cloud's budget alert. Adding a cloud is adding a file that implements this. */
export interface AlertBackend<Resources> {
  /** Why no alert can be created on this cloud with these args (its scope was not given), else undefined. */
  unscoped(args: BudgetedStackArgs): string | undefined;
  /** Creates the alert with `opts` (parent and explicit provider) on each resource. */
  create(plan: AlertPlan, opts: pulumi.CustomResourceOptions): AlertBuild<Resources>;
}

/** A threshold fraction as the whole percent the clouds take (0.8 → 80). */
export const percent = (fraction: number): number => Math.round(fraction * 100);
