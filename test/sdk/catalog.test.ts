import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { defaultCatalog, loadCatalog } from "../../sdk/catalog/catalog";
import { CATEGORIES, GEOGRAPHIES, PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import { ValidationError } from "../../sdk/errors";

const catalog = defaultCatalog();
// The build reads in-repo copies of ../shared/data/prices, so this test needs nothing outside the clone.
const reference = join(__dirname, "..", "..", "sdk", "catalog", "sources", "reference");
const shared = join(__dirname, "..", "..", "..", "shared", "data", "prices");

describe("shipped catalog integrity", () => {
  it("covers at least 40 instance types in at least 8 regions per public cloud, across us, eu and asia", () => {
    for (const cloud of PUBLIC_CLOUDS) {
      expect(catalog.instanceTypes(cloud).length, cloud).toBeGreaterThanOrEqual(40);
      const regions = catalog.regions(cloud);
      expect(regions.length, cloud).toBeGreaterThanOrEqual(8);
      const geographies = new Set(regions.map((r) => r.geography));
      for (const g of ["us", "eu", "asia"] as const) expect(geographies.has(g), `${cloud} ${g}`).toBe(true);
      for (const g of geographies) expect(GEOGRAPHIES, `${cloud} ${g}`).toContain(g);
    }
    // Only AWS has regions in Canada, the Middle East and Africa in the catalog.
    expect(new Set(catalog.regions("aws").map((r) => r.geography))).toEqual(new Set(GEOGRAPHIES));
  });

  it("has general, compute, memory, burstable (not GCP), Arm and GPU (T4, L4 or A10G, A100) types", () => {
    for (const cloud of PUBLIC_CLOUDS) {
      const types = catalog.instanceTypes(cloud);
      for (const category of CATEGORIES) {
        // GCP's shared-core types are priced by the full table, not placed (sdk/catalog/sources/README.md).
        const expected = !(cloud === "gcp" && category === "burstable");
        expect(
          types.some((t) => t.category === category),
          `${cloud} ${category}`,
        ).toBe(expected);
      }
      expect(
        types.some((t) => t.arch === "arm64"),
        `${cloud} arm`,
      ).toBe(true);
      const gpus = new Set(types.map((t) => t.gpuModel));
      expect(gpus.has("T4"), `${cloud} T4`).toBe(true);
      expect(gpus.has("L4") || gpus.has("A10G") || gpus.has("A10"), `${cloud} L4/A10`).toBe(true);
      expect(
        [...gpus].some((g) => g?.startsWith("A100")),
        `${cloud} A100`,
      ).toBe(true);
    }
  });

  it("has no duplicate keys, positive prices, a geography for every region and a price for every type", () => {
    const keys = new Set<string>();
    for (const o of catalog.data.offers) {
      const key = `${o.cloud}/${o.region}/${o.instanceType}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(o.hourlyUsd, key).toBeGreaterThan(0);
      expect(catalog.region(o.cloud, o.region)?.geography, key).toBeDefined();
      expect(catalog.instanceType(o.cloud, o.instanceType), key).toBeDefined();
      for (const id of o.source.split("+")) expect(catalog.source(id), key).toBeDefined();
    }
    for (const t of catalog.data.instanceTypes) {
      expect(
        catalog.data.offers.some((o) => o.cloud === t.cloud && o.instanceType === t.name),
        t.name,
      ).toBe(true);
    }
    for (const s of catalog.data.services) expect(s.usd, `${s.cloud} ${s.item}`).toBeGreaterThan(0);
  });

  it("has disk, object storage, load balancer and egress prices with sources", () => {
    for (const cloud of PUBLIC_CLOUDS) {
      for (const item of ["disk.standard", "disk.ssd", "object.hot", "object.cool"] as const) {
        const price = catalog.service(cloud, catalog.regions(cloud)[0].name, item);
        expect(price, `${cloud} ${item}`).toBeDefined();
        expect(catalog.source(price!.source), `${cloud} ${item}`).toBeDefined();
      }
    }
    expect(catalog.service("aws", "ap-south-1", "egress.gb")?.usd).toBe(0.1093);
    expect(catalog.service("gcp", "europe-west3", "lb.hour")?.usd).toBe(0.01);
    // No citable source: absent rather than guessed.
    expect(catalog.service("azure", "westeurope", "object.archive")).toBeUndefined();
  });

  it("keeps its copies of the reference tables equal to ../shared when that is beside the clone", () => {
    for (const cloud of PUBLIC_CLOUDS)
      for (const file of [`${cloud}-instances.csv`, `${cloud}-other.csv`]) {
        const copy = readFileSync(join(reference, file), "utf8");
        expect(copy.length, file).toBeGreaterThan(1000);
        if (existsSync(shared)) expect(copy, file).toBe(readFileSync(join(shared, file), "utf8"));
      }
  });

  it("matches the reference price tables it was written from", () => {
    for (const cloud of PUBLIC_CLOUDS) {
      const rows: Record<string, string>[] = parse(
        readFileSync(join(reference, `${cloud}-instances.csv`), "utf8"),
        { columns: true },
      );
      let checked = 0;
      for (const r of rows) {
        if (r.instanceType.startsWith("accelerator:")) continue;
        expect(
          catalog.offer(cloud, r.region, r.instanceType)?.hourlyUsd,
          `${cloud} ${r.region} ${r.instanceType}`,
        ).toBe(Number(r.hourlyUsd));
        const t = catalog.instanceType(cloud, r.instanceType)!;
        expect([t.vcpus, t.memoryGiB, t.arch]).toEqual([Number(r.vcpus), Number(r.memoryGiB), r.arch]);
        checked++;
      }
      expect(checked).toBeGreaterThan(300);
    }
  });

  it("spot-checks public list prices", () => {
    expect(catalog.offer("aws", "us-east-1", "m5.large")?.hourlyUsd).toBe(0.096);
    expect(catalog.offer("azure", "eastus", "Standard_D2s_v5")?.hourlyUsd).toBe(0.096);
    expect(catalog.offer("gcp", "us-central1", "g2-standard-4")?.hourlyUsd).toBe(0.70683);
    // GCP GPUs: N1 host + accelerator, as GCP bills them.
    expect(catalog.offer("gcp", "us-central1", "n1-standard-4+1xnvidia-tesla-t4")?.hourlyUsd).toBeCloseTo(
      0.19 + 0.35,
      6,
    );
    expect(catalog.instanceType("gcp", "n1-standard-4+1xnvidia-tesla-t4")).toMatchObject({
      machineType: "n1-standard-4",
      gpuCount: 1,
      gpuModel: "T4",
    });
  });
});

describe("Kubernetes profile", () => {
  it("splits the node price exactly between vCPU and memory, and leaves the GPU the rest", () => {
    const k = catalog.kubernetes;
    const node = catalog.offer("aws", "us-east-1", "m6i.xlarge")!.hourlyUsd;
    expect(4 * k.vcpuHourUsd + 16 * k.memoryGiBHourUsd).toBeCloseTo(node, 5);
    expect(k.vcpuHourUsd).toBeGreaterThan(k.memoryGiBHourUsd);
    const gpuNode = catalog.offer("aws", "us-east-1", "g4dn.xlarge")!.hourlyUsd;
    expect(4 * k.vcpuHourUsd + 16 * k.memoryGiBHourUsd + k.gpuHourUsd).toBeCloseTo(gpuNode, 5);
  });

  it("can be overridden", () => {
    const c = catalog.withOverrides({ kubernetes: { vcpuHourUsd: 0.05 } });
    expect(c.kubernetes.vcpuHourUsd).toBe(0.05);
    expect(c.kubernetes.memoryGiBHourUsd).toBe(catalog.kubernetes.memoryGiBHourUsd);
  });
});

describe("user catalogs", () => {
  it("replace prices and add types and regions", () => {
    const c = catalog.withOverrides({
      regions: [{ cloud: "aws", name: "eu-south-9", geography: "eu", location: "private" }],
      instanceTypes: [
        {
          cloud: "aws",
          name: "x9.large",
          family: "x9",
          category: "general",
          vcpus: 2,
          memoryGiB: 8,
          arch: "x86_64",
          gpuCount: 0,
        },
      ],
      offers: [
        {
          cloud: "aws",
          region: "eu-south-9",
          instanceType: "x9.large",
          hourlyUsd: 0.01,
          source: "contract-7",
        },
        {
          cloud: "aws",
          region: "us-east-1",
          instanceType: "m5.large",
          hourlyUsd: 0.05,
          source: "contract-7",
        },
      ],
      sources: [{ id: "contract-7", description: "negotiated 2026 contract" }],
    });
    expect(c.offer("aws", "us-east-1", "m5.large")?.hourlyUsd).toBe(0.05);
    expect(c.offer("aws", "eu-south-9", "x9.large")?.hourlyUsd).toBe(0.01);
    expect(c.describeSource("contract-7")).toBe("negotiated 2026 contract");
    // composites are derived again, not duplicated
    expect(
      c.data.offers.filter(
        (o) => o.instanceType === "n1-standard-4+1xnvidia-tesla-t4" && o.region === "us-central1",
      ),
    ).toHaveLength(1);
    expect(catalog.offer("aws", "us-east-1", "m5.large")?.hourlyUsd).toBe(0.096);
  });

  it("report every problem with its path", () => {
    try {
      catalog.withOverrides(
        {
          offers: [
            { cloud: "aws", region: "us-east-1", instanceType: "m5.large", hourlyUsd: -1, source: "" },
          ],
          extra: 1,
        } as never,
        "my.json",
      );
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as Error).message).toContain("my.json.extra: is not a known field");
      expect((e as Error).message).toContain(
        "my.json.offers[0].hourlyUsd: -1 is not valid; use a number greater than 0",
      );
      expect((e as Error).message).toContain("my.json.offers[0].source");
    }
  });

  it("load from a file, with a clear error for a bad file", () => {
    expect(() => loadCatalog("/nonexistent/prices.json")).toThrow("catalog file /nonexistent/prices.json");
  });
});
