import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

const SECRET = "gcp:secretmanager/secret:Secret";
const VERSION = "gcp:secretmanager/secretVersion:SecretVersion";
const twoReplicas = {
  replication: { userManaged: { replicas: [{ location: "us-central1" }, { location: "us-east1" }] } },
};

describe("Secret Manager (goldens secret_manager_secret(_version)_test, 2024-07-01)", () => {
  it("a secret: versions × replica locations, accesses and rotations as usage", () => {
    // secret_example: all three 'depends on usage'
    const bare = expectPriced(price(SECRET, { replication: { auto: {} } }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.06, 0.03, 0.05]);
    // secret_with_usage: 10,000 versions $600.00 + 2 × 10K requests $0.06 + 100 rotations $5.00
    const used = expectPriced(
      price(
        SECRET,
        { replication: { auto: {} } },
        {
          usage: {
            activeSecretVersions: 10000,
            monthlyAccessOperations: 20000,
            monthlyRotationNotifications: 100,
          },
        },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(605.06, 2);
    // secret_replicas_with_usage (3 replicas there): 1,000 versions × locations
    const replicas = expectPriced(price(SECRET, twoReplicas, { usage: { activeSecretVersions: 1000 } }));
    expect(replicas.usage![0].quantity).toBe(2000);
  });

  it("a version: one active version per replica location of its resolved secret", () => {
    // secret_version: 2 versions (two replicas) = $0.12, accesses 'depends on usage'
    const resolve = (ref: string) => (ref === "s" ? { type: SECRET, props: twoReplicas } : undefined);
    const r = expectPriced(price(VERSION, { secret: "s", secretData: "x" }, { resolve }));
    expect(r.monthlyUsd).toBeCloseTo(0.12, 2);
    expect(r.usageUnknown).toBe(true);
    // secret_version_with_usage: 1 version $0.06 + 2.5 × 10K requests $0.08 (0.075)
    const one = expectPriced(
      price(VERSION, { secret: "unknown" }, { usage: { monthlyAccessOperations: 25000 } }),
    );
    expect(one.monthlyUsd).toBeCloseTo(0.14, 2);
    expect(one.assumptions.join(" ")).toContain("1 replica location assumed");
  });
});
