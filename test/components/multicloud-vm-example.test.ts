import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installMocks, ofType, settle } from "../helpers/mocks";

const root = join(__dirname, "..", "..");
const example = join(root, "examples", "vm-anywhere");

describe("examples/vm-anywhere", () => {
  it("runs under mocks: one machine placed cheapest in Europe, one pinned on each target", async () => {
    const recorded = installMocks({
      "lepton-test:sshPublicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3vTtU9Vq0b7Rk me@laptop",
      "lepton-test:adminCidr": "203.0.113.7/32",
    });
    await import(join(example, "index.ts"));
    for (let i = 0; i < 10; i++) await settle();
    const vms = ofType(recorded, "lepton-multicloud:index:MultiCloudVm").map((r) => r.name);
    expect(vms.sort()).toEqual(["trainer-gcp", "web-aws", "web-azure", "web-eu", "web-k8s"]);
    const { defaultCatalog } = await import("../../sdk/catalog/catalog");
    const { validateComputeUnit } = await import("../../sdk/units/compute");
    const catalog = defaultCatalog();

    // What web-eu was asked for, and where it says it landed.
    const component = recorded.find((r) => !r.custom && r.name === "web-eu")!;
    const { unit: asked, placed } = component.inputs as {
      unit: import("../../sdk/units/compute").ComputeUnit;
      placed: { cloud: "aws" | "azure" | "gcp"; region: string; instanceType: string };
    };
    const unit = validateComputeUnit(asked);
    // Independently of the placement code: every offer of the three clouds in Europe that fits the
    // unit (no burstable types unless allowed, no GPU), priced with its boot disk, by brute force.
    const european = catalog.data.offers
      .filter((o) => catalog.region(o.cloud, o.region)?.geography === "eu")
      .filter((o) => {
        const t = catalog.instanceType(o.cloud, o.instanceType)!;
        return (
          t.category !== "burstable" &&
          t.arch === unit.arch &&
          t.gpuCount === 0 &&
          t.vcpus >= unit.vcpus &&
          t.memoryGiB >= unit.memoryGiB
        );
      })
      .map((o) => {
        const disk = catalog.service(
          o.cloud,
          o.region,
          unit.diskClass === "ssd" ? "disk.ssd" : "disk.standard",
        )!;
        return { ...o, withDisk: o.hourlyUsd + (disk.usd * unit.diskGiB) / 730 };
      });
    expect(european.length).toBeGreaterThan(10);
    const cheapest = Math.min(...european.map((o) => o.withDisk));
    const chosen = european.find(
      (o) => o.cloud === placed.cloud && o.region === placed.region && o.instanceType === placed.instanceType,
    );
    expect(chosen, `${JSON.stringify(placed)} is a European offer that fits the unit`).toBeDefined();
    expect(chosen!.withDisk).toBeCloseTo(cheapest, 6);

    // The machine built is the one placed.
    const machine = recorded.find(
      (r) => r.custom && r.name.startsWith("web-eu-") && /Instance|VirtualMachine$/.test(r.type),
    )!;
    const inputs = machine.inputs as Record<string, string> & { hardwareProfile?: { vmSize: string } };
    const cloud = machine.type.startsWith("aws") ? "aws" : machine.type.startsWith("gcp") ? "gcp" : "azure";
    expect(cloud).toBe(placed.cloud);
    expect(inputs.region ?? inputs.location ?? inputs.zone?.replace(/-[a-z]$/, "")).toBe(placed.region);
    expect(inputs.instanceType ?? inputs.machineType ?? inputs.hardwareProfile?.vmSize).toBe(
      placed.instanceType,
    );
    expect(ofType(recorded, "aws:ec2/instance:Instance").some((r) => r.name === "web-aws-vm")).toBe(true);
    expect(
      ofType(recorded, "azure-native:compute:VirtualMachine").some((r) => r.name === "web-azure-vm"),
    ).toBe(true);
    expect(ofType(recorded, "gcp:compute/instance:Instance").some((r) => r.name === "trainer-gcp-vm")).toBe(
      true,
    );
    expect(ofType(recorded, "kubernetes:apps/v1:StatefulSet").some((r) => r.name === "web-k8s-vm")).toBe(
      true,
    );
  });
});
