import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it, vi } from "vitest";
import { installMocks, ofType, settle, valueOf } from "../helpers/mocks";

const root = join(__dirname, "..", "..");
const example = join(root, "examples", "budgeted-platform");

describe("examples/budgeted-platform", () => {
  it("runs under mocks with the budget's transform applied: the components' figures add up, every cloud gets its alert", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const recorded = installMocks(
      {
        "lepton-test:monthlyBudgetUsd": "800",
        "lepton-test:alertEmail": "finops@example.com",
        "lepton-test:azureSubscriptionId": "00000000-0000-0000-0000-000000000000",
        "lepton-test:gcpBillingAccount": "012345-6789AB-CDEF01",
        "lepton-test:sshPublicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3vTtU9Vq0b7Rk ops@example.com",
      },
      { applyTransforms: true },
    );
    const program = (await import(join(example, "index.ts"))) as Record<string, pulumi.Output<unknown>>;
    const projected = (await valueOf(program.projectedMonthlyUsd)) as number;
    for (let i = 0; i < 10; i++) await settle();
    const parts = (await valueOf(pulumi.output(program.components))) as {
      web: { desired: number };
      api: number;
      batch: { monthlyUsd: number };
      assets: { monthlyUsd: number };
    };
    // Everything beneath is a Lepton component: the projection is the sum of their own figures.
    const sum = parts.web.desired + parts.api + parts.batch.monthlyUsd + parts.assets.monthlyUsd;
    expect(projected).toBeCloseTo(sum, 2);
    const byCloud = (await valueOf(program.byCloud)) as Record<
      string,
      { monthlyUsd: number; budgetUsd: number }
    >;
    expect(Object.keys(byCloud).sort()).toEqual(["aws", "azure", "gcp"]);
    expect(Object.values(byCloud).reduce((s, c) => s + c.budgetUsd, 0)).toBeCloseTo(800, 2);
    expect(ofType(recorded, "aws:budgets/budget:Budget")).toHaveLength(1);
    expect(ofType(recorded, "azure-native:consumption:Budget")).toHaveLength(1);
    expect(ofType(recorded, "gcp:billing/budget:Budget")).toHaveLength(1);
    expect(warned.filter((w) => w.includes("exceeds") || w.includes("could not be priced"))).toEqual([]);
  });
});
