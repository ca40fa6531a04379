import * as pulumi from "@pulumi/pulumi";
import { CLOUDS } from "../../sdk/catalog/types";
import type { Cloud, PublicCloud } from "../../sdk/catalog/types";
import { formatIssue, throwIfIssues, ValidationError } from "../../sdk/errors";
import { checkChildNames, type Normalization } from "../../sdk/names";
import { checkTags } from "../../sdk/tags";
import { Checker } from "../../sdk/units/checks";
import { leptonConfig, providerRegions } from "../shared/config";
import { coveredByReport, parentOf, registerCostSink } from "../shared/cost-sink";
import { normalizedInput } from "../shared/names";
import { assertPlain, isPlain } from "../shared/plain";
import type { ProviderMap } from "../shared/providers";
import { AwsAlert, awsAlert } from "./aws";
import { AzureAlert, azureAlert } from "./azure";
import type { AlertBackend } from "./backend";
import { GcpAlert, gcpAlert, gcpBudgetDisplayName } from "./gcp";
import { fromUrn, Ledger, urnOf } from "./ledger";
import {
  BudgetBreakdown,
  byCloud,
  cheaperPlacements,
  overBudgetMessage,
  project,
  RawToPrice,
  splitBudget,
} from "./rollup";

export type { AwsAlert } from "./aws";
export type { AzureAlert } from "./azure";
export type { GcpAlert } from "./gcp";
export type { BudgetBreakdown, CloudTotal, CostLine, UnpricedResource } from "./rollup";
export { TAGGED_TYPES, withCostTags } from "./tagging";

const TYPE = "lepton-multicloud:index:BudgetedStack";

/** The tag naming the budget that counts a resource; the per-cloud alerts filter on it by default. */
export const BUDGET_TAG = "lepton:budget";

/** Arguments of a BudgetedStack. */
export interface BudgetedStackArgs {
  /** The monthly budget in USD for everything beneath, greater than 0. */
  monthlyBudgetUsd: number;
  /**
   * Fractions of the budget that alert, each on actual and on forecast spend; in (0, 2], whole
   * percents. AWS takes at most 5 (10 notifications), Azure at most 2 (5 notifications).
   * @default [0.8, 1.0]
   */
  alertThresholds?: number[];
  /**
   * Who the alerts mail. Without emails, AWS and Azure budgets track spend but send nothing, and
   * GCP mails the billing account's administrators only (a warning says so).
   * @default no emails
   */
  notify?: { emails?: string[] };
  /**
   * What a projection over the budget does: `"warn"` logs the top contributors and cheaper
   * placements; `"fail"` fails the program with that message (in preview, before anything deploys).
   * @default "warn"
   */
  onExceed?: "warn" | "fail";
  /**
   * Cost-allocation tags for everything beneath (owner, cost centre, environment …), normalized per
   * cloud: AWS/Azure tags, GCP labels, Kubernetes labels. Tags a resource sets itself win.
   */
  costTags: Record<string, string>;
  /**
   * The tag the per-cloud budgets count by; added to `costTags`.
   * @default { key: "lepton:budget", value: "<project>/<stack>/<name>" }
   */
  filterTag?: { key: string; value: string };
  /**
   * AWS scope: the account (the tag filter narrows it); checked when it is a plain string.
   * @default the account of the provider's credentials
   */
  aws?: { accountId?: pulumi.Input<string> };
  /**
   * Azure scope: a subscription, or a resource group in it; checked when they are plain strings.
   * @default none: no Azure alert (a warning says so)
   */
  azure?: { subscriptionId: pulumi.Input<string>; resourceGroupName?: pulumi.Input<string> };
  /**
   * GCP scope: the billing account (`XXXXXX-XXXXXX-XXXXXX`), and the project whose notification
   * channels mail `notify.emails`; checked when they are plain strings.
   * @default none: no GCP alert (a warning says so)
   */
  gcp?: { billingAccount: pulumi.Input<string>; notificationProject?: pulumi.Input<string> };
  /** The budget's split across clouds, fractions summing to 1. @default each cloud's share of the projection */
  split?: Partial<Record<Cloud, number>>;
  /**
   * When the budget adds up its subtree: `"auto"` once the program's synchronous part has run and
   * what it created is registered; `"manual"` when `seal()` is called (for programs that create
   * resources beneath it after an `await`).
   * @default "auto"
   */
  seal?: "auto" | "manual";
  /** Explicit providers for the alert resources. @default the default providers */
  providers?: ProviderMap;
}

