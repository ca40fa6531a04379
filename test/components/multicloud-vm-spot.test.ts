import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { place } from "../../sdk/placement/place";
import type { CostReport } from "../../components/shared/cost-sink";
import { registerCostSink } from "../../components/shared/cost-sink";
import { componentKit } from "../helpers/components";
import { installMocks, Recorded, valueOf } from "../helpers/mocks";

type Vm = typeof import("../../components/multicloud-vm");
type Args = import("../../components/multicloud-vm").MultiCloudVmArgs;

const catalog = defaultCatalog();
const UNIT = { vcpus: 2, memoryGiB: 8, diskGiB: 40 };
const ACK = { acknowledgeInterruptions: true };
let recorded: Recorded[];
let M: Vm;

beforeAll(async () => {
  recorded = installMocks({});
  M = await import("../../components/multicloud-vm");
});

beforeEach(() => pulumi.runtime.setAllConfig({}));

const kit = componentKit(
  () => recorded,
  (name: string, args: Args, opts?: pulumi.ComponentResourceOptions) => new M.MultiCloudVm(name, args, opts),
);
const { fails } = kit;

async function build(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const { component, ...rest } = await kit.build(name, args, opts);
  return { vm: component, ...rest };
}

describe("a spot MultiCloudVm", () => {
  it("AWS: a persistent spot request that stops on interruption, placed and priced at the spot price", async () => {
    const { vm, one } = await build("spot-aws", {
      unit: UNIT,
      placement: { cloud: "aws", region: "us-east-1" },
      capacity: "spot",
      spot: ACK,
    });
    const expected = place(UNIT, { cloud: "aws", region: "us-east-1", priceBy: "spot" }, catalog);
    const instance = one("aws:ec2/instance:Instance");
    expect(instance.instanceType).toBe(expected.instanceType);
    expect(instance.instanceMarketOptions).toEqual({
      marketType: "spot",
      spotOptions: { instanceInterruptionBehavior: "stop", spotInstanceType: "persistent" },
    });
    expect(vm.placement.priceBy).toBe("spot");
    expect(vm.placement.instanceHourlyUsd).toBe(
      catalog.spotPrice("aws", "us-east-1", expected.instanceType)!.hourlyUsd,
    );
    expect(await valueOf(vm.monthlyUsd)).toBe(expected.monthlyUsd);
    // The engine prices the raw instance to the component's own figure.
    const raw = priceResource("aws:ec2/instance:Instance", instance, { catalog });
    expect(raw.priced && raw.monthlyUsd).toBeCloseTo(expected.monthlyUsd, 1);
    expect(raw.priced && raw.lines[0].spot).toBe(true);
  });

  it("AWS: a one-time request that terminates, when interruptions may delete it and the data loss is acknowledged", async () => {
    const { one } = await build("spot-aws-del", {
      unit: UNIT,
      placement: { cloud: "aws", region: "us-east-1" },
      capacity: "spot",
      spot: { ...ACK, onInterruption: "delete", acknowledgeDataLoss: true },
    });
    expect(one("aws:ec2/instance:Instance").instanceMarketOptions.spotOptions).toEqual({
      instanceInterruptionBehavior: "terminate",
      spotInstanceType: "one-time",
    });
  });

  it("Azure: priority Spot, deallocated on eviction (or deleted), capped at the pay-as-you-go price", async () => {
    const { vm, one } = await build("spot-az", {
      unit: UNIT,
      placement: { cloud: "azure", region: "eastus" },
      capacity: "spot",
      spot: ACK,
    });
    const machine = one("azure-native:compute:VirtualMachine");
    expect(machine).toMatchObject({
      priority: "Spot",
      evictionPolicy: "Deallocate",
      billingProfile: { maxPrice: -1 },
    });
    expect(vm.placement.instanceHourlyUsd).toBe(
      catalog.spotPrice("azure", "eastus", machine.hardwareProfile.vmSize)!.hourlyUsd,
    );
    const del = await build("spot-az-del", {
      unit: UNIT,
      placement: { cloud: "azure", region: "eastus" },
      capacity: "spot",
      spot: { ...ACK, onInterruption: "delete", acknowledgeDataLoss: true },
    });
    expect(del.one("azure-native:compute:VirtualMachine").evictionPolicy).toBe("Delete");
  });

  it("GCP: provisioning model SPOT, preemptible, no automatic restart, stopped (or deleted) on preemption", async () => {
    const { vm, one } = await build("spot-gcp", {
      unit: UNIT,
      placement: { cloud: "gcp", region: "europe-west1" },
      capacity: "spot",
      spot: ACK,
    });
    const instance = one("gcp:compute/instance:Instance");
    expect(instance.scheduling).toEqual({
      provisioningModel: "SPOT",
      preemptible: true,
      automaticRestart: false,
      onHostMaintenance: "TERMINATE",
      instanceTerminationAction: "STOP",
    });
    expect(vm.placement.instanceHourlyUsd).toBe(
      catalog.spotPrice("gcp", "europe-west1", instance.machineType)!.hourlyUsd,
    );
    const del = await build("spot-gcp-del", {
      unit: UNIT,
      placement: { cloud: "gcp", region: "europe-west1" },
      capacity: "spot",
      spot: { ...ACK, onInterruption: "delete", acknowledgeDataLoss: true },
    });
    expect(del.one("gcp:compute/instance:Instance").scheduling.instanceTerminationAction).toBe("DELETE");
  });

  it("re-prices a pinned type at its spot price, reports the spot part and registers the choice for the rules", async () => {
    const reports: CostReport[] = [];
    const budget = new pulumi.ComponentResource("test:index:Budget", "budget-vm-spot", {});
    registerCostSink(budget, { report: (r) => reports.push(r), costTags: {} });
    const { vm } = await build(
      "spot-pin",
      {
        unit: UNIT,
        placement: { cloud: "aws", region: "us-east-1", instanceType: "m6i.large", priceBy: "onDemand" },
        capacity: "spot",
        spot: ACK,
      },
      { parent: budget },
    );
    const spot = catalog.spotPrice("aws", "us-east-1", "m6i.large")!.hourlyUsd;
    expect(vm.placement.instanceType).toBe("m6i.large");
    expect(vm.placement.instanceHourlyUsd).toBe(spot);
    expect(vm.placement.onDemandInstanceHourlyUsd).toBe(
      catalog.offer("aws", "us-east-1", "m6i.large")!.hourlyUsd,
    );
    expect(reports[0].spotMonthlyUsd).toBeCloseTo(spot * 730, 2);
    const component = recorded.find(
      (r) => r.type === "lepton-multicloud:index:MultiCloudVm" && r.name === "spot-pin",
    )!;
    expect(component.inputs).toMatchObject({ capacity: "spot", spot: ACK });
  });

  it("leaves an on-demand machine as it was", async () => {
    const { vm, one } = await build("od-aws", {
      unit: UNIT,
      placement: { cloud: "aws", region: "us-east-1" },
    });
    expect(one("aws:ec2/instance:Instance").instanceMarketOptions).toBeUndefined();
    expect(vm.placement.priceBy).toBeUndefined();
  });
});

