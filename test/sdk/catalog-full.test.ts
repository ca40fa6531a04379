import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { fullTableReads } from "../../sdk/catalog/full-table";
import { PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import { priceResource } from "../../sdk/cost/price-resource";
import type { Priced, ResourcePrice, Unpriced } from "../../sdk/cost/types";

const ok = (r: ResourcePrice): Priced => {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
};
const fails = (r: ResourcePrice): Unpriced => {
  if (r.priced) throw new Error("priced");
  return r;
};

// Runs in its own file (own module registry) so the read counters start at zero.
const catalog = defaultCatalog();

describe("full pricing tables", () => {
  it("are not read until a lookup misses the curated set, then once per cloud", () => {
    expect(fullTableReads).toEqual({ aws: 0, azure: 0, gcp: 0 });
    // Curated hits and names spelled like another cloud's never read a table.
    expect(catalog.offer("aws", "us-east-1", "m5.large")?.hourlyUsd).toBe(0.096);
    expect(catalog.instanceType("aws", "Standard_D2s_v5")).toBeUndefined();
    expect(fullTableReads).toEqual({ aws: 0, azure: 0, gcp: 0 });
    expect(catalog.offer("aws", "us-east-1", "t3.micro")?.hourlyUsd).toBe(0.0104);
    expect(catalog.offer("aws", "eu-west-1", "t3.micro")?.hourlyUsd).toBe(0.0114);
    expect(fullTableReads).toEqual({ aws: 1, azure: 0, gcp: 0 });
  });

  it("price raw instances of uncurated types, naming the source", () => {
    // AWS pricing page map, us-east-1 (published 2026-08-06); eu-west-1 from SkyPilot v8 (transcribed).
    const us = ok(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "t3.micro" },
        { catalog, region: "us-east-1" },
      ),
    );
    expect(us.perInstanceHourlyUsd).toBeCloseTo(0.0104 + (8 * 0.08) / 730, 6);
    expect(us.assumptions.join(" ")).toContain("ec2-ondemand-without-sec-sel");
    const eu = ok(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "t3.micro" },
        { catalog, region: "eu-west-1" },
      ),
    );
    expect(eu.perInstanceHourlyUsd).toBeCloseTo(0.0114 + (8 * 0.08) / 730, 6);
    expect(eu.assumptions.join(" ")).toContain("skypilot-catalog v8");
    // p4d.24xlarge: curated (Karpenter = SkyPilot 21.957642/h).
    expect(catalog.offer("aws", "us-east-1", "p4d.24xlarge")?.hourlyUsd).toBe(21.957642);
    expect(catalog.instanceType("aws", "p4d.24xlarge")).toMatchObject({ vcpus: 96, gpuCount: 8 });
    // Azure A1 v2: Karpenter for Azure table, generated 2026-06-18.
    expect(catalog.offer("azure", "eastus", "Standard_A1_v2")?.hourlyUsd).toBe(0.043);
    expect(catalog.instanceType("azure", "Standard_A1_v2")).toMatchObject({ vcpus: 1, memoryGiB: 2 });
    // GCP shared-core and a type outside the curated set: Cyclenerd pricing.yml (2026-07-30).
    expect(catalog.offer("gcp", "us-central1", "e2-micro")?.hourlyUsd).toBe(0.008376);
    expect(catalog.offer("gcp", "us-central1", "f1-micro")?.hourlyUsd).toBe(0.0076);
    expect(catalog.instanceType("gcp", "e2-micro")).toMatchObject({
      vcpus: 2,
      memoryGiB: 1,
      category: "burstable",
    });
    expect(catalog.offer("gcp", "europe-west1", "c2-standard-8")?.hourlyUsd).toBeGreaterThan(0);
    expect(catalog.instanceTypes("gcp").some((t) => t.name === "c2-standard-8")).toBe(false);
    expect(catalog.describeSource(catalog.offer("gcp", "us-central1", "e2-micro")!.source)).toContain(
      "fd66b26f",
    );
  });

  it("keep spot prices apart from on-demand ones", () => {
    const spot = catalog.spotPrice("gcp", "us-central1", "e2-micro");
    expect(spot?.hourlyUsd).toBe(0.005027);
    expect(spot!.hourlyUsd).toBeLessThan(catalog.offer("gcp", "us-central1", "e2-micro")!.hourlyUsd);
    expect(catalog.spotPrice("aws", "us-east-1", "t3.micro")?.source).toBe("aws-full-spot");
  });

  it("suggest the nearest names for an unknown type", () => {
    expect(catalog.nearestInstanceTypes("aws", "m5.lareg")[0]).toBe("m5.large");
    const r = fails(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "m5.lareg" },
        { catalog, region: "us-east-1" },
      ),
    );
    expect(r.reason).toContain('"m5.lareg" is not in the aws catalog; nearest: m5.large');
    expect(catalog.nearestInstanceTypes("azure", "Standard_D2s_v9")).toContain("Standard_D2s_v5");
  });

  it("give every cloud at least 15 regions, curated types priced in the new ones (placement sees them)", () => {
    for (const cloud of PUBLIC_CLOUDS)
      expect(catalog.regions(cloud).length, cloud).toBeGreaterThanOrEqual(15);
    const curated = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
      catalog.data.offers.find((o) => o.cloud === cloud && o.region === region && o.instanceType === type);
    expect(curated("gcp", "us-east4", "n2-standard-4")?.hourlyUsd).toBeGreaterThan(0);
    expect(curated("azure", "francecentral", "Standard_D2s_v5")?.hourlyUsd).toBeGreaterThan(0);
    expect(curated("aws", "eu-north-1", "m6i.large")?.hourlyUsd).toBe(0.102);
    expect(curated("aws", "ca-central-1", "t3.large")?.hourlyUsd).toBe(0.0928);
  });
});

