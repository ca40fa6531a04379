import { execFileSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyConfigError, startPolicyPack } from "../../analyzer/harness";
import { ensureBuilt, of, PACK_DIR, provider, res, ROOT } from "./helpers";

const AWS = { provider: provider("aws", { region: "us-east-1" }, "default") };
const bigInstance = res("aws:ec2/instance:Instance", "web", { instanceType: "m6i.large" }, AWS);
let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "lepton-policy-"));
  // A negotiated (made-up) price: m6i.large at $9.99/h in us-east-1.
  writeFileSync(
    join(dir, "catalog.json"),
    JSON.stringify({
      offers: [
        { cloud: "aws", region: "us-east-1", instanceType: "m6i.large", hourlyUsd: 9.99, source: "test" },
      ],
      sources: [{ id: "test", description: "test" }],
    }),
  );
  writeFileSync(
    join(dir, "bad-observed.json"),
    JSON.stringify({
      kind: "lepton-observed-utilization",
      version: 1,
      resources: [{ name: "x", cpuP95: 140 }],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the pack with a config expected to be rejected; returns the error message. */
async function rejected(config: Record<string, unknown>): Promise<string> {
  const err = await startPolicyPack(PACK_DIR, { config }).then(
    async (s) => {
      await s.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PolicyConfigError);
  return (err as Error).message;
}

describe("config errors name the policy, the field, the value and what is valid", () => {
  it("rejects values against each policy's schema, and unknown names, every problem at once", async () => {
    const msg = await rejected({
      "monthly-budget": { budgetUsd: "lots" },
      "max-instance-hourly-price": "strict",
      "allowed-region": { allowedRegions: ["us-east-1"] },
      "no-public-admin-ports": { ports: [22, 70000] },
    });
    expect(msg).toMatch(/4 problems/);
    expect(msg).toContain('monthly-budget.budgetUsd: "lots" is not valid; must be number,null');
    expect(msg).toContain(
      'max-instance-hourly-price: "strict" is not an enforcement level; use one of: advisory, mandatory, remediate, disabled',
    );
    expect(msg).toContain('allowed-region: is not a policy of this pack; did you mean "allowed-regions"?');
    expect(msg).toContain("no-public-admin-ports.ports.1: 70000 is not valid; must be <= 65535");
  });

  it("rejects a setting name the policy does not have (the pack checks what the CLI lets through)", async () => {
    const msg = await rejected({ "max-instance-hourly-price": { maxHourly: 2 } });
    expect(msg).toContain(
      'max-instance-hourly-price.maxHourly: is not a setting of max-instance-hourly-price; did you mean "maxHourlyUsd"?',
    );
  });

  it("rejects unreadable or invalid files named in the config, with the resolved path", async () => {
    expect(
      await rejected({ all: { enforcementLevel: "mandatory", catalogFile: join(dir, "missing.json") } }),
    ).toMatch(/all\.catalogFile: ".*missing\.json" \(.*missing\.json\): catalog file .*ENOENT/);
    expect(
      await rejected({
        "rightsize-underutilized": { observedUtilizationFile: join(dir, "bad-observed.json") },
      }),
    ).toMatch(/resources\[0\]\.cpuP95: 140 is not valid; use a number at least 0 and at most 100/);
  });

  it('requires a level in an "all" entry that carries settings, as the CLI does', async () => {
    expect(await rejected({ all: { catalogFile: join(dir, "catalog.json") } })).toMatch(
      /all: an "all" entry with properties needs an "enforcementLevel"/,
    );
  });
});

describe("catalogFile", () => {
  it('prices with a user catalog given pack-wide ("all"), and a rule\'s own setting wins', async () => {
    const s = await startPolicyPack(PACK_DIR, {
      config: {
        all: { enforcementLevel: "mandatory", catalogFile: join(dir, "catalog.json") },
        "no-public-ip": "advisory",
        "max-instance-hourly-price": { maxHourlyUsd: 1 },
        "cost-allocation-tags": { catalogFile: join(ROOT, "test/fixtures/empty-catalog.json") },
      },
    });
    try {
      expect(s.config["no-public-ip"].enforcementLevel).toBe("advisory");
      expect(s.config["rightsize-underutilized"].enforcementLevel).toBe("mandatory");
      const vs = await s.analyze(bigInstance);
      expect(of(vs, "max-instance-hourly-price")[0].message).toMatch(/one instance costs \$9\.99\d*\/h/);
      // The rule's own (empty) catalog file: shipped prices, m6i.large at $0.096/h + 8 GB root volume.
      expect(of(vs, "cost-allocation-tags")[0].message).toMatch(/its \$70\.72\/month/);
    } finally {
      await s.close();
    }
  });
});

describe("pack directory", () => {
  it("keeps policy/package.json's version in step with the package", () => {
    const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const pack = JSON.parse(readFileSync(join(PACK_DIR, "package.json"), "utf8"));
    expect(pack.version).toBe(root.version);
    expect(pack.main).toBe("../dist/policy/index.js");
  });

  it("runs from an installed layout (node_modules/lepton-multicloud/policy) without compiling TypeScript", async () => {
    const app = join(dir, "app");
    const installed = join(app, "node_modules", "lepton-multicloud");
    mkdirSync(installed, { recursive: true });
    // What npm installs: the files list (dist, policy, README) and package.json; dependencies beside it.
    for (const f of ["dist", "policy", "package.json"])
      cpSync(join(ROOT, f), join(installed, f), { recursive: true });
    for (const dep of readdirSync(join(ROOT, "node_modules")))
      if (dep !== "lepton-multicloud" && dep !== ".bin")
        symlinkSync(join(ROOT, "node_modules", dep), join(app, "node_modules", dep));
    rmSync(join(installed, "policy", "index.ts")); // no TypeScript source is needed to run it
    const s = await startPolicyPack(join(installed, "policy"));
    try {
      expect(s.info.name).toBe("lepton-multicloud");
      expect(of(await s.analyze(bigInstance), "imdsv2-required")).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it("ships the pack directory and the compiled pack", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const files = (JSON.parse(out)[0].files as { path: string }[]).map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(["policy/PulumiPolicy.yaml", "policy/package.json", "dist/policy/index.js"]),
    );
  });
});
