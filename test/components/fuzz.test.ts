import * as pulumi from "@pulumi/pulumi";
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { LeptonError } from "../../sdk/errors";
import { place, PlacementError } from "../../sdk/placement/place";
import { checkTags } from "../../sdk/tags";
import { validateComputeUnit } from "../../sdk/units/compute";
import { validateStorageUnit } from "../../sdk/units/storage";
import { installMocks, Recorded, settleAll } from "../helpers/mocks";

/**
 * Any input either builds or fails with an error that names a field: a LeptonError whose every
 * problem starts with the field's path (or a PlacementError naming the constraint), never a
 * TypeError or RangeError from deep inside. The sdk's validation takes 200 runs per property;
 * the components, which register resources under the mocks, fewer.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20260817);

/** Values a user might pass by mistake anywhere, an Output (of a value known or not) among them. */
const junk = fc.oneof(
  fc.constantFrom(undefined, null, true, NaN, Infinity, -1, 0, "", "x", [], {}),
  fc.constantFrom(1, "x", { vcpus: 1 }).map((v) => pulumi.output(v)),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);
/**
 * Mostly a valid value, now and then a mistake: inputs near the valid ones reach the deep code
 * (placement, the backends), where a stray TypeError would hide; pure junk stops at the checks.
 */
const maybe = <T>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<unknown> = junk): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: wrong });
const optional = { requiredKeys: [] as never[] };

