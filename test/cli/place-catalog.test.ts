import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { place } from "../../sdk/placement/place";
import { ensureBuilt, lepton } from "../helpers/cli";

beforeAll(ensureBuilt, 300_000);

describe("lepton-mc place", () => {
  it("prints the choice as JSON, the same as the sdk's", () => {
    const r = lepton(["place", "--vcpus", "2", "--memory", "4", "--geo", "eu", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const sdk = place({ vcpus: 2, memoryGiB: 4 }, { geography: "eu" }, defaultCatalog());
    expect(out).toMatchObject({
      cloud: sdk.cloud,
      region: sdk.region,
      instanceType: sdk.instanceType,
      hourlyUsd: sdk.hourlyUsd,
      monthlyUsd: sdk.monthlyUsd,
    });
    for (const key of ["vcpus", "memoryGiB", "alternatives"]) expect(out).toHaveProperty(key);
    expect(out.alternatives[0]).toHaveProperty("instanceType");
    expect(out.alternatives[0]).toHaveProperty("hourlyUsd");
  });

  it("honours GPU, clouds, regions and a price cap", () => {
    const r = lepton([
      "place",
      "--vcpus",
      "4",
      "--memory",
      "16",
      "--gpu",
      "1:T4",
      "--clouds",
      "aws,gcp",
      "--regions",
      "us-east-1,us-central1",
      "--max-hourly",
      "1",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.gpuModel).toBe("T4");
    expect(["us-east-1", "us-central1"]).toContain(out.region);
    expect(out.hourlyUsd).toBeLessThanOrEqual(1);
  });

  it("prints a table for people", () => {
    const r = lepton([
      "place",
      "--vcpus",
      "2",
      "--memory",
      "4",
      "--cloud",
      "aws",
      "--region",
      "eu-central-1",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^aws eu-central-1 \S+: \$[\d.]+\/h/);
    expect(r.stdout).toContain("price source:");
  });

  it("exits 2 with one line naming a bad argument", () => {
    for (const args of [
      ["place", "--vcpus", "x", "--memory", "4"],
      ["place", "--memory", "4"],
      ["place", "--vcpus", "2", "--memory", "4", "--bogus"],
      ["place", "--vcpus", "2", "--memory", "4", "--geo", "mars"],
      ["place", "--vcpus", "2", "--memory", "4", "--gpu", "0"],
    ]) {
      const r = lepton(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr).not.toContain("    at ");
    }
    expect(lepton(["place", "--vcpus", "x", "--memory", "4"]).stderr).toContain('--vcpus: "x" is not valid');
    expect(lepton(["place", "--vcpus", "2", "--memory", "4", "--geo", "mars"]).stderr).toContain(
      "placement.geography",
    );
  });

  it("exits 3 with the explanation when nothing fits", () => {
    const r = lepton(["place", "--vcpus", "2", "--memory", "4", "--max-hourly", "0.001"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("placement.maxHourlyUsd excluded every remaining candidate");
  });
});

describe("lepton-mc catalog", () => {
  it("lists matching entries as JSON with the documented fields", () => {
    const r = lepton(["catalog", "--cloud", "gcp", "--region", "europe-west4", "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row).toMatchObject({ cloud: "gcp", region: "europe-west4", geography: "eu" });
      for (const key of ["instanceType", "vcpus", "memoryGiB", "arch", "gpuCount", "gpuModel", "hourlyUsd"])
        expect(row).toHaveProperty(key);
    }
    expect(lepton(["catalog", "--cloud", "aws", "--type", "m5.large", "--json"]).stdout).toContain(
      '"hourlyUsd": 0.096',
    );
    expect(lepton(["catalog", "--cloud", "ibm"]).code).toBe(2);
  });

  it("imports a SkyPilot vms.csv into a user catalog that place accepts", () => {
    const out = join(mkdtempSync(join(tmpdir(), "lepton-")), "azure.json");
    const sample = join(__dirname, "..", "..", "..", "shared", "data", "skypilot-samples", "azure-vms.csv");
    const r = lepton(["catalog", "import", sample, "--cloud", "azure", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/read \d+ rows: \d+ offers/);
    expect(r.stderr).toMatch(/azure-vms\.csv:\d+: skipped: Price "" is not a positive finite number/);
    expect(JSON.parse(readFileSync(out, "utf8")).offers.length).toBeGreaterThan(5000);
    const placed = lepton([
      "place",
      "--vcpus",
      "2",
      "--memory",
      "8",
      "--cloud",
      "azure",
      "--region",
      "eastus",
      "--type",
      "Standard_D2_v3",
      "--catalog",
      out,
      "--json",
    ]);
    expect(placed.code).toBe(0);
    expect(JSON.parse(placed.stdout).instanceType).toBe("Standard_D2_v3");
    expect(lepton(["catalog", "import", "/nonexistent.csv", "--cloud", "aws", "--out", out]).code).toBe(2);
  });
});

describe("lepton-mc bad arguments: one line naming the argument, the value and what is valid, exit 2", () => {
  const out = mkdtempSync(join(tmpdir(), "lepton-args-"));
  const cases: { args: string[]; says: string[] }[] = [
    {
      args: ["place", "--vcpus", "2", "--memory", "4", "--clouds", ""],
      says: ['--clouds: ""', "aws, azure, gcp"],
    },
    {
      args: ["place", "--vcpus", "0x10", "--memory", "4"],
      says: ['--vcpus: "0x10" is not valid', "a number"],
    },
    {
      args: [
        "place",
        "--vcpus",
        "2",
        "--memory",
        "4",
        "--region",
        "eu-west-1",
        "--regions",
        "us-east-1,westeurope",
      ],
      says: ['--region: "eu-west-1" is not among --regions us-east-1,westeurope'],
    },
    { args: ["catalog", "--type", "m5.lareg"], says: ['--type: "m5.lareg"', 'did you mean "m5.large"'] },
    {
      args: ["catalog", "--cloud", "aws", "--region", "eu-wst-1"],
      says: ['--region: "eu-wst-1"', 'did you mean "eu-west-1"'],
    },
    {
      args: [
        "catalog",
        "import",
        "../shared/data/skypilot-samples/azure-vms.csv",
        "--cloud",
        "azure",
        "--out",
        join(out, "missing", "c.json"),
      ],
      says: ["--out: cannot write", "its folder does not exist"],
    },
  ];
  for (const c of cases) {
    it(c.args.join(" "), () => {
      const r = lepton(c.args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toContain("internal error");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      for (const s of c.says) expect(r.stderr).toContain(s);
    });
  }
});
