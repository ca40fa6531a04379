import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:transfer/server:Server";

describe("aws:transfer/server:Server", () => {
  it("prices SFTP by default and lists transfer (golden transfer_server_test default_no_protocols: $219, $0.04 per GB)", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBeCloseTo(219, 2);
    expect(r.assumptions.join(" ")).toContain("SFTP");
  });

  it("prices each protocol and adds transfer (golden multiple_protocols_with_usage: 3 × $219 + $2.00 + $0.40)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { protocols: ["FTP", "FTPS", "SFTP"] },
        { ...ctx, usage: { monthlyDownloadedGb: 50, monthlyUploadedGb: 10 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(657 + 2.4, 2);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
