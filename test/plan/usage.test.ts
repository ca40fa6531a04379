import { placementsView } from "../../cli/plan/placements";
import { describe, expect, it, vi } from "vitest";
import { usageTemplate } from "../../cli/commands/usage";
import { summarize } from "../../cli/plan/plan";
import { priceResources } from "../../cli/plan/pricing";
import type { RecordedResource } from "../../cli/plan/recorder";
import { htmlReport } from "../../cli/plan/report-html";
import { jsonReport } from "../../cli/plan/report-json";
import { markdownReport } from "../../cli/plan/report-markdown";
import { tableReport } from "../../cli/plan/report-table";
import type { PlanResult } from "../../cli/plan/result";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { parseUsageFile, usageFor, validateUsageFile } from "../../sdk/cost/usage-file";

/**
 * A usage-based type for these tests only: $0.01 an hour fixed, plus $0.20 per 1M requests and
 * $0.0000166667 per GB-second, built with the engine's own `priced`/`usageCharge` helpers. The
 * engine's registry is left as it is; only `priceResource` learns this one extra token.
 */
const METERED = "test:index:Metered";
vi.mock("../../sdk/cost/price-resource", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../sdk/cost/price-resource")>();
  const { priced, usageCharge } = await import("../../sdk/cost/helpers");
  return {
    ...real,
    priceResource: (
      type: string,
      props: Record<string, unknown>,
      ctx: import("../../sdk/cost/types").PriceContext,
    ) =>
      type === "test:index:Metered"
        ? priced("aws", ctx.region, [{ item: "fixed part", hourlyUsd: 0.01 }], [], {
            usage: [
              usageCharge(ctx, {
                key: "monthlyRequests",
                quantityUnit: "requests per month",
                unit: "1M requests",
                unitSize: 1e6,
                usdPerUnit: 0.2,
                source: "test price, 2026-01-01",
              }),
              usageCharge(ctx, {
                key: "monthlyGbSeconds",
                quantityUnit: "GB-seconds per month",
                unit: "GB-second",
                unitSize: 1,
                usdPerUnit: 0.0000166667,
                source: "test price, 2026-01-01",
              }),
            ],
          })
        : real.priceResource(type, props, ctx),
  };
});

const catalog = loadCatalog();
const STACK = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
const PROVIDER = "urn:pulumi:dev::p::pulumi:providers:aws::default_7_0_0";

function resource(type: string, name: string, extra: Partial<RecordedResource> = {}): RecordedResource {
  return {
    urn: `urn:pulumi:dev::p::${type}::${name}`,
    type,
    name,
    custom: true,
    parent: STACK,
    provider: PROVIDER,
    dependencies: [],
    propertyDependencies: {},
    inputs: {},
    ...extra,
  };
}

const RESOURCES = [
  resource("pulumi:pulumi:Stack", "p-dev", {
    urn: STACK,
    custom: false,
    parent: undefined,
    provider: undefined,
  }),
  resource("pulumi:providers:aws", "default_7_0_0", {
    urn: PROVIDER,
    parent: undefined,
    provider: undefined,
    inputs: { region: "us-east-1" },
  }),
  resource(METERED, "api-handler"),
  resource(METERED, "worker"),
  resource("aws:ec2/vpc:Vpc", "net"),
  resource("aws:ec2/instance:Instance", "web", { inputs: { instanceType: "m6i.large" } }),
  resource("acme:index:Thing", "thing"),
  resource("aws:ec2/instance:Instance", "old", { inputs: { instanceType: "m6i.large" }, read: true }),
];

/** A plan result of RESOURCES, priced with the given usage file (or none). */
function plan(usage?: Parameters<typeof validateUsageFile>[0]): PlanResult {
  const file = usage === undefined ? undefined : validateUsageFile(usage);
  const byUrn = new Map(RESOURCES.map((r) => [r.urn, r]));
  const priced = priceResources(
    RESOURCES,
    (u) => byUrn.get(u),
    catalog,
    {},
    file ? (r) => usageFor(file, r) : undefined,
  );
  return {
    project: { name: "p", stack: "dev", dir: "/tmp/p" },
    recordedCount: RESOURCES.length,
    priced,
    ...summarize(priced),
    budget: null,
    policy: null,
    violations: [],
    remediations: [],
    exemptions: [],
    placements: placementsView([]),
    notes: [],
  };
}

