import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { blendedHourlyUsd, place } from "../../sdk/placement/place";
import { splitSpot, SpotDistribution } from "../../sdk/placement/split";
import { readTag, TAGS } from "../../sdk/tags";
import type { CostReport } from "../../components/shared/cost-sink";
import { registerCostSink } from "../../components/shared/cost-sink";
import { componentKit, Props } from "../helpers/components";
import { installMocks, Recorded } from "../helpers/mocks";

type Pool = typeof import("../../components/balanced-pool");
type Args = import("../../components/balanced-pool").BalancedPoolArgs;

const catalog = defaultCatalog();
const UNIT = { vcpus: 2, memoryGiB: 8, diskGiB: 30 };
let recorded: Recorded[];
let M: Pool;

beforeAll(async () => {
  recorded = installMocks({});
  M = await import("../../components/balanced-pool");
});

beforeEach(() => pulumi.runtime.setAllConfig({}));

const kit = componentKit(
  () => recorded,
  (name: string, args: Args, opts?: pulumi.ComponentResourceOptions) => new M.BalancedPool(name, args, opts),
);
const { fails } = kit;

async function build(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const { component, ...rest } = await kit.build(name, args, opts);
  return { pool: component, ...rest };
}

const spotOf = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
  catalog.spotPrice(cloud, region, type)!.hourlyUsd;
const odOf = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
  catalog.offer(cloud, region, type)!.hourlyUsd;

/**
 * The type a member with a spot share gets: the cheaper, at its desired size, of the cheapest type
 * by spot price and the cheapest by on-demand price (with a spot price).
 */
function memberType(
  cloud: "aws" | "azure" | "gcp",
  region: string,
  share: SpotDistribution,
  desired: number,
) {
  const bySpot = place(UNIT, { cloud, region, priceBy: "spot" }, catalog);
  const byOnDemand = place(UNIT, { cloud, region }, catalog);
  const a = blendedHourlyUsd(bySpot, share, desired, catalog)!;
  const b = blendedHourlyUsd(byOnDemand, share, desired, catalog);
  return b !== undefined && b < a ? byOnDemand.instanceType : bySpot.instanceType;
}

/** Prices the recorded children with the engine, resolving a group's template by its self link. */
function priceChildren(children: Recorded[]) {
  const resolve = (reference: string) => {
    const name = reference.split("/").pop();
    const target = children.find((c) => c.name === name);
    return target ? { type: target.type, props: target.inputs } : undefined;
  };
  return children
    .map((r) => ({ r, price: priceResource(r.type, r.inputs, { catalog, resolve }) }))
    .filter((p) => p.price.priced);
}
const monthlyOf = (prices: ReturnType<typeof priceChildren>) =>
  prices.reduce((s, p) => s + (p.price.priced ? p.price.monthlyUsd : 0), 0);
const spotMonthlyOf = (prices: ReturnType<typeof priceChildren>) =>
  prices.reduce(
    (s, p) =>
      s + (p.price.priced ? p.price.lines.filter((l) => l.spot).reduce((t, l) => t + l.hourlyUsd, 0) : 0),
    0,
  ) * 730;