describe("bad input", () => {
  const where = { cloud: "aws" as const, region: "us-east-1" };
  it("refuses spot without the acknowledgement that the machine may be stopped at any time", async () => {
    await fails(
      "no-ack",
      { unit: UNIT, placement: where, capacity: "spot" },
      /spot\.acknowledgeInterruptions: is required.*set it to true to accept that the cloud may stop this machine at any time/,
    );
    await fails(
      "false-ack",
      { unit: UNIT, placement: where, capacity: "spot", spot: { acknowledgeInterruptions: false } },
      /spot\.acknowledgeInterruptions: false/,
    );
  });

  it("refuses a spot machine whose interruptions delete its disk unless the data may be lost", async () => {
    await fails(
      "no-loss",
      { unit: UNIT, placement: where, capacity: "spot", spot: { ...ACK, onInterruption: "delete" } },
      /spot\.acknowledgeDataLoss: is required.*deletes the machine and its disk .*onInterruption "stop"/,
    );
  });

  it("refuses spot where the catalog has no spot price, naming capacity and the place", async () => {
    await fails(
      "no-price",
      { unit: UNIT, placement: { cloud: "azure", region: "westeurope" }, capacity: "spot", spot: ACK },
      /capacity: "spot" is not valid here: no spot placement .*westeurope.*use capacity "onDemand"/s,
    );
    await fails(
      "no-price-pin",
      {
        unit: UNIT,
        placement: {
          cloud: "azure",
          region: "westeurope",
          instanceType: "Standard_D2s_v5",
          priceBy: "onDemand",
        },
        capacity: "spot",
        spot: ACK,
      },
      /capacity: "spot" is not valid here: no spot price for Standard_D2s_v5 in azure westeurope/,
    );
  });

  it("refuses spot args without capacity spot, a bad capacity, and spot on Kubernetes", async () => {
    await fails("stray", { unit: UNIT, placement: where, spot: ACK }, /spot: .*set capacity: "spot"/);
    await fails("bad-cap", { unit: UNIT, placement: where, capacity: "cheap" as never }, /capacity: "cheap"/);
    await fails(
      "k8s",
      { unit: UNIT, placement: { cloud: "kubernetes" }, capacity: "spot", spot: ACK },
      /capacity: "spot" .*StatefulSet pod/,
    );
    await fails(
      "rank",
      { unit: UNIT, placement: { ...where, priceBy: "spot" } },
      /placement\.priceBy: "spot" .*runs on-demand/,
    );
  });
});
