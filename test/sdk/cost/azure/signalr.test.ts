import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:signalrservice:SignalR", () => {
  it("prices units (golden Standard_S1 × 5: $244.85, Premium_P1 × 1: $60.83) with extra messages as usage", () => {
    expect(
      ok(
        price("azure-native:signalrservice:SignalR", {
          location: "westeurope",
          sku: { name: "Standard_S1", capacity: 5 },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(244.85, 2);
    const premium = ok(
      price(
        "azure-native:signalrservice:SignalR",
        { location: "westeurope", sku: { name: "Premium_P1", capacity: 1 } },
        { additionalMessages: 2e6 },
      ),
    );
    expect(premium.monthlyUsd).toBeCloseTo(60.83 + 2, 2);
  });

  it("does not bill Free_F1 and is unpriced for other SKUs", () => {
    expect(
      ok(price("azure-native:signalrservice:SignalR", { location: "westeurope", sku: { name: "Free_F1" } }))
        .monthlyUsd,
    ).toBe(0);
    expect(
      price("azure-native:signalrservice:SignalR", { location: "westeurope", sku: { name: "Premium_P2" } }),
    ).toMatchObject({ priced: false });
  });
});
