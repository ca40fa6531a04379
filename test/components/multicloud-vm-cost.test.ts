import { describe, expect, it, vi } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { place } from "../../sdk/placement/place";
import { vmCost } from "../../components/multicloud-vm/cost";
import { priceResource } from "../../sdk/cost/price-resource";

const AZURE_IP = "azure-native:network:PublicIPAddress";

// The engine as it is, except that it cannot price the Azure public IP when a test says so.
const ipUnpriced = vi.hoisted(() => ({ on: false }));
vi.mock("../../sdk/cost/price-resource", async (original) => {
  const actual = await original<typeof import("../../sdk/cost/price-resource")>();
  return {
    ...actual,
    priceResource: (...args: Parameters<typeof actual.priceResource>) =>
      ipUnpriced.on && args[0] === AZURE_IP
        ? { priced: false, reason: "no public IP price for westeurope (test)", cloud: "azure" }
        : actual.priceResource(...args),
  };
});

const catalog = defaultCatalog();
const onAzure = place({ vcpus: 2, memoryGiB: 8 }, { cloud: "azure", region: "westeurope" }, catalog);
const onAws = place({ vcpus: 2, memoryGiB: 8 }, { cloud: "aws", region: "eu-west-1" }, catalog);

describe("vmCost", () => {
  it("is the placement's price without a public IP, or off Azure", () => {
    const placed = (p: typeof onAzure) => ({ hourlyUsd: p.hourlyUsd, monthlyUsd: p.monthlyUsd });
    expect(vmCost(onAzure, false, catalog)).toEqual(placed(onAzure));
    expect(vmCost(onAws, true, catalog)).toEqual(placed(onAws));
  });

  it("adds the Azure public IP at the engine's price for it", () => {
    const ip = priceResource(AZURE_IP, { location: "westeurope" }, { catalog });
    if (!ip.priced) throw new Error(`the engine should price ${AZURE_IP}: ${ip.reason}`);
    expect(ip.hourlyUsd).toBeGreaterThan(0);
    const cost = vmCost(onAzure, true, catalog);
    expect(cost.hourlyUsd).toBeCloseTo(onAzure.hourlyUsd + ip.hourlyUsd, 6);
    expect(cost.monthlyUsd).toBeCloseTo(cost.hourlyUsd * 730, 2);
  });

  it("refuses to report a figure without the public IP when the engine cannot price it", () => {
    ipUnpriced.on = true;
    try {
      expect(() => vmCost(onAzure, true, catalog)).toThrow(
        /^publicIp: the Azure public IP in westeurope cannot be priced \(no public IP price for westeurope \(test\)\); add an Azure public IP price/,
      );
      // Without the address the machine's own price stands.
      expect(vmCost(onAzure, false, catalog).hourlyUsd).toBe(onAzure.hourlyUsd);
    } finally {
      ipUnpriced.on = false;
    }
  });
});