const entry = (result: PlanResult, name: string) => result.entries.find((e) => e.name === name)!;
const FIXED = 7.3; // $0.01 an hour × 730

describe("plan with usage-based resources", () => {
  it("without usage: prices the fixed part, lists the unit prices in the note and counts the resource apart", () => {
    const result = plan();
    const api = entry(result, "api-handler");
    expect(api.monthlyUsd).toBe(FIXED);
    expect(api.usageUnknown).toBe(true);
    expect(api.note).toBe(
      "fixed part; usage not in the figure: $0.2 per 1M requests (monthlyRequests); $0.0000166667 per GB-second (monthlyGbSeconds)",
    );
    expect(api.usage).toEqual([
      expect.objectContaining({ key: "monthlyRequests", usdPerUnit: 0.2, quantity: null, monthlyUsd: null }),
      expect.objectContaining({ key: "monthlyGbSeconds", quantity: null, monthlyUsd: null }),
    ]);
    expect(result.totals.usageBased).toBe(2);
    // Billable: the two metered resources, the instance and the unknown type; not the VPC (free),
    // the provider, the stack or the resource read with .get().
    expect(result.coverage).toEqual({ billable: 4, priced: 3, usageBased: 2, unpriced: 1, pct: 75 });
  });

  it("with usage: merges type defaults and the resource's own entry into ctx.usage, and adds the charges", () => {
    const result = plan({
      version: 1,
      defaults: { [METERED]: { monthlyRequests: 1_000_000, monthlyGbSeconds: 400_000 } },
      resources: { "api-handler": { monthlyRequests: 25_000_000 } },
    });
    const api = entry(result, "api-handler");
    // 25M requests × $0.20/1M = $5; 400,000 GB-s × $0.0000166667 = $6.67.
    expect(api.monthlyUsd).toBeCloseTo(FIXED + 5 + 6.66668, 2);
    expect(api.usageUnknown).toBe(false);
    expect(api.note).toContain("25,000,000 requests per month × $0.2/1M requests");
    expect(api.note).not.toContain("usage not in the figure");
    expect(api.usage?.map((u) => [u.key, u.quantity, u.monthlyUsd])).toEqual([
      ["monthlyRequests", 25_000_000, 5],
      ["monthlyGbSeconds", 400_000, 6.67],
    ]);
    expect(entry(result, "worker").monthlyUsd).toBeCloseTo(FIXED + 0.2 + 6.66668, 2);
    expect(result.totals.usageBased).toBe(0);
    expect(result.coverage.usageBased).toBe(0);
  });

  it("counts a resource apart while any of its charges lacks a quantity", () => {
    const result = plan({ version: 1, resources: { worker: { monthlyRequests: 10 } } });
    expect(entry(result, "worker").usageUnknown).toBe(true);
    expect(entry(result, "worker").note).toMatch(
      /usage not in the figure: \$0\.0000166667 per GB-second \(monthlyGbSeconds\)$/,
    );
    expect(result.totals.usageBased).toBe(2);
  });
});