/** The per-cloud alert resources, once created. */
export interface BudgetAlerts {
  aws?: AwsAlert;
  azure?: AzureAlert;
  gcp?: GcpAlert;
}

/** Everything the budget concluded once its subtree was known. */
export interface BudgetSummary {
  monthlyBudgetUsd: number;
  /** Expected monthly USD (pools at desired capacity). */
  projectedMonthlyUsd: number;
  /** Pools at minimum and at maximum capacity. */
  minMonthlyUsd: number;
  maxMonthlyUsd: number;
  /** Budget minus projection; negative when over. */
  headroomUsd: number;
  overBudget: boolean;
  breakdown: BudgetBreakdown;
  alerts: BudgetAlerts;
  /** Every warning logged (over budget with "warn", unpriced resources, clouds without an alert …). */
  warnings: string[];
}

const ALERTS: { [C in PublicCloud]: AlertBackend<NonNullable<BudgetAlerts[C]>> } = {
  aws: awsAlert,
  azure: azureAlert,
  gcp: gcpAlert,
};

const FIELDS = [
  "monthlyBudgetUsd",
  "alertThresholds",
  "notify",
  "onExceed",
  "costTags",
  "filterTag",
  "aws",
  "azure",
  "gcp",
  "split",
  "seal",
  "providers",
] as const;

/** Fields read while the program runs, and why each must be a plain value, in the field's terms. */
const PLAIN: Partial<Record<(typeof FIELDS)[number], string>> = {
  monthlyBudgetUsd: "the projection is compared with it when the program runs",
  alertThresholds: "they decide how many notifications each cloud's budget gets",
  notify: "the addresses are checked and counted against each cloud's limit",
  onExceed: "it decides whether the program fails when the projection is over budget",
  costTags: "they are rewritten for each cloud and added to every resource beneath",
  filterTag: "it is added to every resource beneath and written into each cloud's budget filter",
  split: "the budget is split across the clouds with it when the program runs",
  seal: "it decides when the budget adds up its subtree",
};

/** Which cloud scopes are given decides which alerts are created; the ids inside may be Outputs. */
const SCOPE_REASON = "which clouds have a scope decides which budget alerts are created";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BILLING_ACCOUNT = /^[0-9A-F]{6}-[0-9A-F]{6}-[0-9A-F]{6}$/i;
const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** The args with defaults filled in. */
interface Resolved {
  monthlyBudgetUsd: number;
  thresholds: number[];
  emails: string[];
  onExceed: "warn" | "fail";
  filterTag: { key: string; value: string };
  costTags: Record<string, string>;
  seal: "auto" | "manual";
  /** Tags and names rewritten to fit a cloud, for the plan to show. */
  normalized: Normalization[];
}

/** Reports fields of a nested object that are not in `known`, under its path. */
function unknownKeys(c: Checker, path: string, obj: object, known: readonly string[]): void {
  const nested = new Checker(path);
  nested.unknownKeys(obj, known);
  c.issues.push(...nested.issues);
}

