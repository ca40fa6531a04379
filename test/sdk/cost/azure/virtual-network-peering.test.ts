import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const nets: Record<string, string> = { a: "westeurope", b: "westeurope", c: "eastus" };
const resolve = (ref: string) =>
  nets[ref] ? { type: "azure-native:network:VirtualNetwork", props: { location: nets[ref] } } : undefined;

describe("azure-native:network:VirtualNetworkPeering", () => {
  it("bills each direction per GB at the same-region rate (golden intra_region: $0.01/GB)", () => {
    const r = ok(
      price(
        "azure-native:network:VirtualNetworkPeering",
        { virtualNetworkName: "a", remoteVirtualNetwork: { id: "b" } },
        { inboundDataTransferGb: 100, outboundDataTransferGb: 100 },
        { ...ctx, resolve },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(2, 2);
    expect(r.region).toBe("westeurope");
  });

  it("is unpriced across regions", () => {
    expect(
      price(
        "azure-native:network:VirtualNetworkPeering",
        { virtualNetworkName: "a", remoteVirtualNetwork: { id: "c" } },
        undefined,
        { ...ctx, resolve },
      ),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("global peering"),
    });
  });
});