describe("AWS member with a spot share", () => {
  it("runs a mixed instances policy: the on-demand base and share, price-capacity-optimized spot, several types that fit", async () => {
    const { pool, one, children } = await build("spot-aws", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
      scaling: { min: 2, desired: 4, max: 10 },
      capacity: { spotPercent: 75, onDemandBase: 1 },
    });
    // Placed by spot price.
    const chosen = memberType("aws", "us-east-1", { onDemandBase: 1, spotPercent: 75 }, 4);
    expect(pool.plan[0].instanceType).toBe(chosen);
    expect(pool.plan[0].spot).toEqual({ onDemandBase: 1, spotPercent: 75 });

    const lt = one("aws:ec2/launchTemplate:LaunchTemplate");
    const asg = one("aws:autoscaling/group:Group");
    expect(asg.launchTemplate).toBeUndefined();
    expect(asg.capacityRebalance).toBe(true);
    expect(asg).toMatchObject({ minSize: 2, maxSize: 10, desiredCapacity: 4 });
    expect(asg.mixedInstancesPolicy.instancesDistribution).toEqual({
      onDemandBaseCapacity: 1,
      onDemandPercentageAboveBaseCapacity: 25,
      spotAllocationStrategy: "price-capacity-optimized",
      onDemandAllocationStrategy: "prioritized",
    });
    const spec = asg.mixedInstancesPolicy.launchTemplate.launchTemplateSpecification;
    expect(spec.launchTemplateId).toBeDefined();
    expect(spec.version).toBeDefined();
    const types: string[] = asg.mixedInstancesPolicy.launchTemplate.overrides.map(
      (o: Props) => o.instanceType as string,
    );
    expect(types[0]).toBe(chosen);
    expect(types.length).toBeGreaterThanOrEqual(2);
    expect(types.length).toBeLessThanOrEqual(4);
    expect(new Set(types).size).toBe(types.length);
    for (const t of types) {
      const spec = catalog.instanceType("aws", t)!;
      expect(spec.vcpus).toBeGreaterThanOrEqual(2);
      expect(spec.memoryGiB).toBeGreaterThanOrEqual(8);
      expect(spec.arch).toBe("x86_64");
      expect(catalog.spotPrice("aws", "us-east-1", t)).toBeDefined();
    }
    expect(lt.instanceType).toBe(chosen);
    expect(readTag(asg, TAGS.instanceType)).toBe(chosen);

    // 4 instances: 1 base, then 25 % of 3 rounded to on-demand: 2 on-demand, 2 spot.
    expect(splitSpot(4, { onDemandBase: 1, spotPercent: 75 })).toEqual({ onDemand: 2, spot: 2 });
    const od = odOf("aws", "us-east-1", chosen);
    const spot = spotOf("aws", "us-east-1", chosen);
    expect(pool.cost.spotMonthlyUsd.desired).toBeCloseTo(2 * spot * 730, 2);
    const prices = priceChildren(children);
    expect(monthlyOf(prices)).toBeCloseTo(pool.cost.monthlyUsd.desired, 1);
    expect(spotMonthlyOf(prices)).toBeCloseTo(pool.cost.spotMonthlyUsd.desired, 1);
    // The blend is cheaper than the same pool on-demand by exactly the spot discount on 2 instances.
    const { pool: onDemand } = await build("spot-aws-od", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "us-east-1", instanceType: chosen, weight: 1 }],
      scaling: { min: 2, desired: 4, max: 10 },
    });
    expect(onDemand.cost.monthlyUsd.desired - pool.cost.monthlyUsd.desired).toBeCloseTo(
      2 * (od - spot) * 730,
      1,
    );
    // At max 10: 1 + ceil(25 % of 9) = 4 on-demand, 6 spot.
    expect(pool.cost.monthlyUsd.max - pool.cost.monthlyUsd.min).toBeCloseTo((2 * od + 6 * spot) * 730, 1);
    expect(pool.plan[0].cost.perInstanceHourlyUsd).toBeCloseTo(od, 6);
    expect(pool.plan[0].cost.spotPerInstanceHourlyUsd).toBeCloseTo(spot, 6);
    expect(pool.cost.notes.join("\n")).toMatch(/spot share at the catalog's spot prices \(snapshots/);
  });

  it("keeps a pinned type alone in the overrides", async () => {
    const { one } = await build("spot-pin", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "us-east-1", instanceType: "m6i.large", weight: 1 }],
      scaling: { min: 1, max: 4 },
      capacity: { spotPercent: 100 },
    });
    const asg = one("aws:autoscaling/group:Group");
    expect(asg.mixedInstancesPolicy.launchTemplate.overrides).toEqual([{ instanceType: "m6i.large" }]);
    expect(asg.mixedInstancesPolicy.instancesDistribution).toMatchObject({
      onDemandBaseCapacity: 0,
      onDemandPercentageAboveBaseCapacity: 0,
    });
  });

  it("leaves an on-demand pool's group as it was", async () => {
    const { one } = await build("od-aws", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
      scaling: { min: 1, max: 4 },
    });
    const asg = one("aws:autoscaling/group:Group");
    expect(asg.mixedInstancesPolicy).toBeUndefined();
    expect(asg.launchTemplate).toBeDefined();
    expect(asg.capacityRebalance).toBeUndefined();
  });
});