/** Checks every argument (all problems at once, each with its field, value and fix). */
function checkArgs(name: string, args: BudgetedStackArgs): Resolved {
  if (typeof args !== "object" || args === null || Array.isArray(args))
    throw new ValidationError([
      { path: "args", value: args, expected: "use an object with monthlyBudgetUsd and costTags" },
    ]);
  const a = args as unknown as Record<string, unknown>;
  const c = new Checker("");
  c.unknownKeys(a, FIELDS);
  for (const [f, why] of Object.entries(PLAIN)) assertPlain(a[f], f, why);
  for (const f of ["aws", "azure", "gcp"] as const) assertPlain(a[f], f, SCOPE_REASON, new Set(), 0);
  c.number("monthlyBudgetUsd", a.monthlyBudgetUsd, { exclusiveMin: 0 });

  const thresholds = args.alertThresholds ?? [0.8, 1.0];
  if (!Array.isArray(thresholds) || thresholds.length === 0) {
    c.add("alertThresholds", thresholds, "use a non-empty array of fractions of the budget, e.g. [0.8, 1.0]");
  } else {
    thresholds.forEach((t, i) => {
      const v = c.number(`alertThresholds[${i}]`, t, { exclusiveMin: 0, max: 2 });
      if (v !== undefined && Math.abs(v * 100 - Math.round(v * 100)) > 1e-9)
        c.add(
          `alertThresholds[${i}]`,
          v,
          "use a whole percent as a fraction, e.g. 0.85 (the clouds take whole percents)",
        );
      if (v !== undefined && thresholds.indexOf(t) !== i)
        c.add(`alertThresholds[${i}]`, v, "remove the duplicate threshold");
    });
    if (thresholds.length > 5)
      c.add(
        "alertThresholds",
        thresholds,
        "use at most 5 thresholds: AWS allows 10 notifications per budget, one for actual and one for forecast spend per threshold",
      );
    else if (args.azure !== undefined && thresholds.length > 2)
      c.add(
        "alertThresholds",
        thresholds,
        "use at most 2 thresholds with an Azure scope: Azure allows 5 notifications per budget, one for actual and one for forecast spend per threshold",
      );
  }

  let emails: string[] = [];
  if (args.notify !== undefined) {
    const n = c.object("notify", args.notify);
    if (n) {
      unknownKeys(c, "notify", n, ["emails"]);
      if (n.emails !== undefined) {
        if (!Array.isArray(n.emails))
          c.add("notify.emails", n.emails, 'use an array of addresses, e.g. ["finops@example.com"]');
        else {
          n.emails.forEach((e, i) => {
            if (typeof e !== "string" || !EMAIL.test(e))
              c.add(`notify.emails[${i}]`, e, "use an email address");
          });
          emails = n.emails as string[];
          if (emails.length > 10)
            c.add(
              "notify.emails",
              emails,
              "use at most 10 addresses: AWS allows 10 email subscribers per notification",
            );
          else if (args.gcp !== undefined && emails.length > 5)
            c.add(
              "notify.emails",
              emails,
              "use at most 5 addresses with a GCP scope: a GCP budget takes 5 notification channels",
            );
        }
      }
    }
  }

  if (args.onExceed !== undefined) c.choice("onExceed", args.onExceed, ["warn", "fail"] as const);
  if (args.seal !== undefined) c.choice("seal", args.seal, ["auto", "manual"] as const);

  const tags = c.object("costTags", a.costTags);
  if (tags && Object.keys(tags).length === 0)
    c.add("costTags", tags, 'name at least one tag the bills are split by, e.g. { owner: "platform-team" }');
  if (tags) {
    for (const [k, v] of Object.entries(tags)) {
      if (k.trim() === "") c.add("costTags", tags, "use non-empty tag names");
      else if (!nonEmpty(v)) c.add(`costTags.${k}`, v, "use a non-empty string");
    }
  }
  let filterTag = { key: BUDGET_TAG, value: `${pulumi.getProject()}/${pulumi.getStack()}/${name}` };
  if (args.filterTag !== undefined) {
    const f = c.object("filterTag", args.filterTag);
    if (f) {
      unknownKeys(c, "filterTag", f, ["key", "value"]);
      if (!nonEmpty(f.key)) c.add("filterTag.key", f.key, 'use a tag name, e.g. "cost-center"');
      if (!nonEmpty(f.value)) c.add("filterTag.value", f.value, "use the value resources beneath carry");
      if (nonEmpty(f.key) && nonEmpty(f.value)) filterTag = { key: f.key, value: f.value };
    }
  }

  if (args.aws !== undefined) {
    const s = c.object("aws", args.aws);
    if (s) unknownKeys(c, "aws", s, ["accountId"]);
    if (
      s?.accountId !== undefined &&
      isPlain(s.accountId) &&
      !(typeof s.accountId === "string" && /^\d{12}$/.test(s.accountId))
    )
      c.add("aws.accountId", s.accountId, "use the 12-digit AWS account id");
  }
  if (args.azure !== undefined) {
    const s = c.object("azure", args.azure);
    if (s) unknownKeys(c, "azure", s, ["subscriptionId", "resourceGroupName"]);
    if (
      s &&
      isPlain(s.subscriptionId) &&
      !(typeof s.subscriptionId === "string" && GUID.test(s.subscriptionId))
    )
      c.add(
        "azure.subscriptionId",
        s.subscriptionId,
        'use the subscription id, a GUID such as "00000000-0000-0000-0000-000000000000"',
      );
    if (s?.resourceGroupName !== undefined && isPlain(s.resourceGroupName) && !nonEmpty(s.resourceGroupName))
      c.add(
        "azure.resourceGroupName",
        s.resourceGroupName,
        "use the name of a resource group in that subscription",
      );
  }
  if (args.gcp !== undefined) {
    const s = c.object("gcp", args.gcp);
    if (s) unknownKeys(c, "gcp", s, ["billingAccount", "notificationProject"]);
    if (
      s &&
      isPlain(s.billingAccount) &&
      !(typeof s.billingAccount === "string" && BILLING_ACCOUNT.test(s.billingAccount))
    )
      c.add(
        "gcp.billingAccount",
        s.billingAccount,
        'use the billing account id, e.g. "012345-6789AB-CDEF01"',
      );
  }

  if (args.split !== undefined) {
    const s = c.object("split", args.split);
    if (s) {
      unknownKeys(c, "split", s, CLOUDS);
      const values = Object.entries(s).map(([k, v]) =>
        c.number(`split.${k}`, v, { exclusiveMin: 0, max: 1 }),
      );
      const sum = values.reduce<number>((t, v) => t + (v ?? 0), 0);
      if (values.every((v) => v !== undefined) && Math.abs(sum - 1) > 1e-6)
        c.issues.push({
          path: "split",
          value: s,
          problem: `sums to ${Math.round(sum * 1e6) / 1e6}`,
          expected: "make the fractions sum to 1, e.g. { aws: 0.5, azure: 0.25, gcp: 0.25 }",
        });
    }
  }
  // The alerts' names on the clouds they may be created on, and the tags as every cloud takes them.
  c.issues.push(
    ...checkChildNames(name, [
      { type: "aws:budgets/budget:Budget", name: `${name}-alert-aws` },
      ...(args.azure !== undefined
        ? [{ type: "azure-native:consumption:Budget", name: `${name}-alert-azure` }]
        : []),
    ]),
  );
  const normalized: Normalization[] = [];
  if (c.issues.length === 0) {
    for (const cloud of CLOUDS) {
      for (const [field, tags] of [
        ["costTags", args.costTags],
        ["filterTag", { [filterTag.key]: filterTag.value }],
      ] as const) {
        const checked = checkTags(cloud, tags, field);
        c.issues.push(
          ...checked.issues.filter((i) => !c.issues.some((j) => formatIssue(j) === formatIssue(i))),
        );
        normalized.push(...checked.normalized);
      }
    }
    const displayName = gcpBudgetDisplayName(name);
    if (args.gcp !== undefined && displayName !== `${name} (Lepton budget)`)
      normalized.push({
        cloud: "gcp",
        field: "name",
        kind: "resource names",
        original: `${name} (Lepton budget)`,
        normalized: displayName,
        reason: "GCP budget display names stop at 60 characters",
      });
  }
  throwIfIssues(c.issues, `BudgetedStack "${name}"`);
  const costTags = { ...args.costTags, [filterTag.key]: filterTag.value };
  return {
    monthlyBudgetUsd: args.monthlyBudgetUsd,
    thresholds: [...thresholds].sort((x, y) => x - y),
    emails,
    onExceed: args.onExceed ?? "warn",
    filterTag,
    costTags,
    seal: args.seal ?? "auto",
    normalized,
  };
}

