import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:eventhub:Namespace", () => {
  it("prices throughput units (golden standard, 20 TUs: $438.00) and ingress as usage", () => {
    const r = ok(
      price("azure-native:eventhub:Namespace", {
        location: "eastus",
        sku: { name: "Standard", capacity: 20 },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(438, 2);
    expect(r.usage![0]).toMatchObject({ key: "monthlyIngressEvents", usdPerUnit: 0.028 });
    const basic = ok(
      price(
        "azure-native:eventhub:Namespace",
        { location: "eastus", sku: { name: "Basic" } },
        { monthlyIngressEvents: 100e6 },
      ),
    );
    expect(basic.monthlyUsd).toBeCloseTo(10.95 + 2.8, 2);
  });

  it("prices Premium processing units (golden premium, 8 PUs: $5,997.68)", () => {
    expect(
      ok(
        price("azure-native:eventhub:Namespace", {
          location: "eastus",
          sku: { name: "Premium", capacity: 8 },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(5997.68, 2);
  });

  it("is unpriced without a SKU", () => {
    expect(price("azure-native:eventhub:Namespace", { location: "eastus" })).toMatchObject({ priced: false });
  });
});

describe("azure-native:eventhub:Cluster", () => {
  it("prices dedicated capacity units (golden dedicated, 2 CUs: $9,999.54)", () => {
    expect(
      ok(
        price("azure-native:eventhub:Cluster", {
          location: "eastus",
          sku: { name: "Dedicated", capacity: 2 },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(9999.54, 2);
  });
});
