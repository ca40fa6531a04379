import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:logic:IntegrationAccount", () => {
  it("prices Basic ($300.00) and Standard ($1,000.00) a month; Free is not billed", () => {
    expect(
      ok(price("azure-native:logic:IntegrationAccount", { location: "westeurope", sku: { name: "Basic" } }))
        .monthlyUsd,
    ).toBeCloseTo(300, 2);
    expect(
      ok(
        price("azure-native:logic:IntegrationAccount", { location: "westeurope", sku: { name: "Standard" } }),
      ).monthlyUsd,
    ).toBeCloseTo(1000, 2);
    expect(
      ok(price("azure-native:logic:IntegrationAccount", { location: "westeurope", sku: { name: "Free" } }))
        .monthlyUsd,
    ).toBe(0);
    expect(price("azure-native:logic:IntegrationAccount", { location: "westeurope" })).toMatchObject({
      priced: false,
    });
  });
});