/**
 * A monthly budget over everything created beneath it. Lepton components report their estimate;
 * raw resources are priced by the sdk's cost engine through a resource transform that also adds
 * the cost tags (normalized per cloud). Once the program has registered its resources, the
 * budget projects the monthly cost, warns or fails when it is over (with the top contributors and
 * cheaper placements from the catalog), and creates a budget alert on each cloud with resources
 * beneath: `aws.budgets.Budget`, azure-native `consumption.Budget`, `gcp.billing.Budget`.
 *
 * Limits: resources created after the budget settled (after an `await`, with `seal: "auto"`) are
 * tagged but not counted, with a warning; use `seal: "manual"` and call `seal()` in such programs.
 * A resource beneath must not take the budget's outputs as inputs: the budget waits for it.
 *
 * @example
 * ```ts
 * const budget = new BudgetedStack("platform", {
 *   monthlyBudgetUsd: 500,
 *   costTags: { owner: "platform-team", "cost-center": "cc-42", environment: "prod" },
 *   notify: { emails: ["finops@example.com"] },
 *   azure: { subscriptionId: "00000000-0000-0000-0000-000000000000" },
 *   gcp: { billingAccount: "012345-6789AB-CDEF01" },
 *   onExceed: "fail",
 * });
 * new MultiCloudBucket("assets", { storage: { expectedGb: 500 } }, { parent: budget });
 * export const projected = budget.projectedMonthlyUsd;
 * ```
 */