describe("Azure member with a spot share", () => {
  it("adds a Spot scale set (evicted VMs deleted, capped at pay-as-you-go) beside the regular one, both behind the load balancer", async () => {
    const { pool, all, children } = await build("spot-az", {
      unit: UNIT,
      placements: [{ cloud: "azure", region: "eastus", weight: 1 }],
      scaling: { min: 2, desired: 4, max: 8 },
      capacity: { spotPercent: 50, onDemandBase: 2 },
    });
    const type = pool.plan[0].instanceType;
    expect(type).toBe(memberType("azure", "eastus", { onDemandBase: 2, spotPercent: 50 }, 4));
    const sets = recorded.filter(
      (r) => r.type === "azure-native:compute:VirtualMachineScaleSet" && r.name.startsWith("spot-az-"),
    );
    expect(sets.map((s) => s.name).sort()).toEqual([
      "spot-az-azure-eastus-vmss",
      "spot-az-azure-eastus-vmss-spot",
    ]);
    const regular = sets.find((s) => s.name.endsWith("-vmss"))!.inputs as Props;
    const spot = sets.find((s) => s.name.endsWith("-vmss-spot"))!.inputs as Props;
    // desired 4: base 2, half of 2 on spot → 3 regular, 1 spot; min 2: all regular; max 8: 5 and 3.
    expect(regular.sku).toMatchObject({ name: type, capacity: 3 });
    expect(spot.sku).toMatchObject({ name: type, capacity: 1 });
    expect(regular.virtualMachineProfile.priority).toBeUndefined();
    expect(spot.virtualMachineProfile).toMatchObject({
      priority: "Spot",
      evictionPolicy: "Delete",
      billingProfile: { maxPrice: -1 },
    });
    expect(spot.virtualMachineProfile.osProfile.computerNamePrefix).not.toBe(
      regular.virtualMachineProfile.osProfile.computerNamePrefix,
    );
    const pool0 = (s: Props) =>
      s.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].ipConfigurations[0]
        .loadBalancerBackendAddressPools;
    expect(pool0(spot)).toEqual(pool0(regular));
    const autoscale = all("azure-native:monitor:AutoscaleSetting").map((a) => a.profiles[0].capacity);
    expect(autoscale).toEqual([
      { minimum: "2", maximum: "5", default: "3" },
      { minimum: "0", maximum: "3", default: "1" },
    ]);
    expect(readTag(spot, TAGS.capacityMax)).toBe("3");
    const prices = priceChildren(children);
    expect(monthlyOf(prices)).toBeCloseTo(pool.cost.monthlyUsd.desired, 1);
    expect(pool.cost.spotMonthlyUsd.desired).toBeCloseTo(spotOf("azure", "eastus", type) * 730, 2);
    expect(pool.azure[0].spotScaleSet).toBeDefined();
    expect(pool.azure[0].scaleSet).not.toBe(pool.azure[0].spotScaleSet);
  });

  it("builds only the Spot scale set when every instance is spot", async () => {
    const { pool } = await build("allspot-az", {
      unit: UNIT,
      placements: [{ cloud: "azure", region: "eastus", weight: 1 }],
      scaling: { min: 1, max: 3 },
      capacity: { spotPercent: 100 },
    });
    const names = recorded
      .filter(
        (r) => r.type === "azure-native:compute:VirtualMachineScaleSet" && r.name.startsWith("allspot-az-"),
      )
      .map((r) => r.name);
    expect(names).toEqual(["allspot-az-azure-eastus-vmss-spot"]);
    expect(pool.azure[0].scaleSet).toBe(pool.azure[0].spotScaleSet);
  });
});