describe("AWS regional on-demand prices (sources/aws-skypilot-v8-transcribed.csv)", () => {
  const file = join(__dirname, "..", "..", "sdk", "catalog", "sources", "aws-skypilot-v8-transcribed.csv");
  const rows = parse(readFileSync(file, "utf8"), { columns: true }) as {
    instanceType: string;
    region: string;
    hourlyUsd: string;
  }[];

  it("knows every transcribed region, with a geography", () => {
    const regions = new Set(rows.map((r) => r.region));
    expect(regions.size).toBeGreaterThanOrEqual(15);
    for (const region of regions) expect(catalog.region("aws", region)?.geography, region).toBeDefined();
    expect(catalog.region("aws", "ca-central-1")?.geography).toBe("canada");
    expect(catalog.region("aws", "me-south-1")?.geography).toBe("middle-east");
    expect(catalog.region("aws", "eu-north-1")?.geography).toBe("eu");
  });

  it("prices every transcribed cell as the source row has it (curated figures within 1 %)", () => {
    // 1,090 cells from the first pass, 740 from the second (m5, c5, r5, c6i, m6g, c6g, c7g, m6a, c6a, r6a)
    // and 68 GPU cells (g4dn and g5, xlarge and 2xlarge).
    expect(rows.length).toBeGreaterThanOrEqual(1898);
    for (const r of rows) {
      const offer = catalog.offer("aws", r.region, r.instanceType);
      const want = Number(r.hourlyUsd);
      expect(offer, `${r.instanceType} ${r.region}`).toBeDefined();
      // us-east-1 keeps the AWS price map and the 9 original regions their curated rows; both were
      // checked against the transcription at build time, so they agree within 1 %.
      expect(Math.abs(offer!.hourlyUsd - want) / want, `${r.instanceType} ${r.region}`).toBeLessThanOrEqual(
        0.01,
      );
    }
    // Rows read from the CSV, compared exactly where the transcription is the catalog's only source.
    const row = (type: string, region: string) =>
      rows.find((r) => r.instanceType === type && r.region === region)!.hourlyUsd;
    expect(row("t2.medium", "us-west-2")).toBe("0.0464");
    expect(row("t2.medium", "eu-west-1")).toBe("0.05");
    expect(catalog.offer("aws", "us-west-2", "t2.medium")?.hourlyUsd).toBe(0.0464);
    expect(catalog.offer("aws", "eu-west-1", "t2.medium")?.hourlyUsd).toBe(0.05);
    expect(catalog.offer("aws", "ap-southeast-2", "t3a.large")?.hourlyUsd).toBe(
      Number(row("t3a.large", "ap-southeast-2")),
    );
    expect(catalog.offer("aws", "sa-east-1", "t3.large")).toBeUndefined();
    // Second pass: regions only the transcription prices (not us-east-1, not the 9 curated regions).
    expect(row("m5.large", "me-south-1")).toBe("0.118");
    expect(catalog.offer("aws", "me-south-1", "m5.large")?.hourlyUsd).toBe(0.118);
    expect(row("c6g.xlarge", "eu-south-2")).toBe("0.1459");
    expect(catalog.offer("aws", "eu-south-2", "c6g.xlarge")?.hourlyUsd).toBe(0.1459);
    expect(row("r6a.large", "ap-south-1")).toBe("0.0715");
    expect(catalog.offer("aws", "ap-south-1", "r6a.large")?.hourlyUsd).toBe(0.0715);
    expect(row("g4dn.xlarge", "me-south-1")).toBe("0.645");
    expect(catalog.offer("aws", "me-south-1", "g4dn.xlarge")?.hourlyUsd).toBe(0.645);
    // SkyPilot lists no m6a in me-south-1, so the transcription has no such cell.
    expect(rows.find((r) => r.instanceType === "m6a.large" && r.region === "me-south-1")).toBeUndefined();
  });

  it("prices EKS's default worker t2.medium outside us-east-1 (it failed with 'has no price in us-west-2')", () => {
    for (const region of ["us-west-2", "eu-west-1"]) {
      const r = ok(
        priceResource("aws:ec2/instance:Instance", { instanceType: "t2.medium" }, { catalog, region }),
      );
      expect(r.lines[0].hourlyUsd, region).toBe(region === "us-west-2" ? 0.0464 : 0.05);
    }
  });

  it("still errors clearly on an unknown region, and on a type not priced in a known one", () => {
    const unknown = fails(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "t2.medium" },
        { catalog, region: "mars-east-1" },
      ),
    );
    expect(unknown.reason).toContain('region "mars-east-1" is not in the aws catalog');
    expect(unknown.reason).toContain("ca-central-1");
    expect(() => catalog.requireRegion("aws", "mars-east-1")).toThrow(
      'region: "mars-east-1" is not a aws region',
    );
    // r5 was transcribed for large–4xlarge only: r5.8xlarge has no on-demand price in me-south-1 (README).
    const missing = fails(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "r5.8xlarge" },
        { catalog, region: "me-south-1" },
      ),
    );
    expect(missing.reason).toContain("r5.8xlarge has no price in me-south-1");
  });
});