export class BudgetedStack extends pulumi.ComponentResource {
  readonly monthlyBudgetUsd: number;
  /** The canonical cost tags applied beneath (with the filter tag). */
  readonly costTags: Record<string, string>;
  /** Expected monthly USD of everything beneath (pools at desired capacity). */
  readonly projectedMonthlyUsd: pulumi.Output<number>;
  /** The projection with pools at minimum and at maximum capacity. */
  readonly projectedRangeUsd: pulumi.Output<{ minMonthlyUsd: number; maxMonthlyUsd: number }>;
  /** By cloud (with each cloud's part of the budget) and by component, and what could not be priced. */
  readonly breakdown: pulumi.Output<BudgetBreakdown>;
  /** Budget minus projection; negative when over. */
  readonly headroomUsd: pulumi.Output<number>;
  /** The per-cloud alert resources, once created. */
  readonly alerts: Promise<BudgetAlerts>;
  private readonly summary: Promise<BudgetSummary>;
  private readonly startSettling: () => void;
  private readonly budgetName: string;

  constructor(name: string, args: BudgetedStackArgs, opts: pulumi.ComponentResourceOptions = {}) {
    const resolved = checkArgs(name, args);
    const self: { budget?: BudgetedStack } = {};
    const ledger = new Ledger(
      resolved.costTags,
      async (parentUrn, child) =>
        parentUrn === (await urnOf(self.budget!)) && child.startsWith(`${name}-alert-`),
      (what) =>
        pulumi.log.warn(
          `${what} was created beneath the budget after it settled: it is tagged but not counted; create it before the program's first await, or use seal: "manual" and call seal() after`,
          self.budget,
        ),
    );
    super(
      TYPE,
      name,
      {
        monthlyBudgetUsd: resolved.monthlyBudgetUsd,
        alertThresholds: resolved.thresholds,
        onExceed: resolved.onExceed,
        costTags: resolved.costTags,
        ...(args.split ? { split: args.split } : {}),
        ...normalizedInput(resolved.normalized),
      },
      // The budget's transform comes last, so it sees what the user's transforms made.
      { ...opts, transforms: [...(opts.transforms ?? []), ledger.transform] },
    );
    self.budget = this;
    this.budgetName = name;
    this.monthlyBudgetUsd = resolved.monthlyBudgetUsd;
    this.costTags = resolved.costTags;
    registerCostSink(this, { report: (r, from) => ledger.report(r, from), costTags: resolved.costTags });

    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    this.startSettling = start;
    // After the program's synchronous part: everything it created beneath exists by then.
    if (resolved.seal === "auto") setImmediate(start);
    this.summary = started.then(() => this.conclude(ledger, resolved, args));
    this.alerts = this.summary.then((s) => s.alerts);
    this.projectedMonthlyUsd = pulumi.output(this.summary.then((s) => s.projectedMonthlyUsd));
    this.projectedRangeUsd = pulumi.output(
      this.summary.then((s) => ({ minMonthlyUsd: s.minMonthlyUsd, maxMonthlyUsd: s.maxMonthlyUsd })),
    );
    this.breakdown = pulumi.output(this.summary.then((s) => s.breakdown));
    this.headroomUsd = pulumi.output(this.summary.then((s) => s.headroomUsd));
    this.registerOutputs({
      monthlyBudgetUsd: this.monthlyBudgetUsd,
      projectedMonthlyUsd: this.projectedMonthlyUsd,
      projectedRangeUsd: this.projectedRangeUsd,
      breakdown: this.breakdown,
      headroomUsd: this.headroomUsd,
    });
  }

  /**
   * Adds up the subtree now (with `seal: "manual"`, the only way it happens) and returns what the
   * budget concluded. Over the budget with `onExceed: "fail"`, the program fails and no alert is
   * created; the summary still says what was projected.
   */
  seal(): Promise<BudgetSummary> {
    this.startSettling();
    return this.summary;
  }

