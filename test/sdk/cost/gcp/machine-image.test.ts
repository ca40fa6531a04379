import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("gcp:compute/machineImage:MachineImage (golden compute_machine_image_test, 2024-07-01)", () => {
  it("storage as usage", () => {
    // image: 'depends on usage: $0.05 per GB'; usage: 5,000 GB = $250.00
    const bare = expectPriced(price("gcp:compute/machineImage:MachineImage", { sourceInstance: "vm" }));
    expect(bare.usageUnknown).toBe(true);
    expect(
      expectPriced(
        price(
          "gcp:compute/machineImage:MachineImage",
          { sourceInstance: "vm" },
          { usage: { storageGb: 5000 } },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(250, 2);
  });
});
