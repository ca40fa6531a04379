import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { geographyOf, importSkyPilotCsv } from "../../sdk/catalog/import-skypilot";
import { place } from "../../sdk/placement/place";

const sample = join(__dirname, "..", "..", "..", "shared", "data", "skypilot-samples", "azure-vms.csv");

describe("SkyPilot catalog import", () => {
  it("reads the real Azure vms.csv, collapses zones to regions and reports bad rows by line", () => {
    const text = readFileSync(sample, "utf8");
    const result = importSkyPilotCsv(text, "azure", "skypilot v6 sample");
    const lines = text.trim().split("\n");
    expect(result.rowsRead).toBe(lines.length - 1);
    // Every skipped row is one whose Price is empty or unusable, named by its line.
    for (const s of result.skipped) {
      const row = lines[s.line - 1].split(",");
      expect(Number(row[6]) > 0, `${s.line}: ${s.message}`).toBe(false);
    }
    expect(result.offers + result.skipped.length).toBeLessThanOrEqual(result.rowsRead);
    const d2 = result.catalog.offers!.find(
      (o) => o.instanceType === "Standard_D2s_v5" && o.region === "eastus",
    );
    expect(d2?.hourlyUsd).toBe(0.096);
    expect(result.catalog.instanceTypes!.find((t) => t.name === "Standard_D8ps_v5")?.arch).toBe("arm64");
    expect(result.catalog.regions!.every((r) => r.geography === "us")).toBe(true);
    // The imported file is a user catalog the sdk accepts, and placement uses it.
    const merged = defaultCatalog().withOverrides(result.catalog);
    expect(
      place(
        { vcpus: 2, memoryGiB: 8 },
        { cloud: "azure", region: "eastus", instanceType: "Standard_D2s_v5" },
        merged,
      ).hourlyUsd,
    ).toBeGreaterThan(0.096);
  });

  it("collapses zones of the AWS format and reports conflicts and bad rows", () => {
    const csv = [
      "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone,Arch",
      "m7g.large,,,2.0,8.0,,0.0816,0.03,us-east-1,us-east-1a,arm64",
      "m7g.large,,,2.0,8.0,,0.0816,0.03,us-east-1,us-east-1b,arm64",
      "m5.large,,,2.0,8.0,,0.096,0.04,eu-west-1,eu-west-1a,x86_64",
      "m5.large,,,2.0,8.0,,0.107,0.04,eu-west-1,eu-west-1b,x86_64",
      "m5.large,,,two,8.0,,0.096,0.04,us-east-1,us-east-1a,x86_64",
      "m5.large,,,2.0,8.0,,0.096,0.04,sa-east-1,sa-east-1a,x86_64",
      "g5.xlarge,A10G,1,4,16,,1.006,,us-east-1,us-east-1a,x86_64",
    ].join("\n");
    const r = importSkyPilotCsv(csv, "aws", "test");
    expect(r.offers).toBe(3);
    expect(r.skipped.map((s) => s.line)).toEqual([6, 7]);
    expect(r.skipped[0].message).toContain('vCPUs "two"');
    expect(r.skipped[1].message).toContain("sa-east-1");
    expect(r.conflicts).toEqual([{ instanceType: "m5.large", region: "eu-west-1", prices: [0.096, 0.107] }]);
    expect(r.catalog.instanceTypes!.find((t) => t.name === "g5.xlarge")).toMatchObject({
      gpuCount: 1,
      gpuModel: "A10G",
      category: "gpu",
    });
  });

  it("skips a price that does not fit a finite number (1e400), instead of writing null", () => {
    const csv = [
      "InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone,Arch",
      "m5.large,,,2.0,8.0,,1e400,,us-east-1,us-east-1a,x86_64",
      "m5.xlarge,,,4.0,16.0,,0.192,,us-east-1,us-east-1a,x86_64",
    ].join("\n");
    const r = importSkyPilotCsv(csv, "aws", "test");
    expect(r.offers).toBe(1);
    expect(r.skipped).toEqual([{ line: 2, message: 'Price "1e400" is not a positive finite number' }]);
    expect(JSON.stringify(r.catalog)).not.toContain("null");
  });

  it("rejects a file that is not the cloud's format", () => {
    expect(() => importSkyPilotCsv("a,b\n1,2", "gcp", "x")).toThrow(
      "line 1: not a SkyPilot gcp vms.csv header; missing column(s) InstanceType",
    );
  });

  it("knows the geographies of region names", () => {
    expect(geographyOf("gcp", "australia-southeast2")).toBe("asia");
    expect(geographyOf("azure", "francecentral")).toBe("eu");
    expect(geographyOf("azure", "southcentralus")).toBe("us");
    expect(geographyOf("aws", "me-south-1")).toBe("middle-east");
    expect(geographyOf("aws", "ca-central-1")).toBe("canada");
    expect(geographyOf("azure", "southafricanorth")).toBe("africa");
    // Mexico is not Canada: northamerica-south1 stays outside the known geographies.
    expect(geographyOf("gcp", "northamerica-south1")).toBeUndefined();
    expect(geographyOf("aws", "sa-east-1")).toBeUndefined();
  });
});
