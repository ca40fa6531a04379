import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:notificationhubs:Namespace", () => {
  it("prices the tier and pushes beyond 10M (golden stdabove100M: $200 + $900 + $75)", () => {
    expect(
      ok(price("azure-native:notificationhubs:Namespace", { location: "eastus", sku: { name: "Basic" } }))
        .monthlyUsd,
    ).toBeCloseTo(10, 2);
    const r = ok(
      price(
        "azure-native:notificationhubs:Namespace",
        { location: "eastus", sku: { name: "Standard" } },
        { monthlyPushes: 130e6 },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(200 + 900 + 75, 2);
  });

  it("does not bill Free and is unpriced without a SKU", () => {
    expect(
      ok(price("azure-native:notificationhubs:Namespace", { location: "eastus", sku: { name: "Free" } }))
        .monthlyUsd,
    ).toBe(0);
    expect(price("azure-native:notificationhubs:Namespace", { location: "eastus" })).toMatchObject({
      priced: false,
    });
  });
});