describe("GCP member with a spot share", () => {
  it("adds a SPOT template and instance group beside the standard one, both backends of the load balancer", async () => {
    const { pool, all, children } = await build("spot-gcp", {
      unit: UNIT,
      placements: [{ cloud: "gcp", region: "us-central1", weight: 1 }],
      scaling: { min: 2, desired: 4, max: 8 },
      capacity: { spotPercent: 50, onDemandBase: 2 },
    });
    const type = pool.plan[0].instanceType;
    expect(type).toBe(memberType("gcp", "us-central1", { onDemandBase: 2, spotPercent: 50 }, 4));
    const templates = all("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate");
    expect(templates).toHaveLength(2);
    expect(templates[0].scheduling).toBeUndefined();
    expect(templates[1].scheduling).toEqual({
      provisioningModel: "SPOT",
      preemptible: true,
      automaticRestart: false,
      onHostMaintenance: "TERMINATE",
      instanceTerminationAction: "DELETE",
    });
    const groups = all("gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager");
    expect(groups.map((g) => g.versions[0].instanceTemplate.split("/").pop())).toEqual([
      "spot-gcp-gcp-us-central1-tmpl",
      "spot-gcp-gcp-us-central1-tmpl-spot",
    ]);
    expect(groups[0].baseInstanceName).not.toBe(groups[1].baseInstanceName);
    const autoscalers = all("gcp:compute/regionAutoscaler:RegionAutoscaler").map((a) => [
      a.autoscalingPolicy.minReplicas,
      a.autoscalingPolicy.maxReplicas,
    ]);
    expect(autoscalers).toEqual([
      [2, 5],
      [0, 3],
    ]);
    const backends = all("gcp:compute/regionBackendService:RegionBackendService")[0].backends;
    expect(backends.map((b: Props) => b.group.split("/").pop())).toEqual([
      "spot-gcp-gcp-us-central1-igm",
      "spot-gcp-gcp-us-central1-igm-spot",
    ]);
    // The engine reads the spot group's template (resolved by self link): at min both groups are
    // priced from their min labels, 2 standard and 0 spot.
    const prices = priceChildren(children);
    expect(monthlyOf(prices)).toBeCloseTo(pool.cost.monthlyUsd.min, 1);
    const spotGroup = prices.find((p) => p.r.name.endsWith("-igm-spot"))!;
    expect(spotGroup.price.priced && spotGroup.price.assumptions.join("\n")).toMatch(
      /provisioningModel SPOT/,
    );
    expect(pool.cost.spotMonthlyUsd.desired).toBeCloseTo(spotOf("gcp", "us-central1", type) * 730, 2);
    expect(pool.gcp[0].spotInstanceGroupManager).toBeDefined();
  });
});

/** Deployments in order: the member's own first, then its spot Deployment (by their instance labels). */
const byName = (ds: Props[]) =>
  [...ds].sort(
    (a, b) =>
      a.spec.selector.matchLabels["app.kubernetes.io/instance"].length -
      b.spec.selector.matchLabels["app.kubernetes.io/instance"].length,
  );

