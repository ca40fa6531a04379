import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FREE_TYPES, KNOWN_UNPRICED } from "../../../../sdk/cost/free";
import { gcpPricers } from "../../../../sdk/cost/gcp";
import { priceResource, PRICED_TYPES } from "../../../../sdk/cost/price-resource";
import { ctx } from "./kit";

const GCP_SDK = join(__dirname, "../../../../node_modules/@pulumi/gcp");

const declaredIn = new Map<string, Set<string>>();

/** True when a file of the token's module in `@pulumi/gcp` declares it (file names differ from tokens). */
function declared(token: string): boolean {
  const module = token.split(":")[1].split("/")[0];
  if (!declaredIn.has(module)) {
    const dir = join(GCP_SDK, module);
    const tokens = new Set<string>();
    if (existsSync(dir))
      for (const f of readdirSync(dir).filter((n) => n.endsWith(".js")))
        for (const m of readFileSync(join(dir, f), "utf8").matchAll(/__pulumiType = '([^']+)'/g))
          tokens.add(m[1]);
    declaredIn.set(module, tokens);
  }
  return declaredIn.get(module)!.has(token);
}

const gcp = (types: Iterable<string>) => [...types].filter((t) => t.startsWith("gcp:"));

describe("GCP type tokens", () => {
  it("every priced, free and known-unpriced GCP token exists in @pulumi/gcp", () => {
    const all = [
      ...Object.keys(gcpPricers),
      ...gcp(Object.keys(FREE_TYPES)),
      ...gcp(Object.keys(KNOWN_UNPRICED)),
    ];
    expect(all.filter((t) => !declared(t))).toEqual([]);
    expect(declared("gcp:compute/instance:Instanse")).toBe(false);
  });

  it("no GCP type is both priced and listed free or known-unpriced", () => {
    const listed = new Set([...Object.keys(FREE_TYPES), ...Object.keys(KNOWN_UNPRICED)]);
    expect(gcp(PRICED_TYPES).filter((t) => listed.has(t))).toEqual([]);
  });

  it("free types price at 0 with the reason; known-unpriced ones are unpriced with theirs", () => {
    const iam = priceResource("gcp:projects/iAMMember:IAMMember", { role: "roles/viewer" }, ctx);
    expect(iam).toMatchObject({
      priced: true,
      monthlyUsd: 0,
      assumptions: expect.arrayContaining(["IAM is not billed"]),
    });
    expect(priceResource("gcp:sql/database:Database", {}, ctx)).toMatchObject({
      priced: true,
      monthlyUsd: 0,
    });
    expect(priceResource("gcp:filestore/instance:Instance", { tier: "BASIC_HDD" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Filestore"),
    });
  });
});
