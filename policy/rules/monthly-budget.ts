import type {
  PolicyConfigSchema,
  ReportViolation,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { priceResource } from "../../sdk/cost/price-resource";
import type { Priced } from "../../sdk/cost/types";
import { RULES } from "../lib/names";
import { advisory, usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, configOf, exemptionFrom } from "../lib/rule";
import { catalogFor, ConfigCheck } from "../lib/settings";
import { isUnknown, Props, providerRegion, Subject, subjectOf } from "../lib/subject";

export interface MonthlyBudgetConfig {
  budgetUsd: number | null;
  topContributors: number;
  catalogFile: string;
}

const BUDGETED_STACK = "lepton-multicloud:index:BudgetedStack";

const schema: PolicyConfigSchema = {
  properties: {
    budgetUsd: {
      type: ["number", "null"],
      minimum: 0,
      default: null,
      description:
        "Most the whole stack may cost per month, USD; null: only budgets declared by BudgetedStack components apply.",
    },
    topContributors: {
      type: "integer",
      minimum: 1,
      default: 5,
      description: "How many of the costliest resources a violation lists.",
    },
    catalogFile: CATALOG_FILE_SCHEMA,
  },
};

interface Line {
  s: Subject;
  price: Priced;
}

/** Budgets in force: the configured one over the whole stack, and each BudgetedStack's over its subtree. */
function budgets(subjects: Subject[], parents: Map<string, string | undefined>, config: MonthlyBudgetConfig) {
  const out: { usd: number; what: string; urn?: string; covers: (s: Subject) => boolean }[] = [];
  if (config.budgetUsd !== null && config.budgetUsd !== undefined)
    out.push({
      usd: config.budgetUsd,
      what: `the stack budget (${RULES.monthlyBudget}.budgetUsd)`,
      covers: () => true,
    });
  for (const b of subjects.filter((x) => x.type === BUDGETED_STACK)) {
    const amount = b.props.monthlyBudgetUsd;
    if (typeof amount !== "number") continue;
    out.push({
      usd: amount,
      what: `the budget of BudgetedStack ${b.name}`,
      urn: b.urn,
      covers: (s) => {
        for (let p = parents.get(s.urn); p; p = parents.get(p)) if (p === b.urn) return true;
        return false;
      },
    });
  }
  return out;
}

/**
 * The projected monthly cost of every priced resource (sdk cost engine, on-demand list prices,
 * 730 h) stays within the stack budget and each BudgetedStack's budget; a violation lists the top
 * contributors and what could not be priced.
 */
export const monthlyBudget: StackValidationPolicy & { configCheck: ConfigCheck } = {
  name: RULES.monthlyBudget,
  description: "The projected monthly cost must stay within the budget.",
  enforcementLevel: "mandatory",
  configSchema: schema,
  configCheck: { name: RULES.monthlyBudget, properties: Object.keys(schema.properties) },
  validateStack: (args: StackValidationArgs, report: ReportViolation) => {
    const config = configOf<MonthlyBudgetConfig>(schema, args);
    const catalog = catalogFor(config.catalogFile);
    const subjects = args.resources.map((r) =>
      subjectOf({ type: r.type, name: r.name, urn: r.urn, props: r.props, provider: r.provider }),
    );
    const parents = new Map(args.resources.map((r) => [r.urn, r.parent?.urn ?? r.opts.parent]));
    const found = budgets(subjects, parents, config);
    if (found.length === 0)
      args.notApplicable(
        `no budget: set ${RULES.monthlyBudget}.budgetUsd or declare a BudgetedStack with monthlyBudgetUsd`,
      );
    // Groups name their launch template by id or name: let the engine look them up.
    const byRef = new Map<string, Subject>();
    for (const s of subjects)
      for (const k of ["id", "name", "arn", "selfLink"]) {
        const v = s.props[k];
        if (typeof v === "string" && !isUnknown(v)) byRef.set(v, s);
      }
    const resolve = (ref: string) => {
      const t = byRef.get(ref);
      return t ? { type: t.type, props: t.props as Props } : undefined;
    };
    const priced: Line[] = [];
    const unpriced: { s: Subject; reason: string }[] = [];
    const exempt: Subject[] = [];
    for (const s of subjects) {
      if (!s.cloud || s.type.startsWith("pulumi:providers:")) continue;
      if (exemptionFrom(s.props, RULES.monthlyBudget)) {
        exempt.push(s);
        continue;
      }
      const price = priceResource(s.type, s.props, { catalog, region: providerRegion(s), resolve });
      if (price.priced) {
        if (price.monthlyUsd > 0) priced.push({ s, price });
      } else if (!/is not priced by the cost engine/.test(price.reason))
        unpriced.push({ s, reason: price.reason });
    }
    for (const budget of found) {
      const lines = priced
        .filter((l) => budget.covers(l.s))
        .sort((a, b) => b.price.monthlyUsd - a.price.monthlyUsd);
      const missing = unpriced.filter((u) => budget.covers(u.s));
      const total = Math.round(lines.reduce((t, l) => t + l.price.monthlyUsd, 0) * 100) / 100;
      const notPriced = missing.length
        ? ` ${missing.length} resource(s) could not be priced: ${missing
            .slice(0, 3)
            .map((u) => `${u.s.name} (${u.reason})`)
            .join("; ")}${missing.length > 3 ? "; …" : ""}.`
        : "";
      const skipped = exempt.filter((s) => budget.covers(s));
      const exempted = skipped.length
        ? ` Exempt and not counted: ${skipped.map((s) => s.name).join(", ")}.`
        : "";
      if (total > budget.usd) {
        const top = lines
          .slice(0, config.topContributors)
          .map(
            (l) =>
              `${l.s.name} ${usd(l.price.monthlyUsd)} (${l.price.lines.map((x) => x.item).join(" + ")}${l.price.region ? `, ${l.price.region}` : ""})`,
          )
          .join("; ");
        report(
          `projected ${usd(total)}/month exceeds ${budget.what} of ${usd(budget.usd)} by ${usd(total - budget.usd)}; top contributors: ${top}. Cut at least ${usd(total - budget.usd)}/month: resize or remove the top contributors (see rightsize-underutilized and cheaper-region-available), or raise the budget.${notPriced}${exempted}`,
          budget.urn,
        );
      } else if (missing.length) {
        advisory(
          report,
          `projected ${usd(total)}/month is within ${budget.what} of ${usd(budget.usd)}, but the figure is incomplete.${notPriced}${exempted}`,
          budget.urn,
        );
      }
    }
  },
};
