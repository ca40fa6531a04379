import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { cloudOfType, priceResource } from "../../sdk/cost/price-resource";
import { planJson, PlanJson, ROOT } from "./helpers";

/** Every program under examples/, the component examples others add included. */
const EXAMPLES = readdirSync(join(ROOT, "examples"))
  .filter((d) => existsSync(join(ROOT, "examples", d, "Pulumi.yaml")))
  .sort();

const catalog = loadCatalog();

/** The sdk's monthly price for a resource of the raw examples, from the inputs the example declares. */
function expected(type: string, props: Record<string, unknown>, region: string): number {
  const p = priceResource(type, props, { catalog, region });
  if (!p.priced) throw new Error(`test expectation is unpriced: ${p.reason}`);
  return p.monthlyUsd;
}

const byName = (json: PlanJson, type: string, name: string) => {
  const r = json.resources.find((x) => x.type === type && x.name === name);
  if (!r) throw new Error(`${type} ${name} not in the plan: ${json.resources.map((x) => x.name).join(", ")}`);
  return r;
};

/** What each raw example must show: the resources the example declares, priced by the sdk. */
const RAW: Record<string, (json: PlanJson) => void> = {
  "raw-aws": (json) => {
    const web = byName(json, "aws:ec2/instance:Instance", "web");
    expect(web.region).toBe("us-west-2"); // from aws:region in Pulumi.dev.yaml
    expect(web.monthlyUsd).toBe(
      expected(
        "aws:ec2/instance:Instance",
        { instanceType: "m6i.large", rootBlockDevice: { volumeSize: 30, volumeType: "gp3" } },
        "us-west-2",
      ),
    );
    expect(byName(json, "aws:ebs/volume:Volume", "web-data").monthlyUsd).toBe(
      expected("aws:ebs/volume:Volume", { size: 100, type: "gp3" }, "us-west-2"),
    );
  },
  "raw-azure": (json) => {
    const vm = byName(json, "azure-native:compute:VirtualMachine", "worker");
    expect(vm.region).toBe("westeurope");
    expect(vm.monthlyUsd).toBe(
      expected(
        "azure-native:compute:VirtualMachine",
        {
          hardwareProfile: { vmSize: "Standard_D4s_v5" },
          storageProfile: { osDisk: { diskSizeGB: 64, managedDisk: { storageAccountType: "Premium_LRS" } } },
        },
        "westeurope",
      ),
    );
  },
  "raw-gcp": (json) => {
    const api = byName(json, "gcp:compute/instance:Instance", "api");
    expect(api.region).toBe("europe-west1");
    expect(api.monthlyUsd).toBe(
      expected(
        "gcp:compute/instance:Instance",
        {
          zone: "europe-west1-b",
          machineType: "e2-standard-4",
          bootDisk: { initializeParams: { size: 20 } },
        },
        "europe-west1",
      ),
    );
  },
  "raw-k8s": (json) => {
    const shop = byName(json, "kubernetes:apps/v1:Deployment", "shop");
    const container = { name: "web", resources: { requests: { cpu: "500m", memory: "1Gi" } } };
    expect(shop.monthlyUsd).toBe(
      expected(
        "kubernetes:apps/v1:Deployment",
        { spec: { replicas: 3, template: { spec: { containers: [container] } } } },
        "",
      ),
    );
  },
};

describe("lepton-mc plan on every example", () => {
  it("finds the raw examples", () => {
    expect(EXAMPLES).toEqual(expect.arrayContaining(Object.keys(RAW)));
  });

  it.each(EXAMPLES)("%s: runs, records, prices and checks", async (example) => {
    const { run, json } = await planJson([join("examples", example)]);
    expect(run.stderr).not.toMatch(/program error|internal error/);
    expect([0, 1]).toContain(run.code);
    expect(json.resources.length).toBeGreaterThan(0);
    // Totals are the sum of the priced resources, per cloud and overall.
    const priced = json.resources.filter((r) => r.priced);
    const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 100) / 100;
    expect(json.totals.monthlyUsd).toBeCloseTo(sum(priced.map((r) => r.monthlyUsd!)), 1);
    expect(json.totals.monthlyUsd).toBeCloseTo(sum(Object.values(json.totals.byCloud)), 1);
    expect(json.totals.unpriced).toBe(json.resources.length - priced.length);
    for (const r of json.resources) {
      if (cloudOfType(r.type)) expect(r.cloud).toBe(cloudOfType(r.type));
      if (r.priced) expect(r.monthlyUsd).toBeCloseTo(r.hourlyUsd! * 730, 1);
      else expect(r.note).not.toBe("");
    }
    // The exit code follows the mandatory violations and the budget (--fail-on mandatory).
    const failing = json.violations.some((v) => v.level === "mandatory") || json.budget?.exceeded === true;
    expect(run.code).toBe(failing ? 1 : 0);
    RAW[example]?.(json);
    if (RAW[example]) {
      // The raw examples follow the built-in pack's rules: no mandatory violation.
      expect(json.violations.filter((v) => v.level === "mandatory")).toEqual([]);
      expect(json.totals.unpriced).toBe(0);
    }
  });
});
