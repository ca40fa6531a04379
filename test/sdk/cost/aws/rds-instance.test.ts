import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const T = "aws:rds/instance:Instance";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:rds/instance:Instance", () => {
  it("prices io1 storage and IOPS (golden db_instance_test aws_db_instance.mysql-iops: $99.28 + $12.50 + $120.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          engine: "mysql",
          instanceClass: "db.t3.large",
          storageType: "io1",
          allocatedStorage: 50,
          iops: 1200,
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(99.28 + 12.5 + 120, 2);
    expect(r.assumptions.join(" ")).toContain("100 GB minimum");
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => u.key)).toEqual(["additionalBackupStorageGb"]);
  });

  it("adds backup storage from the usage file (golden row: 1,000 GB = $95.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          engine: "mysql",
          instanceClass: "db.t3.large",
          storageType: "io1",
          allocatedStorage: 50,
          iops: 1200,
        },
        { ...ctx, usage: { additionalBackupStorageGb: 1000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(99.28 + 12.5 + 120 + 95, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it('prices Multi-AZ gp3 with IOPS above the baseline (golden gp3["multi_az"]: $47.45 + $92.00 + $80.00)', () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          engine: "mysql",
          instanceClass: "db.t4g.small",
          storageType: "gp3",
          allocatedStorage: 400,
          iops: 14000,
          multiAz: true,
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(47.45 + 92 + 80, 2);
  });

  it("prices licence-included SQL Server and the default gp2 20 GB (golden sqlserver-ee: $1,705.28 + $2.30)", () => {
    const r = expectPriced(priceResource(T, { engine: "sqlserver-ee", instanceClass: "db.m5.xlarge" }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(1705.28 + 2.3, 2);
    expect(r.assumptions.join(" ")).toContain("20 GB assumed");
    expect(r.assumptions.join(" ")).toContain("db_instance_test");
  });

  it("doubles a single-AZ row for Multi-AZ PostgreSQL and says so", () => {
    const r = expectPriced(
      priceResource(
        T,
        { engine: "postgres", instanceClass: "db.t3.large", multiAz: true, allocatedStorage: 20 },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(105.85 * 2 + 4.6, 1);
    expect(r.assumptions.join(" ")).toContain("two instances");
  });

  it("lists magnetic I/O requests as usage (golden mysql-magnetic: $99.28 + $4.00, I/O $0.10 per 1M)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { engine: "mysql", instanceClass: "db.t3.large", storageType: "standard", allocatedStorage: 40 },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(99.28 + 4, 2);
    expect(r.usage?.find((u) => u.key === "monthlyIoRequests")).toMatchObject({
      usdPerUnit: 0.1,
      unitSize: 1e6,
    });
  });

  it("takes a replica's engine from its source instance", () => {
    const r = expectPriced(
      priceResource(
        T,
        { replicateSourceDb: "db-1", instanceClass: "db.t3.large" },
        { ...ctx, resolve: () => ({ type: T, props: { engine: "mysql" } }) },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(99.28 + 2.3, 2);
  });

  it("states the region note outside us-east-1", () => {
    const r = expectPriced(
      priceResource(T, { engine: "mysql", instanceClass: "db.t3.large" }, { ...ctx, region: "eu-west-1" }),
    );
    expect(r.region).toBe("eu-west-1");
    expect(r.assumptions.join(" ")).toContain("us-east-1 list price is used for eu-west-1");
  });

  it("is unpriced, naming the class or field, when the data has no row or an input is missing", () => {
    expect(priceResource(T, { engine: "postgres", instanceClass: "db.r6g.large" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("db.r6g.large"),
    });
    expect(priceResource(T, { engine: "mysql" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("instanceClass"),
    });
    expect(priceResource(T, { instanceClass: "db.t3.large" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("engine"),
    });
    expect(
      priceResource(T, { engine: "mysql", instanceClass: "db.t3.large" }, { catalog: ctx.catalog }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("region"),
    });
  });
});
