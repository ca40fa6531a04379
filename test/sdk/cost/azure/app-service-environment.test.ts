import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:web:AppServiceEnvironment", () => {
  it("prices the ASEv2 stamp fee (golden: $991.34) and leaves ASEv3 unpriced", () => {
    expect(
      ok(price("azure-native:web:AppServiceEnvironment", { location: "eastus", kind: "ASEV2" })).monthlyUsd,
    ).toBeCloseTo(991.34, 2);
    expect(
      price("azure-native:web:AppServiceEnvironment", { location: "eastus", kind: "ASEV3" }),
    ).toMatchObject({ priced: false });
  });
});
