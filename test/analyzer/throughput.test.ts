import { afterAll, beforeAll, expect, it } from "vitest";
import {
  HarnessResource,
  HarnessViolation,
  PolicyPackSession,
  startPolicyPack,
} from "../../analyzer/harness";
import { ensureBuilt, PACK_DIR, provider, res } from "../policy/helpers";

/** 5,000 resources of the four targets, as a plan records them (raw, unknown-free). */
function recorded(n: number): HarnessResource[] {
  const aws = { provider: provider("aws", { region: "us-east-1" }, "default") };
  const kinds = [
    (i: number) =>
      res(
        "aws:ec2/instance:Instance",
        `vm-${i}`,
        { instanceType: i % 3 ? "m6i.large" : "m6i.4xlarge", tags: { owner: "a" } },
        aws,
      ),
    (i: number) =>
      res("azure-native:compute:Disk", `disk-${i}`, {
        location: "eastus",
        diskSizeGB: 32,
        tags: { owner: "a", "cost-center": "b" },
      }),
    (i: number) =>
      res("gcp:compute/firewall:Firewall", `fw-${i}`, {
        sourceRanges: ["0.0.0.0/0"],
        allows: [{ protocol: "tcp", ports: [(i >> 2) % 2 ? "22" : "443"] }],
      }),
    (i: number) =>
      res("kubernetes:apps/v1:Deployment", `dep-${i}`, {
        metadata: { labels: { owner: "a" } },
        spec: {
          replicas: 2,
          template: {
            spec: { containers: [{ name: "c", resources: { requests: { cpu: "500m", memory: "1Gi" } } }] },
          },
        },
      }),
  ];
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length](i));
}

let pack: PolicyPackSession;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPolicyPack(PACK_DIR);
});
afterAll(() => pack?.close());

it("analyzes 5,000 recorded resources concurrently with the same answers as one by one", async () => {
  const rs = recorded(5000);
  const key = (vs: HarnessViolation[]) =>
    vs
      .map((v) => `${v.policyName}:${v.enforcementLevel}:${v.message}`)
      .sort()
      .join("\n");
  const t0 = performance.now();
  const all = await Promise.all(rs.map((r) => pack.analyze(r)));
  const ms = performance.now() - t0;
  console.log(
    `lepton-multicloud pack: ${rs.length} Analyze calls in ${ms.toFixed(0)} ms (${((ms * 1000) / rs.length).toFixed(0)} µs each)`,
  );
  // Spot-check against sequential calls: concurrency must not mix answers up.
  for (const i of [0, 1, 2, 3, 4998, 4999]) expect(key(all[i])).toBe(key(await pack.analyze(rs[i])));
  expect(
    all.every((vs, i) =>
      vs.every((v) => v.message.includes(rs[i].name) || v.policyName === "policy-exemptions"),
    ),
  ).toBe(true);
  expect(all.filter((vs) => vs.some((v) => v.policyName === "no-public-admin-ports"))).toHaveLength(625);
});
