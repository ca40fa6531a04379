import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { placementLedger, resetPlacementLedger } from "../../sdk/placement/ledger";
import { computeEntry } from "../../sdk/placement/lock";
import { place } from "../../sdk/placement/place";
import { installMocks, Recorded, settleAll } from "../helpers/mocks";

type Vm = typeof import("../../components/multicloud-vm");
type Pool = typeof import("../../components/balanced-pool");
type Bucket = typeof import("../../components/multicloud-bucket");

const catalog = defaultCatalog();
const unit = { vcpus: 2, memoryGiB: 8 } as const;
let recorded: Recorded[];
let V: Vm;
let P: Pool;
let B: Bucket;
const dir = mkdtempSync(join(tmpdir(), "lepton-lock-"));

/** Today's choice for the unit in the US, and a user catalog that triples its price. */
const before = place(unit, { geography: "us" }, catalog);
const pricier = join(dir, "pricier.json");
writeFileSync(
  pricier,
  JSON.stringify({
    offers: [
      {
        cloud: before.cloud,
        region: before.region,
        instanceType: before.instanceType,
        hourlyUsd: before.instanceHourlyUsd * 3,
        source: "test",
      },
    ],
    sources: [{ id: "test", description: "a price rise in a test" }],
  }),
);

beforeAll(async () => {
  recorded = installMocks({});
  V = await import("../../components/multicloud-vm");
  P = await import("../../components/balanced-pool");
  B = await import("../../components/multicloud-bucket");
});

beforeEach(() => {
  pulumi.runtime.setAllConfig({});
  resetPlacementLedger();
});

const lock = (entries: object) => JSON.stringify(entries);
const instancesOf = (name: string) =>
  recorded.filter(
    (r) => r.custom && r.name.startsWith(`${name}-`) && /Instance|VirtualMachine$/.test(r.type),
  );

describe("placement lock", () => {
  it("keeps a locked machine where it is when prices move, while an unlocked copy moves", async () => {
    pulumi.runtime.setAllConfig({
      "lepton-multicloud:catalog": pricier,
      "lepton-multicloud:placements": lock({ kept: computeEntry(before, catalog) }),
    });
    const kept = new V.MultiCloudVm("kept", { unit, placement: { geography: "us" } });
    const moved = new V.MultiCloudVm("moved", { unit, placement: { geography: "us" } });
    await settleAll(recorded);
    expect(kept.placement).toMatchObject({
      cloud: before.cloud,
      region: before.region,
      instanceType: before.instanceType,
    });
    expect(`${moved.placement.cloud} ${moved.placement.region} ${moved.placement.instanceType}`).not.toBe(
      `${before.cloud} ${before.region} ${before.instanceType}`,
    );
    // The URNs and the instance the engine sees are those of the locked placement.
    expect(instancesOf("kept")).toHaveLength(1);
    const ledger = placementLedger();
    expect(ledger.map((l) => [l.key, l.status])).toEqual([
      ["kept", "locked"],
      ["moved", "unlocked"],
    ]);
    // The locked machine now costs triple; today's best is where the unlocked copy went.
    expect(ledger[0].currentMonthlyUsd).toBeGreaterThan(ledger[0].bestMonthlyUsd);
    expect(ledger[0].best).toMatchObject({ cloud: moved.placement.cloud, region: moved.placement.region });
  });

  it("resizes in the same cloud and region when the unit outgrows the locked type, and warns", async () => {
    const warn = vi.spyOn(pulumi.log, "warn").mockResolvedValue();
    pulumi.runtime.setAllConfig({
      "lepton-multicloud:placements": lock({ grown: computeEntry(before, catalog) }),
    });
    const vm = new V.MultiCloudVm("grown", {
      unit: { vcpus: 8, memoryGiB: 32 },
      placement: { geography: "us" },
    });
    expect(vm.placement).toMatchObject({ cloud: before.cloud, region: before.region });
    expect(vm.placement.vcpus).toBeGreaterThanOrEqual(8);
    expect(placementLedger()[0].status).toBe("resized");
    expect(warn.mock.calls.map((c) => c[0]).join("\n")).toContain(
      `${before.instanceType} no longer fits the unit; resized to ${vm.placement.instanceType}`,
    );
    warn.mockRestore();
  });

  it("lets a pinned arg that contradicts the entry win, and says the entry is stale", async () => {
    const other = before.cloud === "aws" ? "gcp" : "aws";
    pulumi.runtime.setAllConfig({
      "lepton-multicloud:placements": lock({ pinned: computeEntry(before, catalog) }),
    });
    const vm = new V.MultiCloudVm("pinned", { unit, placement: { cloud: other } });
    expect(vm.placement.cloud).toBe(other);
    expect(placementLedger()[0]).toMatchObject({ status: "stale" });
    expect(placementLedger()[0].message).toContain(`placement.cloud is ${other}`);
  });

  it("keys nested components by their parents' names and locks pool members and buckets", async () => {
    const member = place(unit, { cloud: "azure", geography: "eu" }, catalog);
    pulumi.runtime.setAllConfig({
      "lepton-multicloud:catalog": pricier,
      "lepton-multicloud:placements": lock({
        "outer/web[0]": computeEntry(member, catalog),
        store: { cloud: "aws", region: "eu-west-1", storageClass: "hot" },
      }),
    });
    const outer = new pulumi.ComponentResource("test:index:Outer", "outer");
    const pool = new P.BalancedPool(
      "web",
      {
        unit,
        spread: { count: 2, clouds: ["aws", "azure", "gcp"], geography: "eu" },
        scaling: { min: 2, max: 4 },
      },
      { parent: outer },
    );
    const bucket = new B.MultiCloudBucket("store", {
      storage: { expectedGb: 100 },
      placement: { geography: "eu" },
    });
    await settleAll(recorded);
    expect(pool.plan[0]).toMatchObject({ cloud: "azure", region: member.region });
    const ledger = placementLedger();
    expect(ledger.map((l) => [l.key, l.kind, l.status])).toEqual([
      ["outer/web[0]", "BalancedPool member", "locked"],
      ["outer/web[1]", "BalancedPool member", "unlocked"],
      ["store", "MultiCloudBucket", "locked"],
    ]);
    expect(ledger[2]).toMatchObject({ stateful: true, current: { cloud: "aws", region: "eu-west-1" } });
    expect(bucket).toBeDefined();
  });

  const bad: [string, object, string][] = [
    [
      "an unknown cloud",
      { vm: { cloud: "oracle", region: "x", instanceType: "y" } },
      'placements.vm.cloud: "oracle"',
    ],
    [
      "a region not in the catalog",
      { vm: { cloud: "aws", region: "mars-1", instanceType: "m5.large" } },
      'placements.vm.region: "mars-1" is not valid; not an aws region in the catalog',
    ],
    [
      "a type not in the catalog",
      { vm: { cloud: "aws", region: "us-east-1", instanceType: "m5.lareg" } },
      'placements.vm.instanceType: "m5.lareg" is not valid; not an aws instance type in the catalog; did you mean "m5.large"?',
    ],
    ["malformed config", { vm: "aws" } as object, 'placements.vm: "aws" is not valid'],
  ];
  for (const [what, entries, message] of bad) {
    it(`refuses ${what}, naming the entry key, the field and the value`, () => {
      pulumi.runtime.setAllConfig({ "lepton-multicloud:placements": lock(entries) });
      expect(() => new V.MultiCloudVm("vm", { unit })).toThrow(message);
    });
  }
});