const REGIONS = ["us-east-1", "eu-central-1", "westeurope", "eastus", "us-east1", "europe-west4", "mars-1"];
/** An optional field: absent about one time in `freq`. */
const opt = (a: fc.Arbitrary<unknown>, freq = 3) => fc.option(a, { nil: undefined, freq });
const unitArb = maybe(
  fc.record({
    vcpus: maybe(fc.constantFrom(0.5, 1, 2, 4, 16), fc.constantFrom(0, 500, -1)),
    memoryGiB: maybe(fc.constantFrom(0.5, 1, 2, 8, 64), fc.constantFrom(0, 30000)),
    arch: opt(maybe(fc.constantFrom("x86_64", "arm64"), fc.constant("sparc"))),
    // GPUs are rare in the catalog: asked for now and then.
    gpu: fc.oneof(
      { weight: 7, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: maybe(
          fc.record({
            count: maybe(fc.constantFrom(1, 2), fc.constantFrom(0, 20)),
            model: opt(maybe(fc.constantFrom("T4", "A100"), fc.constant("V100"))),
          }),
        ),
      },
    ),
    diskGiB: opt(maybe(fc.constantFrom(8, 20, 100), fc.constantFrom(0, 70000, 10.5))),
    diskClass: opt(maybe(fc.constantFrom("standard", "ssd"), fc.constant("nvme"))),
    image: opt(maybe(fc.constantFrom("ubuntu-22.04", "ubuntu-24.04", "debian-12"), fc.constant("windows"))),
  }),
);
/** Placements that are valid as written, and mutations of their fields. */
const placementArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      undefined,
      {},
      { cloud: "aws", region: "us-east-1" },
      { cloud: "azure", region: "westeurope" },
      { cloud: "gcp", region: "europe-west4" },
      { cloud: "kubernetes" },
      { geography: "eu" },
      { clouds: ["aws", "gcp"], maxHourlyUsd: 0.5 },
      { cloud: "aws", instanceType: "m7i.large" },
      { families: ["n2d"] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        cloud: maybe(fc.constantFrom("aws", "azure", "gcp", "kubernetes"), fc.constant("oracle")),
        clouds: maybe(fc.subarray(["aws", "azure", "gcp"]), fc.constant(["ibm"])),
        region: maybe(fc.constantFrom(...REGIONS)),
        regions: maybe(fc.array(fc.constantFrom(...REGIONS), { maxLength: 3 })),
        geography: maybe(fc.constantFrom("us", "eu", "asia"), fc.constant("moon")),
        instanceType: maybe(
          fc.constantFrom("t3.micro", "m7i.large", "Standard_D2s_v5", "e2-standard-2"),
          fc.constant("nope"),
        ),
        maxHourlyUsd: maybe(fc.constantFrom(0.01, 0.1, 10), fc.constantFrom(-1, 0)),
        allowBurstable: maybe(fc.boolean()),
        families: maybe(
          fc.array(fc.constantFrom("m7i", "n2d", "Ds_v5"), { minLength: 1, maxLength: 2 }),
          fc.constant(["zz"]),
        ),
      },
      optional,
    ),
  },
  { weight: 1, arbitrary: junk },
);
/** Component names: plain, mixed case, punctuated, unicode, long. */
const nameArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("web", "api-") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "Web_Server.1",
      "my pool",
      "日本",
      "café",
      "a".repeat(70),
      "-x-",
      "9lives",
      "internal-api",
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
);
const tagsArb = fc.option(
  maybe(
    fc.dictionary(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom("team", "Team", "owner", "cost/centre", "Cost Center") },
        { weight: 1, arbitrary: fc.constantFrom("aws:x", "a<b>", "k".repeat(130)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      maybe(
        fc.constantFrom("core", "R&D 42", "web"),
        fc.oneof(fc.constant("v".repeat(300)), fc.string({ maxLength: 8 })),
      ),
      { maxKeys: 3 },
    ),
  ),
  { nil: undefined },
);

/** A problem line starts with one of these fields (or `args.` and one of them), then its path. */
function startsWithField(line: string, roots: readonly string[]): boolean {
  const bare = line.replace(/^args\./, "");
  // A field that does not exist is named by its own path: "colour: is not a known field; did you mean …".
  if (/^[^\n]+?: is not a known field; /.test(bare)) return true;
  return roots.some((r) => bare.startsWith(`${r}: `) || bare.startsWith(`${r}.`) || bare.startsWith(`${r}[`));
}

/** Asserts `e` is a deliberate error whose every problem names its field. */
function namesAField(e: unknown, roots: readonly string[]): void {
  if (!(e instanceof LeptonError))
    throw new Error(`not a LeptonError but ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  // A placement that nothing satisfies names the constraint that excluded the last candidate.
  if (e instanceof PlacementError) {
    expect(e.message).toMatch(
      /^no placement for unit \([^)]*\)[^:]*: (unit|placement|catalog|spread|placements)/,
    );
    return;
  }
  const lines = e.message.split("\n");
  const problems = /^\d+ problems in /.test(lines[0])
    ? lines.slice(1).map((l) => l.replace(/^\s+- /, ""))
    : [lines[0]];
  for (const p of problems) if (!startsWithField(p, roots)) throw new Error(`names no field: ${p}`);
}

/** How often each property built and how often it failed (both paths must be exercised). */
const outcomes = new Map<string, { built: number; failed: number }>();

/** Runs `make`; a throw must name a field. Counts the outcome under `label`. */
function buildsOrNamesAField(make: () => unknown, roots: readonly string[], label = "?"): void {
  const count = outcomes.get(label) ?? { built: 0, failed: 0 };
  outcomes.set(label, count);
  try {
    make();
    count.built++;
  } catch (e) {
    namesAField(e, roots);
    count.failed++;
    if (process.env.FUZZ_DEBUG)
      appendFileSync(
        process.env.FUZZ_DEBUG,
        `${label} ${(e as Error).message.split("\n").slice(0, 3).join(" | ").slice(0, 200)}\n`,
      );
  }
}

/** Asserts the property both built and failed at least `min` times each. */
function exercisedBoth(label: string, min = 3): void {
  const count = outcomes.get(label)!;
  expect(count.built, `${label} built`).toBeGreaterThanOrEqual(min);
  expect(count.failed, `${label} failed`).toBeGreaterThanOrEqual(min);
}

describe("sdk validation", () => {
  const catalog = defaultCatalog();

  it("a compute unit is valid or every problem names its field", () => {
    fc.assert(
      fc.property(unitArb, (u) => buildsOrNamesAField(() => validateComputeUnit(u), ["unit"], "unit")),
      { numRuns: 200, seed: SEED },
    );
    exercisedBoth("unit");
  });

  it("a storage unit is valid or every problem names its field", () => {
    const storage = maybe(
      fc.record(
        {
          expectedGb: maybe(fc.constantFrom(-1, 0, 1.5, 1e6)),
          class: maybe(fc.constantFrom("hot", "cool", "archive", "ice")),
        },
        optional,
      ),
    );
    fc.assert(
      fc.property(storage, (s) => buildsOrNamesAField(() => validateStorageUnit(s), ["storage"], "storage")),
      { numRuns: 200, seed: SEED },
    );
    exercisedBoth("storage");
  });

  it("placing a unit returns a placement or names the field or constraint", () => {
    fc.assert(
      fc.property(unitArb, placementArb, (u, p) =>
        buildsOrNamesAField(() => place(u as never, p as never, catalog), ["unit", "placement"], "place"),
      ),
      { numRuns: 200, seed: SEED },
    );
    exercisedBoth("place");
  });

  it("checking tags never throws, and every problem names its tag", () => {
    const tags = fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 300 }), { maxKeys: 4 });
    fc.assert(
      fc.property(fc.constantFrom("aws", "azure", "gcp", "kubernetes" as const), tags, (cloud, t) => {
        for (const issue of checkTags(cloud, t, "tags").issues) expect(issue.path).toMatch(/^tags(\.|$)/);
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});

describe("components under the mocks", () => {
  let recorded: Recorded[];
  let Vm: typeof import("../../components/multicloud-vm");
  let Pool: typeof import("../../components/balanced-pool");
  let Budget: typeof import("../../components/budgeted-stack");
  let n = 0;
  const unique = (name: string) => `${name}${n++}`;

  beforeAll(async () => {
    recorded = installMocks({});
    Vm = await import("../../components/multicloud-vm");
    Pool = await import("../../components/balanced-pool");
    Budget = await import("../../components/budgeted-stack");
  });

  const VM_FIELDS = [
    "name",
    "args",
    "unit",
    "placement",
    "ingress",
    "publicIp",
    "network",
    "sshPublicKey",
    "adminUsername",
    "userData",
    "expectedUtilization",
    "monitoring",
    "tags",
    "providers",
    "transform",
    "gcp",
    "kubernetes",
    "lepton-multicloud:clouds",
  ] as const;

  it("MultiCloudVm: any unit, placement, name and tags build or name the field", async () => {
    const args = fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record(
          {
            unit: unitArb,
            placement: placementArb,
            tags: tagsArb,
            publicIp: fc.option(maybe(fc.boolean()), { nil: undefined }),
          },
          { requiredKeys: ["unit"] },
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    fc.assert(
      fc.property(nameArb, args, (name, a) =>
        buildsOrNamesAField(() => new Vm.MultiCloudVm(unique(name), a as never), VM_FIELDS, "vm"),
      ),
      { numRuns: 80, seed: SEED },
    );
    exercisedBoth("vm");
    await settleAll(recorded);
  });

  const POOL_FIELDS = [
    "name",
    "args",
    "unit",
    "placements",
    "spread",
    "scaling",
    "port",
    "protocol",
    "healthCheck",
    "dns",
    "ingress",
    "network",
    "publicIp",
    "tags",
    "providers",
    "transform",
    "expectedUtilization",
    "userData",
    "kubernetes",
    "lepton-multicloud:clouds",
  ] as const;

  it("BalancedPool: any members, scaling and settings build or name the field", async () => {
    const member = maybe(
      fc.oneof(
        fc.constantFrom(
          { cloud: "aws", region: "us-east-1", weight: 1 },
          { cloud: "azure", region: "westeurope", weight: 1 },
          { cloud: "gcp", region: "europe-west1", weight: 2 },
          { cloud: "kubernetes", weight: 1 },
          { cloud: "aws", weight: 1, instanceType: "m7i.large" },
        ),
        fc.record(
          {
            cloud: maybe(fc.constantFrom("aws", "azure", "gcp", "kubernetes")),
            region: maybe(fc.constantFrom(...REGIONS)),
            weight: maybe(fc.constantFrom(0.5, 1, 2), fc.constantFrom(0, 300)),
            instanceType: maybe(fc.constantFrom("m7i.large", "e2-standard-2"), fc.constant("nope")),
          },
          { requiredKeys: ["cloud", "weight"] },
        ),
      ),
    );
    const args = fc.oneof(
      {
        weight: 9,
        arbitrary: fc
          .record(
            {
              unit: unitArb,
              // One of the two, now and then both or neither (an error).
              members: fc.oneof(
                {
                  weight: 6,
                  arbitrary: fc.record({
                    placements: maybe(fc.array(member, { minLength: 1, maxLength: 3 })),
                  }),
                },
                {
                  weight: 3,
                  arbitrary: fc.record({
                    spread: maybe(
                      fc.record({
                        count: maybe(fc.constantFrom(1, 2), fc.constantFrom(0, 30)),
                        geography: opt(maybe(fc.constantFrom("eu", "us"))),
                        clouds: opt(maybe(fc.subarray(["aws", "azure", "gcp"], { minLength: 1 }))),
                      }),
                    ),
                  }),
                },
                {
                  weight: 1,
                  arbitrary: fc.constantFrom(
                    {},
                    { placements: [{ cloud: "aws", weight: 1 }], spread: { count: 1 } },
                  ),
                },
              ),
              scaling: maybe(
                fc.record(
                  {
                    min: maybe(fc.constantFrom(1, 2, 3), fc.constantFrom(-1, 9)),
                    max: maybe(fc.constantFrom(4, 6), fc.constantFrom(0, 1)),
                    desired: maybe(fc.constantFrom(3, 4), fc.constant(8)),
                    targetCpuUtilization: maybe(fc.constantFrom(0.5, 1), fc.constantFrom(0, 60)),
                    cooldownSeconds: maybe(fc.constantFrom(0, 300), fc.constant(5000)),
                  },
                  { requiredKeys: ["min", "max"] },
                ),
              ),
              port: maybe(fc.constantFrom(80, 443, 8080), fc.constantFrom(0, 70000)),
              protocol: maybe(fc.constantFrom("http", "http", "tcp"), fc.constant("udp")),
              healthCheck: maybe(
                fc.record(
                  {
                    path: maybe(fc.constantFrom("/", "/healthz"), fc.constant("healthz")),
                    intervalSeconds: maybe(fc.constantFrom(10, 30), fc.constant(400)),
                  },
                  optional,
                ),
              ),
              dns: maybe(
                fc.constantFrom(
                  { provider: "aws", zone: "example.com", name: "www.example.com" },
                  { provider: "gcp", zone: "example-com", name: "www.example.com" },
                  {
                    provider: "azure",
                    zone: "example.com",
                    name: "www.example.com",
                    resourceGroupName: "dns-rg",
                  },
                  { provider: "aws", zone: "Z123456", name: "bad name" },
                ),
              ),
              tags: tagsArb,
              userData: maybe(fc.constantFrom("#!/bin/sh\necho hi\n", "#cloud-config\npackages: [nginx]\n")),
              expectedUtilization: maybe(fc.constantFrom(0.4, 1), fc.constantFrom(0, 2)),
            },
            { requiredKeys: ["unit", "scaling", "members"] },
          )
          .map(({ members, ...rest }) => ({ ...rest, ...(members as object) })),
      },
      // Pools valid field by field, so the members' backends, DNS and costs run too.
      {
        weight: 4,
        arbitrary: fc.record(
          {
            unit: fc.constantFrom({ vcpus: 1, memoryGiB: 2 }, { vcpus: 4, memoryGiB: 16, diskClass: "ssd" }),
            placements: fc.array(
              fc.constantFrom(
                { cloud: "aws", region: "us-east-1", weight: 1 },
                { cloud: "azure", region: "westeurope", weight: 1 },
                { cloud: "gcp", region: "europe-west1", weight: 2 },
                { cloud: "kubernetes", weight: 1 },
              ),
              { minLength: 1, maxLength: 3 },
            ),
            scaling: fc.constantFrom(
              { min: 3, max: 6 },
              { min: 4, max: 8, desired: 5, targetCpuUtilization: 0.5 },
            ),
            protocol: fc.constantFrom("http", "tcp"),
            tags: tagsArb,
            userData: fc.constantFrom("#!/bin/sh\necho hi\n"),
          },
          { requiredKeys: ["unit", "placements", "scaling"] },
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    fc.assert(
      fc.property(nameArb, args, (name, a) =>
        buildsOrNamesAField(() => new Pool.BalancedPool(unique(name), a as never), POOL_FIELDS, "pool"),
      ),
      { numRuns: 80, seed: SEED },
    );
    exercisedBoth("pool");
    await settleAll(recorded);
  });

  const BUDGET_FIELDS = [
    "name",
    "args",
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

  it("BudgetedStack: any budget args build or name the field", async () => {
    const args = fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record(
          {
            monthlyBudgetUsd: maybe(fc.constantFrom(10, 500, 1e6), fc.constantFrom(-5, 0)),
            alertThresholds: maybe(
              fc.array(maybe(fc.constantFrom(0.5, 0.8, 1), fc.constantFrom(0, 0.855, 3)), {
                minLength: 1,
                maxLength: 3,
              }),
              fc.constant([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]),
            ),
            notify: maybe(
              fc.record(
                {
                  emails: maybe(
                    fc.array(maybe(fc.constant("a@b.co"), fc.constant("nope")), { maxLength: 3 }),
                  ),
                },
                optional,
              ),
            ),
            onExceed: maybe(fc.constantFrom("warn", "fail"), fc.constant("panic")),
            costTags: maybe(
              fc.constantFrom({ owner: "team" }, { "cost-center": "cc-42", env: "prod" }),
              tagsArb,
            ),
            filterTag: maybe(
              fc.record(
                {
                  key: maybe(fc.constant("budget"), fc.constantFrom("aws:x", "")),
                  value: maybe(fc.constant("b1"), fc.constant("")),
                },
                { requiredKeys: ["key", "value"] },
              ),
            ),
            aws: maybe(
              fc.record({ accountId: maybe(fc.constant("123456789012"), fc.constant("12")) }, optional),
            ),
            azure: maybe(
              fc.record(
                {
                  subscriptionId: maybe(
                    fc.constant("11111111-2222-3333-4444-555555555555"),
                    fc.constant("sub"),
                  ),
                  resourceGroupName: maybe(fc.constant("rg"), fc.constant("")),
                },
                { requiredKeys: ["subscriptionId"] },
              ),
            ),
            gcp: maybe(
              fc.record(
                { billingAccount: maybe(fc.constant("012345-6789AB-CDEF01"), fc.constant("acct")) },
                { requiredKeys: ["billingAccount"] },
              ),
            ),
            split: maybe(
              fc.constantFrom({ aws: 0.5, gcp: 0.5 }, { aws: 1 }),
              fc.constantFrom({ aws: 0.5 }, { moon: 1 }),
            ),
            seal: maybe(fc.constantFrom("auto", "manual"), fc.constant("never")),
          },
          { requiredKeys: ["monthlyBudgetUsd", "costTags"] },
        ),
      },
      { weight: 1, arbitrary: junk },
    );
    fc.assert(
      fc.property(nameArb, args, (name, a) =>
        buildsOrNamesAField(
          () => new Budget.BudgetedStack(unique(name), a as never),
          BUDGET_FIELDS,
          "budget",
        ),
      ),
      { numRuns: 150, seed: SEED },
    );
    exercisedBoth("budget");
    await settleAll(recorded);
    // Budgets with seal "auto" add up their (empty) subtrees on the next turn.
    await new Promise((r) => setTimeout(r, 20));
    expect(pulumi.runtime.getMonitor()).toBeDefined();
  });

  it("reports how often each property built and failed", () => {
    // Printed so a change that makes every input fail (or pass) shows in the log too.
    console.info(JSON.stringify(Object.fromEntries(outcomes)));
  });
});
