import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../../../sdk/cost/types";
import { noRegion, ok, price } from "./kit";

const APP = "azure-native:app:ContainerApp";
const ENV = "azure-native:app:ManagedEnvironment";
const container = (cpu: number, memory: string) => ({ name: "c", image: "x", resources: { cpu, memory } });

describe("azure-native:app:ContainerApp (golden container_app_test)", () => {
  it("golden example: 2 × (0.25 vCPU, 0.5Gi), 3 min replicas: idle $15.77 + $31.54 fixed; active and requests from usage", () => {
    const props = {
      location: "westeurope",
      template: {
        containers: [container(0.25, "0.5Gi"), container(0.25, "0.5Gi")],
        scale: { minReplicas: 3 },
      },
    };
    const bare = ok(price(APP, props));
    expect(bare.monthlyUsd).toBeCloseTo(15.77 + 31.54, 1);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => [u.key, u.usdPerUnit, u.unit])).toEqual([
      ["activeVcpuSeconds", 0.000034, "vCPU-second"],
      ["activeMemoryGibSeconds", 0.000004, "GiB-second"],
      ["monthlyRequests", 0.56, "1M requests"],
    ]);
    // The golden's billed quantities (after the free grants): 2,320,000 vCPU-s $78.88, 4,640,000 GiB-s $18.56, 3M requests $1.68.
    const used = ok(
      price(APP, props, {
        activeVcpuSeconds: 2_320_000,
        activeMemoryGibSeconds: 4_640_000,
        monthlyRequests: 3e6,
      }),
    );
    expect(used.monthlyUsd).toBeCloseTo(15.77 + 31.54 + 78.88 + 18.56 + 1.68, 1);
    expect(used.assumptions.join(" ")).toContain("free grants");
  });

  it("scales to zero by default: no fixed cost, all usage; containers without resources get the stated default", () => {
    const r = ok(
      price(APP, { location: "westus2", template: { containers: [{ name: "myapp", image: "i" }] } }),
    );
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    const notes = r.assumptions.join(" ");
    expect(notes).toContain("0.5 vCPU and 1 GiB assumed");
    expect(notes).toContain("westeurope list price is used for westus2");
  });

  it("a template unknown in preview (an image built at deploy): usage-based, minReplicas 0 assumed and the idle price stated", () => {
    const r = ok(price(APP, { location: "westeurope", template: UNKNOWN }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    // idle: $0.000004 per vCPU-second and GiB-second × 3,600 × 730 = $10.51 a month each
    expect(r.assumptions.join(" ")).toContain("adds $10.51 per vCPU and $10.51 per GiB a month");
  });

  it("an app on a dedicated profile is billed through its environment", () => {
    const r = ok(
      price(APP, { location: "westeurope", workloadProfileName: "MyDedicatedProfile", template: {} }),
    );
    expect(r.monthlyUsd).toBe(0);
    expect(r.assumptions.join(" ")).toContain("priced on the ManagedEnvironment");
  });

  it("is unpriced, naming the field, for unknown or bad inputs", () => {
    const unknown = price(APP, { location: "westeurope", template: { containers: UNKNOWN } });
    expect(!unknown.priced && unknown.reason).toContain("template.containers is unknown");
    const bad = price(APP, { location: "westeurope", template: { containers: [container(1, "lots")] } });
    expect(!bad.priced && bad.reason).toContain('"lots"');
    expect(
      price(APP, { template: { containers: [container(1, "2Gi")] } }, undefined, noRegion),
    ).toMatchObject({
      priced: false,
    });
  });
});

describe("azure-native:app:ManagedEnvironment (golden container_app_environment_test)", () => {
  it("golden example_dedicated: D4 × 1 $236.11 + $77.53, E4 × 1 $236.11 + $155.06, fee $73.00", () => {
    const r = ok(
      price(ENV, {
        location: "westeurope",
        workloadProfiles: [
          { name: "Consumption", workloadProfileType: "Consumption" },
          { name: "MyDedicatedProfile", workloadProfileType: "D4", minimumCount: 1, maximumCount: 3 },
          { name: "MyMemoryOptimizedProfile", workloadProfileType: "E4", minimumCount: 1, maximumCount: 3 },
        ],
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(236.11 + 77.53 + 236.11 + 155.06 + 73, 0);
  });

  it("a Consumption-only environment has no charge of its own, stated", () => {
    const r = ok(price(ENV, { location: "westus2" }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.assumptions.join(" ")).toContain("Consumption-only environment");
  });

  it("is unpriced for profile types without a price", () => {
    const r = price(ENV, {
      location: "westeurope",
      workloadProfiles: [{ name: "g", workloadProfileType: "NC24-A100", minimumCount: 1 }],
    });
    expect(!r.priced && r.reason).toContain("NC24-A100");
  });
});