describe("reports of usage-based resources and coverage", () => {
  const result = plan();

  it("table: coverage line, the usage-based sentence and each resource's unit prices", () => {
    const text = tableReport(result);
    expect(text).toContain("Coverage: 3 of 4 billable resources priced (75 %)");
    expect(text).toContain(
      "Usage: 2 usage-based resources priced at their fixed part only (see their notes); give quantities with --usage",
    );
    expect(text).toContain(
      "  api-handler (test:index:Metered): $7.30 + usage not in the figure: $0.2 per 1M requests (monthlyRequests)",
    );
  });

  it("JSON: coverage, totals.usageBased, and the usage charges of each usage-based resource", () => {
    const json = jsonReport(result) as {
      coverage: unknown;
      totals: { usageBased: number };
      resources: { name: string; usage?: unknown[]; usageUnknown?: boolean }[];
    };
    expect(json.coverage).toEqual({ billable: 4, priced: 3, usageBased: 2, unpriced: 1, pct: 75 });
    expect(json.totals.usageBased).toBe(2);
    const api = json.resources.find((r) => r.name === "api-handler")!;
    expect(api.usageUnknown).toBe(true);
    expect(api.usage).toHaveLength(2);
    expect(json.resources.find((r) => r.name === "web")).not.toHaveProperty("usage");
  });

  it("Markdown: coverage in the summary line, the usage-based sentence and the list", () => {
    const md = markdownReport(result);
    const summary = md.split("\n").find((l) => /^(✅|❌) /.test(l));
    expect(summary).toContain(" · 3 of 4 billable resources priced (75 %)");
    expect(md).toContain("⚠️ 2 usage-based resources priced at their fixed part only");
    expect(md).toContain("<summary>Priced without usage: fixed part only (2)</summary>");
  });

  it("HTML: a coverage card and the usage-based sentence", () => {
    const html = htmlReport(result);
    expect(html).toContain(
      '<div class="card" id="card-coverage">Coverage<b>75 %</b>3 of 4 billable resources priced (75 %)<br>2 usage-based (fixed part only)</div>',
    );
    expect(html).toContain(
      '<p id="usage-based" class="bad">2 usage-based resources priced at their fixed part only (see their notes); give quantities with --usage</p>',
    );
    expect(html).toContain("usage not in the figure: $0.2 per 1M requests (monthlyRequests)");
  });

  it("with every quantity given, no report mentions usage-based resources", () => {
    const full = plan({ version: 1, defaults: { [METERED]: { monthlyRequests: 1, monthlyGbSeconds: 1 } } });
    expect(tableReport(full)).not.toContain("usage-based");
    expect(markdownReport(full)).not.toContain("usage-based");
    expect(tableReport(full)).toContain("Coverage: 3 of 4 billable resources priced (75 %)");
  });
});

describe("usage init template", () => {
  it("lists every usage-based resource with its keys, unit prices and sources, all commented out, and parses back empty", () => {
    const text = usageTemplate(plan(), "infra");
    expect(text).toContain("  api-handler:\n");
    expect(text).toContain(
      "    # monthlyRequests: 0  # requests per month; $0.2 per 1M requests (us-east-1; test price, 2026-01-01)",
    );
    expect(text).toContain("    # monthlyGbSeconds: 0  # GB-seconds per month; $0.0000166667 per GB-second");
    expect(text).toContain("  # test:index:Metered in us-east-1: $7.30/month without its usage");
    expect(text).not.toContain("web:"); // not usage-based
    const file = parseUsageFile(text);
    expect(file).toEqual({
      version: 1,
      defaults: { [METERED]: {} },
      resources: { "api-handler": {}, worker: {} },
    });
    // Uncommented, every key is a quantity of 0 the plan accepts.
    const filled = parseUsageFile(text.replace(/^(\s*)# (\w+: 0)\b/gm, "$1$2"));
    expect(filled.resources["api-handler"]).toEqual({ monthlyRequests: 0, monthlyGbSeconds: 0 });
    expect(filled.defaults[METERED]).toEqual({ monthlyRequests: 0, monthlyGbSeconds: 0 });
  });

  it("keys resources by URN where two usage-based resources share a name", () => {
    const twin = {
      ...RESOURCES[3],
      urn: RESOURCES[3].urn.replace("::worker", "$acme:index:Job::worker"),
      parent: STACK,
    };
    const base = plan();
    const byUrn = new Map([...RESOURCES, twin].map((r) => [r.urn, r]));
    const priced = priceResources([...RESOURCES, twin], (u) => byUrn.get(u), catalog);
    const text = usageTemplate({ ...base, priced, ...summarize(priced) }, ".");
    const file = parseUsageFile(text);
    expect(Object.keys(file.resources).sort()).toEqual(["api-handler", RESOURCES[3].urn, twin.urn].sort());
  });

  it("says so when the program has no usage-based resource", () => {
    const none = plan();
    const priced = none.priced.filter((p) => p.resource.type !== METERED);
    const text = usageTemplate({ ...none, priced, ...summarize(priced) }, ".");
    expect(text).toContain("# No resource of this program has a usage-based charge in the cost engine");
    expect(parseUsageFile(text)).toEqual({ version: 1, defaults: {}, resources: {} });
  });
});