describe("Kubernetes member with a spot share", () => {
  const k8sPool = (name: string, spotNodes: "karpenter" | "gke" | "aks") =>
    build(name, {
      unit: UNIT,
      placements: [{ cloud: "kubernetes", weight: 1 }],
      scaling: { min: 2, desired: 4, max: 8 },
      capacity: { spotPercent: 50, onDemandBase: 2 },
      kubernetes: { spotNodes },
    });

  it("runs the spot share in a second Deployment on the cluster's spot nodes, the base off them", async () => {
    const { all } = await k8sPool("kspot-a", "aks");
    const deployments = byName(all("kubernetes:apps/v1:Deployment"));
    expect(deployments).toHaveLength(2);
    const [onDemand, spot] = deployments.map((d) => d.spec.template.spec);
    expect(spot.nodeSelector).toEqual({ "kubernetes.azure.com/scalesetpriority": "spot" });
    expect(spot.tolerations).toEqual([
      {
        key: "kubernetes.azure.com/scalesetpriority",
        operator: "Equal",
        value: "spot",
        effect: "NoSchedule",
      },
    ]);
    expect(onDemand.nodeSelector).toBeUndefined();
    expect(onDemand.tolerations).toBeUndefined();
    // Each Deployment selects its own pods; the Service selects both.
    const [a, b] = deployments.map((d) => d.spec.selector.matchLabels["app.kubernetes.io/instance"]);
    expect(a).not.toBe(b);
    const svc = all("kubernetes:core/v1:Service")[0];
    expect(svc.spec.selector).toEqual({
      "app.kubernetes.io/name": "balanced-pool",
      "app.kubernetes.io/part-of": a,
    });
    for (const d of deployments) expect(d.spec.template.metadata.labels["app.kubernetes.io/part-of"]).toBe(a);
    const hpas = all("kubernetes:autoscaling/v2:HorizontalPodAutoscaler").map((h) => [
      h.spec.minReplicas,
      h.spec.maxReplicas,
    ]);
    // min 2 → 2 on-demand, 0 spot (an autoscaler keeps one); max 8 → 5 and 3.
    expect(hpas).toEqual([
      [2, 5],
      [1, 3],
    ]);
  });

  it("selects Karpenter's capacity type, and GKE's spot label with its toleration", async () => {
    const karpenter = byName((await k8sPool("kspot-k", "karpenter")).all("kubernetes:apps/v1:Deployment"));
    expect(karpenter.map((d) => d.spec.template.spec.nodeSelector)).toEqual([
      { "karpenter.sh/capacity-type": "on-demand" },
      { "karpenter.sh/capacity-type": "spot" },
    ]);
    const gke = byName((await k8sPool("kspot-g", "gke")).all("kubernetes:apps/v1:Deployment"));
    expect(gke[1].spec.template.spec).toMatchObject({
      nodeSelector: { "cloud.google.com/gke-spot": "true" },
      tolerations: [
        { key: "cloud.google.com/gke-spot", operator: "Equal", value: "true", effect: "NoSchedule" },
      ],
    });
    expect(
      gke[0].spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
        .nodeSelectorTerms[0].matchExpressions,
    ).toEqual([{ key: "cloud.google.com/gke-spot", operator: "DoesNotExist" }]);
  });
});

