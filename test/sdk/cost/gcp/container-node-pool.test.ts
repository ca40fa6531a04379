import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../../../sdk/cost/types";
import { expectPriced, expectUnpriced, price } from "./kit";

const POOL = "gcp:container/nodePool:NodePool";
const goldenDisk = { diskType: "pd-standard" }; // Infracost's default boot disk (see container-cluster.test.ts)

describe("gcp:container/nodePool:NodePool (golden container_node_pool_test, 2026-07-01)", () => {
  it("initialNodeCount on a zonal cluster named by its ID", () => {
    // google_container_node_pool.initial_node_count_regional: e2-medium 2,920 h $97.84 + 400 GB $16.00
    const r = expectPriced(
      price(POOL, {
        cluster: "projects/my-project/locations/us-central1-a/clusters/default",
        initialNodeCount: 4,
        nodeConfig: goldenDisk,
      }),
    );
    expect(r.count).toBe(4);
    expect(r.monthlyUsd).toBeCloseTo(113.84, 2);
  });

  it("nodeLocations of the pool, or of the resolved cluster, set the zones", () => {
    // google_container_node_pool.node_locations_zonal: 2 per zone × 2 zones: $97.84 + $16.00
    const own = expectPriced(
      price(POOL, {
        cluster: "c",
        location: "us-central1",
        nodeCount: 2,
        nodeLocations: ["us-central1-a", "us-central1-b"],
        nodeConfig: goldenDisk,
      }),
    );
    expect(own.monthlyUsd).toBeCloseTo(113.84, 2);
    // google_container_node_pool.cluster_node_locations_regional: the cluster's two zones
    const resolve = (ref: string) =>
      ref === "node-locations"
        ? {
            type: "gcp:container/cluster:Cluster",
            props: { location: "us-central1-a", nodeLocations: ["us-central1-a", "us-central1-b"] },
          }
        : undefined;
    const viaCluster = expectPriced(
      price(POOL, { cluster: "node-locations", nodeCount: 2, nodeConfig: goldenDisk }, { resolve }),
    );
    expect(viaCluster.count).toBe(4);
    expect(viaCluster.monthlyUsd).toBeCloseTo(113.84, 2);
  });

  it("autoscaling: priced at the minimum per zone, with the range to the maximum", () => {
    // google_container_node_pool.autoscaling_zonal (regional cluster): min 2 × 3 zones: $146.76 + $24.00
    const r = expectPriced(
      price(POOL, {
        cluster: "projects/p/locations/us-central1/clusters/c",
        autoscaling: { minNodeCount: 2, maxNodeCount: 10 },
        nodeConfig: goldenDisk,
      }),
    );
    expect(r.count).toBe(6);
    expect(r.monthlyUsd).toBeCloseTo(170.76, 1);
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(5 * r.monthlyUsd, 0);
  });

  it("an unresolvable cluster: 1 zone assumed, and said", () => {
    const r = expectPriced(price(POOL, { cluster: "somewhere", nodeCount: 1 }, { region: "us-central1" }));
    expect(r.count).toBe(1);
    expect(r.assumptions.join(" ")).toContain("1 zone assumed");
    // e2-medium + 100 GB pd-balanced (GKE's default boot disk)
    expect(r.monthlyUsd).toBeCloseTo(0.0335057 * 730 + 100 * 0.1, 2);
  });

  it("spot nodes are flagged as priced on demand", () => {
    const r = expectPriced(
      price(POOL, {
        cluster: "projects/p/locations/us-central1-a/clusters/c",
        nodeCount: 1,
        nodeConfig: { spot: true },
      }),
    );
    expect(r.assumptions.join(" ")).toContain("upper bound");
  });

  it("location: cluster.location (unknown in preview) takes the resolved cluster's location", () => {
    // As gcp-ts-gke writes it: the pool's location is an output of the cluster.
    const resolve = (ref: string, path: string) =>
      ref === UNKNOWN && path === "cluster"
        ? { type: "gcp:container/cluster:Cluster", props: { location: "us-central1" } }
        : undefined;
    const r = expectPriced(
      price(
        POOL,
        { cluster: UNKNOWN, location: UNKNOWN, initialNodeCount: 2, nodeConfig: goldenDisk },
        { resolve },
      ),
    );
    // golden autoscaling_zonal's rate: e2-medium $0.0335057/h, 100 GB pd-standard $4.00; regional: 2 × 3 zones
    expect(r.count).toBe(6);
    expect(r.monthlyUsd).toBeCloseTo(6 * (0.0335057 * 730 + 4), 1);
    expect(r.assumptions.join(" ")).toContain("location us-central1 from the cluster");
  });

  it("a cluster with no location: the provider's zone (zonal), with the regional figure stated", () => {
    const resolve = () => ({ type: "gcp:container/cluster:Cluster", props: { initialNodeCount: 1 } });
    const r = expectPriced(
      price(
        POOL,
        {
          cluster: "gke-cluster",
          location: UNKNOWN,
          initialNodeCount: 2,
          nodeConfig: { machineType: "n1-standard-1" },
        },
        { resolve, region: "us-west1" },
      ),
    );
    expect(r.count).toBe(2);
    expect(r.region).toBe("us-west1");
    const notes = r.assumptions.join(" ");
    expect(notes).toContain("zonal cluster: 1 zone assumed");
    expect(notes).toContain(
      `regional: 6 node(s) in 3 zones, $${Math.round(r.monthlyUsd * 3 * 100) / 100}/month`,
    );
  });

  it("is unpriced when the node count is unknown or no region is known", () => {
    expect(
      expectUnpriced(
        price(POOL, { cluster: "projects/p/locations/us-central1-a/clusters/c", nodeCount: UNKNOWN }),
      ).reason,
    ).toContain("nodePool.nodeCount is unknown");
    expect(expectUnpriced(price(POOL, { cluster: "c", nodeCount: 1 })).reason).toContain("location");
  });
});
