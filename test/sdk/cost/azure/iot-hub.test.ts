import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:iothub:IotHubResource and DPS", () => {
  it("prices S1 units (golden iothub_multiple, 4 units: $100.00); F1 is free", () => {
    expect(
      ok(
        price("azure-native:iothub:IotHubResource", {
          location: "westeurope",
          sku: { name: "S1", capacity: 4 },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(100, 2);
    expect(
      ok(
        price("azure-native:iothub:IotHubResource", {
          location: "westeurope",
          sku: { name: "F1", capacity: 1 },
        }),
      ).monthlyUsd,
    ).toBe(0);
    expect(
      price("azure-native:iothub:IotHubResource", {
        location: "westeurope",
        sku: { name: "S3", capacity: 1 },
      }),
    ).toMatchObject({ priced: false });
  });

  it("bills DPS operations as usage", () => {
    expect(
      ok(
        price(
          "azure-native:deviceprovisioningservices:IotDpsResource",
          { location: "westeurope" },
          { monthlyOperations: 10000 },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(1, 2);
  });
});
