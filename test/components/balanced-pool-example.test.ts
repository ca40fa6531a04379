import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installMocks, ofType, settle } from "../helpers/mocks";

const root = join(__dirname, "..", "..");
const example = join(root, "examples", "global-web-pool");

describe("examples/global-web-pool", () => {
  it("type-checks against the built package, as a user's program would", () => {
    // The example imports "lepton-multicloud", which resolves through the self-link to dist/.
    expect(existsSync(join(root, "dist", "index.d.ts")), "run `npm run build` first").toBe(true);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    let output = "";
    try {
      execFileSync(process.execPath, [tsc, "--noEmit", "-p", example], { encoding: "utf8" });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe("");
  });

  it("runs under mocks: three members weighted 2:1:1 and one Route 53 record each", async () => {
    const recorded = installMocks({
      "lepton-test:dnsZone": "example.com",
      "lepton-test:dnsName": "www.example.com",
    });
    await import(join(example, "index.ts"));
    for (let i = 0; i < 10; i++) await settle();
    expect(ofType(recorded, "lepton-multicloud:index:BalancedPool").map((r) => r.name)).toEqual(["web"]);
    expect(
      ofType(recorded, "aws:autoscaling/group:Group").map((r) => [
        r.inputs.region,
        r.inputs.minSize,
        r.inputs.maxSize,
      ]),
    ).toEqual([["us-east-1", 2, 6]]);
    expect(ofType(recorded, "gcp:compute/regionAutoscaler:RegionAutoscaler")[0].inputs).toMatchObject({
      region: "europe-west1",
      autoscalingPolicy: { minReplicas: 1, maxReplicas: 3 },
    });
    expect(ofType(recorded, "azure-native:compute:VirtualMachineScaleSet")[0].inputs).toMatchObject({
      location: "westeurope",
    });
    const weights = ofType(recorded, "aws:route53/record:Record").map(
      (r) => (r.inputs.weightedRoutingPolicies as { weight: number }[])[0].weight,
    );
    expect(weights).toEqual([2, 1, 1]);
  });
});