describe("a pool with a spot share", () => {
  it("places a member by the blend it runs: spot price alone when all spot, else the cheaper at its size", async () => {
    // In us-central1 n2d-standard-2 has the lowest spot price and e2-standard-2 the lowest on-demand
    // price: all spot takes the first, a pool that is mostly on-demand at its size the second.
    const bySpot = place(
      UNIT,
      { cloud: "gcp", region: "us-central1", priceBy: "spot" },
      catalog,
    ).instanceType;
    const byOnDemand = place(UNIT, { cloud: "gcp", region: "us-central1" }, catalog).instanceType;
    expect(bySpot).not.toBe(byOnDemand);
    const one = (name: string, capacity: Args["capacity"]) =>
      build(name, {
        unit: UNIT,
        placements: [{ cloud: "gcp", region: "us-central1", weight: 1 }],
        scaling: { min: 2, desired: 3, max: 6 },
        capacity,
      });
    expect((await one("blend-all", { spotPercent: 100 })).pool.plan[0].instanceType).toBe(bySpot);
    expect((await one("blend-base", { spotPercent: 25, onDemandBase: 2 })).pool.plan[0].instanceType).toBe(
      byOnDemand,
    );
  });

  it("shares the on-demand base across members by their maxima and registers the resolved share", async () => {
    const { pool } = await build("spot-multi", {
      unit: UNIT,
      placements: [
        { cloud: "aws", region: "us-east-1", weight: 2 },
        { cloud: "gcp", region: "us-central1", weight: 1 },
      ],
      scaling: { min: 3, desired: 6, max: 12 },
      capacity: { spotPercent: 80, onDemandBase: 3 },
    });
    // Maxima 8 and 4: base 2 and 1.
    expect(pool.plan.map((m) => m.spot)).toEqual([
      { onDemandBase: 2, spotPercent: 80 },
      { onDemandBase: 1, spotPercent: 80 },
    ]);
    const component = recorded.find(
      (r) => r.type === "lepton-multicloud:index:BalancedPool" && r.name === "spot-multi",
    )!;
    expect(component.inputs).toMatchObject({
      capacity: { spotPercent: 80, onDemandBase: 3, min: 3, desired: 6, max: 12 },
      placed: pool.plan.map((m) => ({
        cloud: m.cloud,
        region: m.region,
        instanceType: m.instanceType,
        desired: m.desired,
      })),
    });
  });

  it("reports its spot part to a budget above it", async () => {
    const reports: CostReport[] = [];
    const budget = new pulumi.ComponentResource("test:index:Budget", "budget-spot", {});
    registerCostSink(budget, { report: (r) => reports.push(r), costTags: {} });
    const { pool } = await build(
      "spot-budget",
      {
        unit: UNIT,
        placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
        scaling: { min: 2, max: 6 },
        capacity: { spotPercent: 100, onDemandBase: 1 },
      },
      { parent: budget },
    );
    expect(reports).toHaveLength(1);
    expect(reports[0].spotMonthlyUsd).toBe(pool.cost.spotMonthlyUsd.desired);
    expect(reports[0].spotMonthlyUsd).toBeGreaterThan(0);
  });
});

describe("bad input", () => {
  const base: Args = {
    unit: UNIT,
    placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
    scaling: { min: 1, max: 10 },
  };
  it("refuses a spotPercent outside 0–100", async () => {
    await fails(
      "bad-pct",
      { ...base, capacity: { spotPercent: 150 } },
      /capacity\.spotPercent: 150 .*whole number at least 0 and at most 100/,
    );
    await fails("bad-pct2", { ...base, capacity: { spotPercent: 12.5 } }, /capacity\.spotPercent: 12\.5/);
  });

  it("refuses an on-demand base above the pool's max", async () => {
    await fails(
      "bad-base",
      { ...base, capacity: { spotPercent: 50, onDemandBase: 20 } },
      /capacity\.onDemandBase: 20 .*at most scaling\.max \(10\)/,
    );
  });

  it("refuses spot where the catalog has no spot offer, naming the field and the place", async () => {
    await fails(
      "bad-region",
      {
        ...base,
        placements: [{ cloud: "azure", region: "westeurope", weight: 1 }],
        capacity: { spotPercent: 50 },
      },
      /capacity\.spotPercent: 50 is not valid here: no spot placement .*westeurope.*set capacity\.spotPercent to 0/s,
    );
  });

  it("asks Kubernetes members with a spot share how the cluster marks spot nodes", async () => {
    await fails(
      "bad-k8s",
      {
        unit: UNIT,
        placements: [{ cloud: "kubernetes", weight: 1 }],
        scaling: { min: 1, max: 4 },
        capacity: { spotPercent: 50 },
      },
      /kubernetes\.spotNodes.*"karpenter", "gke", "aks"/,
    );
    await fails(
      "bad-k8s2",
      {
        unit: UNIT,
        placements: [{ cloud: "kubernetes", weight: 1 }],
        scaling: { min: 1, max: 4 },
        kubernetes: { spotNodes: "eks" as never },
      },
      /kubernetes\.spotNodes: "eks"/,
    );
  });
});
