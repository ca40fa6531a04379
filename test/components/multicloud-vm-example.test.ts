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
    const catalog = defaultCatalog();
    const cheapest = recorded.find(
      (r) => r.custom && r.name.startsWith("web-eu-") && /Instance|VirtualMachine$/.test(r.type),
    )!;
    const inputs = cheapest.inputs as Record<string, string>;
    const cloud = cheapest.type.startsWith("aws") ? "aws" : cheapest.type.startsWith("gcp") ? "gcp" : "azure";
    const region = inputs.region ?? inputs.location ?? inputs.zone?.replace(/-[a-z]$/, "");
    expect(catalog.region(cloud, region)?.geography).toBe("eu");
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