  /** Settles the subtree, projects its cost, judges it against the budget and creates the alerts. */
  private async conclude(
    ledger: Ledger,
    resolved: Resolved,
    args: BudgetedStackArgs,
  ): Promise<BudgetSummary> {
    const { byKey, urns } = await ledger.settle(this);
    // A report from inside another reporting component is part of that one's estimate.
    const reports = ledger.reports
      .filter(({ from }) => !from || !coveredByReport(parentOf(from)))
      .map((r) => r.report);
    const raw: RawToPrice[] = [];
    for (const entry of ledger.raw.values()) {
      const resource = byKey.get(entry.key);
      if (resource && coveredByReport(resource)) continue;
      raw.push({ resource: entry, group: resource ? this.ownerOf(resource, urns) : undefined });
    }
    const { catalog, clouds } = leptonConfig();
    const projection = project(reports, raw, catalog, providerRegions());
    const budget = resolved.monthlyBudgetUsd;
    const shares = splitBudget(budget, projection.lines, args.split);
    const breakdown: BudgetBreakdown = {
      byCloud: byCloud(projection.lines, shares),
      byComponent: projection.lines,
      unpriced: projection.unpriced,
    };
    const usd = (x: number) => `$${x.toFixed(2)}`;
    const warnings: string[] = [];
    const overShares = args.split
      ? Object.entries(breakdown.byCloud)
          .filter(([, t]) => t.monthlyUsd > t.budgetUsd + 0.005)
          .map(
            ([cloud, t]) =>
              `${cloud}: projected ${usd(t.monthlyUsd)}/month exceeds its ${usd(t.budgetUsd)} share (split.${cloud} = ${args.split![cloud as Cloud] ?? 0})`,
          )
      : [];
    const overBudget = projection.monthlyUsd > budget + 0.005 || overShares.length > 0;
    if (overBudget) {
      const message = overBudgetMessage({
        name: this.budgetName,
        budgetUsd: budget,
        projection,
        lines: projection.lines,
        overShares,
        suggestions: cheaperPlacements(reports, catalog, clouds),
        onExceed: resolved.onExceed,
      });
      if (resolved.onExceed === "fail") {
        // An unhandled rejection is how an asynchronous check fails a Pulumi program: the language
        // host reports it as the program's error, on this resource, and the preview fails.
        void Promise.reject(new pulumi.ResourceError(message, this, true));
      } else {
        warnings.push(message);
      }
    } else if (projection.maxMonthlyUsd > budget + 0.005) {
      warnings.push(
        `the projection is within the budget, but at maximum capacity it is ${usd(projection.maxMonthlyUsd)}/month, ${usd(projection.maxMonthlyUsd - budget)} over`,
      );
    }
    if (projection.unpriced.length > 0) {
      warnings.push(
        `${projection.unpriced.length} resource(s) beneath could not be priced and are left out of the projection:\n` +
          projection.unpriced.map((u) => `  - ${u.type} "${u.name}": ${u.reason}`).join("\n"),
      );
    }
    const alerts: BudgetAlerts = {};
    const failing = overBudget && resolved.onExceed === "fail";
    for (const cloud of failing ? [] : (Object.keys(breakdown.byCloud) as Cloud[])) {
      if (cloud === "kubernetes") {
        warnings.push(
          `kubernetes: a cluster has no billing budget to create; its ${usd(breakdown.byCloud.kubernetes!.monthlyUsd)}/month counts toward the projection only`,
        );
        continue;
      }
      const backend = ALERTS[cloud] as AlertBackend<unknown>;
      const unscoped = backend.unscoped(args);
      if (unscoped) {
        warnings.push(unscoped);
        continue;
      }
      const amountUsd = shares[cloud] ?? 0;
      if (amountUsd <= 0) {
        warnings.push(`${cloud}: the split gives it no part of the budget, so no alert was created there`);
        continue;
      }
      const provider = args.providers?.[cloud];
      const built = backend.create(
        {
          name: this.budgetName,
          amountUsd,
          thresholds: resolved.thresholds,
          emails: resolved.emails,
          filterTag: resolved.filterTag,
          costTags: resolved.costTags,
          args,
        },
        { parent: this, ...(provider ? { provider } : {}) },
      );
      (alerts as Record<string, unknown>)[cloud] = built.resources;
      warnings.push(...built.warnings);
    }
    for (const w of warnings) pulumi.log.warn(w, this);
    return {
      monthlyBudgetUsd: budget,
      projectedMonthlyUsd: projection.monthlyUsd,
      minMonthlyUsd: projection.minMonthlyUsd,
      maxMonthlyUsd: projection.maxMonthlyUsd,
      headroomUsd: Math.round((budget - projection.monthlyUsd) * 100) / 100,
      overBudget,
      breakdown,
      alerts,
      warnings,
    };
  }

  /** The nearest component (beneath the budget) a raw resource sits in, so its cost is shown under it. */
  private ownerOf(
    resource: pulumi.Resource,
    urns: Map<pulumi.Resource, string>,
  ): { type: string; name: string } | undefined {
    for (let r = parentOf(resource); r && r !== this; r = parentOf(r)) {
      const urn = urns.get(r);
      if (urn && pulumi.ComponentResource.isInstance(r)) return fromUrn(urn);
    }
    return undefined;
  }
}
