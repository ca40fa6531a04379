import { describe, expect, it } from "vitest";
import { ctx, expectPriced, expectUnpriced, monthlyOf, price } from "./kit";

const CLUSTER = "gcp:container/cluster:Cluster";
// Infracost defaults node boot disks to pd-standard; GKE (and this engine) default to pd-balanced,
// so the golden resources are given pd-standard explicitly.
const goldenDisk = { diskType: "pd-standard" };

describe("gcp:container/cluster:Cluster (golden container_cluster_test, 2026-07-01)", () => {
  it("zonal: fee + 3 e2-medium nodes with 100 GB disks", () => {
    // google_container_cluster.zonal: fee $73.00 + e2-medium 2,190 h $73.38 + 300 GB $12.00
    const r = expectPriced(price(CLUSTER, { location: "us-central1-a", nodeConfig: goldenDisk }));
    expect(monthlyOf(r, "management fee")).toBeCloseTo(73.0, 2);
    expect(monthlyOf(r, "e2-medium")).toBeCloseTo(73.38, 2);
    expect(monthlyOf(r, "boot disk")).toBeCloseTo(12.0, 2);
    expect(r.monthlyUsd).toBeCloseTo(158.38, 2);
    expect(r.count).toBe(3);
    expect(r.region).toBe("us-central1");
  });

  it("regional: nodes in 3 zones", () => {
    // google_container_cluster.regional: $73.00 + 6,570 h $220.13 + 900 GB $36.00
    const r = expectPriced(price(CLUSTER, { location: "us-central1", nodeConfig: goldenDisk }));
    expect(r.count).toBe(9);
    expect(r.monthlyUsd).toBeCloseTo(329.13, 2);
  });

  it("nodeLocations sets the zone count; initialNodeCount the nodes per zone", () => {
    // google_container_cluster.node_locations: $73.00 + 4,380 h $146.76 + 600 GB $24.00
    const r = expectPriced(
      price(CLUSTER, {
        location: "us-central1",
        nodeLocations: ["us-central1-a", "us-central1-b"],
        nodeConfig: goldenDisk,
      }),
    );
    expect(r.count).toBe(6);
    expect(monthlyOf(r, "e2-medium")).toBeCloseTo(146.76, 1);
    expect(r.monthlyUsd).toBeCloseTo(243.76, 1);
    const four = expectPriced(
      price(CLUSTER, { location: "us-central1-a", initialNodeCount: 4, nodeConfig: goldenDisk }),
    );
    // the golden's zonal_withUsage (4 nodes from its usage file): $73.00 + $97.84 + $16.00
    expect(four.monthlyUsd).toBeCloseTo(186.84, 2);
  });

  it("Autopilot: the fee, and pod requests as usage", () => {
    // google_container_cluster.autopilot: Autopilot 730 h $73.00, the rest 'depends on usage'
    const bare = expectPriced(price(CLUSTER, { location: "us-central1", enableAutopilot: true }));
    expect(bare.monthlyUsd).toBeCloseTo(73.0, 2);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["autopilotVcpu", 32.485],
      ["autopilotMemoryGb", 3.5934],
      ["autopilotEphemeralStorageGb", 0.040004],
    ]);
    // google_container_cluster.autopilot_with_usage: $73.00 + 10 vCPU $324.85 + 50 GB $179.67 + 100 GB $4.00
    const used = expectPriced(
      price(
        CLUSTER,
        { location: "us-central1", enableAutopilot: true },
        { usage: { autopilotVcpu: 10, autopilotMemoryGb: 50, autopilotEphemeralStorageGb: 100 } },
      ),
    );
    expect(used.usageUnknown).toBe(false);
    expect(used.monthlyUsd).toBeCloseTo(581.52, 2);
  });

  it("removeDefaultNodePool leaves the fee; inline node pools replace the default pool", () => {
    const fee = expectPriced(
      price(CLUSTER, { location: "europe-west1", removeDefaultNodePool: true, initialNodeCount: 1 }),
    );
    expect(fee.monthlyUsd).toBeCloseTo(73.0, 2);
    expect(fee.assumptions.join(" ")).toContain("us-central1 list price is used for europe-west1");
    const pools = expectPriced(
      price(CLUSTER, {
        location: "us-central1-a",
        nodePools: [
          { name: "a", nodeCount: 2, nodeConfig: { machineType: "n1-standard-4", diskSizeGb: 50 } },
        ],
      }),
    );
    const n1 = ctx.catalog.offer("gcp", "us-central1", "n1-standard-4")!.hourlyUsd;
    expect(pools.count).toBe(2);
    expect(pools.monthlyUsd).toBeCloseTo(73 + 2 * (n1 * 730 + 50 * 0.1), 2);
    expect(pools.lines.some((l) => l.item.includes("default pool"))).toBe(false);
  });

  it("is unpriced with the reason when the region or the machine price is missing", () => {
    expect(expectUnpriced(price(CLUSTER, {})).reason).toContain("location");
    // No location: the provider's zone, so a zonal cluster whose default pool runs in 1 zone (stated).
    const zonal = expectPriced(
      price(CLUSTER, { initialNodeCount: 2, nodeConfig: goldenDisk }, { region: "us-central1" }),
    );
    expect(zonal.count).toBe(2);
    expect(zonal.assumptions.join(" ")).toContain("a zonal cluster: 1 zone assumed");
    // A machine type no catalog carries: named in the reason.
    expect(
      expectUnpriced(
        price(CLUSTER, { location: "us-central1-a", nodeConfig: { machineType: "n9-imaginary-16" } }),
      ).reason,
    ).toContain("n9-imaginary-16");
    expect(
      expectUnpriced(price(CLUSTER, { location: "us-central1-a", nodeConfig: { diskType: "hyperdisk-x" } }))
        .reason,
    ).toContain('"hyperdisk-x"');
  });
});
