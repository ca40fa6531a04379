import { describe, expect, it } from "vitest";
import { allowedReplacement, defaultFamilies } from "../../policy/rules/allowed-instance-families";
import { defaultCatalog } from "../../sdk/catalog/catalog";

const catalog = defaultCatalog();
const families = defaultFamilies();

describe("allowed-instance-families: the type it suggests", () => {
  it("is the cheapest allowed type at least as large, from the whole catalog: t2.micro → t3.micro, not t3.large", () => {
    // The trial (aws-ts-webserver) was told of t3.large, the smallest t3 of the curated set.
    expect(catalog.instanceTypes("aws").some((t) => t.name === "t3.micro")).toBe(false);
    expect(allowedReplacement("aws", "us-east-1", "t2.micro", families.aws, catalog)).toEqual({
      instanceType: "t3.micro",
      family: "t3",
      vcpus: 2,
      memoryGiB: 1,
      instanceHourlyUsd: catalog.offer("aws", "us-east-1", "t3.micro")!.hourlyUsd,
    });
    expect(allowedReplacement("aws", "us-west-2", "t2.medium", families.aws, catalog)?.instanceType).toBe(
      "t3.medium",
    );
  });

  it("never has fewer vCPUs, less memory, fewer GPUs or another architecture than the current type", () => {
    const cases: [cloud: "aws" | "azure" | "gcp", region: string, type: string, allowed: string[]][] = [
      ["aws", "us-east-1", "t2.micro", ["m6i", "m7i", "c6i"]],
      ["aws", "us-east-1", "m5.xlarge", ["m6i", "m7i", "c6i"]],
      ["aws", "us-east-1", "r5.2xlarge", families.aws],
      ["aws", "us-east-1", "p3.2xlarge", [...families.aws, "g5"]],
      ["gcp", "us-central1", "n1-standard-1", families.gcp],
      ["azure", "eastus", "Standard_E4s_v5", ["Ds_v5"]],
    ];
    for (const [cloud, region, type, allowed] of cases) {
      const now = catalog.instanceType(cloud, type)!;
      const r = allowedReplacement(cloud, region, type, allowed, catalog);
      expect(r, type).toBeDefined();
      const spec = catalog.instanceType(cloud, r!.instanceType)!;
      expect(allowed, type).toContain(spec.family);
      expect(spec.vcpus, type).toBeGreaterThanOrEqual(now.vcpus);
      expect(spec.memoryGiB, type).toBeGreaterThanOrEqual(now.memoryGiB);
      expect(spec.gpuCount, type).toBeGreaterThanOrEqual(now.gpuCount);
      expect(spec.arch, type).toBe(now.arch);
      // Cheapest: no allowed type that fits costs less there.
      for (const name of catalog.instanceTypeNames(cloud)) {
        const t = catalog.instanceType(cloud, name);
        const offer = catalog.offer(cloud, region, name);
        if (!t || !offer || !allowed.includes(t.family) || t.arch !== now.arch) continue;
        if (t.vcpus < now.vcpus || t.memoryGiB < now.memoryGiB || t.gpuCount < now.gpuCount) continue;
        if (now.gpuCount === 0 && t.gpuCount > 0) continue;
        expect(offer.hourlyUsd, `${type}: ${name}`).toBeGreaterThanOrEqual(r!.instanceHourlyUsd);
      }
    }
    // m5.xlarge (4 vCPU, 16 GiB) → m6i.xlarge at the same price, not a cheaper but smaller c6i.
    expect(
      allowedReplacement("aws", "us-east-1", "m5.xlarge", ["m6i", "m7i", "c6i"], catalog)?.instanceType,
    ).toBe("m6i.xlarge");
  });

  it("is none for a type or region the catalog does not know, or when nothing allowed fits", () => {
    expect(allowedReplacement("aws", "us-east-1", "zz9.huge", families.aws, catalog)).toBeUndefined();
    expect(allowedReplacement("aws", "mars-1", "t2.micro", families.aws, catalog)).toBeUndefined();
    expect(allowedReplacement("aws", "us-east-1", "x2iedn.32xlarge", ["t3"], catalog)).toBeUndefined();
  });
});
