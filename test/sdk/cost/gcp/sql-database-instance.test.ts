import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const SQL = "gcp:sql/databaseInstance:DatabaseInstance";
const db = (tier: string, databaseVersion: string, availabilityType = "ZONAL", extra: object = {}) => ({
  region: "us-central1",
  databaseVersion,
  settings: { tier, availabilityType, ...extra },
});
// Infracost adds 'IP address (if unused)' ($7.30) to every instance; Cloud SQL bills the IPv4
// address only while the instance is stopped, so the figures below are the golden's without it.

describe("gcp:sql/databaseInstance:DatabaseInstance (golden sql_database_instance_test, 2024-07-01)", () => {
  it("dedicated-core tiers: vCPUs + memory + SSD storage", () => {
    // db-n1-standard-1.POSTGRES_15.ZONAL: vCPUs $30.15 + Memory (3.75 GB) $19.16 + Storage 10 GB $1.70
    expect(expectPriced(price(SQL, db("db-n1-standard-1", "POSTGRES_15"))).monthlyUsd).toBeCloseTo(51.01, 2);
    // db-custom-2-7680.MYSQL_8_0.REGIONAL: $120.60 + $76.65 + $3.40
    expect(expectPriced(price(SQL, db("db-custom-2-7680", "MYSQL_8_0", "REGIONAL"))).monthlyUsd).toBeCloseTo(
      200.65,
      2,
    );
    // db-highmem-16.POSTGRES_15.REGIONAL: $964.77 + Memory (104 GB) $1,062.88 + $3.40
    expect(expectPriced(price(SQL, db("db-highmem-16", "POSTGRES_15", "REGIONAL"))).monthlyUsd).toBeCloseTo(
      2031.05,
      1,
    );
  });

  it("shared-core tiers, disk size and backups as usage", () => {
    // db-g1-small.POSTGRES_15.ZONAL: SQL instance $25.55 + Storage $1.70
    const r = expectPriced(price(SQL, db("db-g1-small", "POSTGRES_15")));
    expect(r.monthlyUsd).toBeCloseTo(27.25, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage![0]).toMatchObject({ key: "backupStorageGb", usdPerUnit: 0.08 });
    // google_sql_database_instance.usage: db-g1-small MYSQL zonal, Backups 1,000 GB $80.00
    const used = expectPriced(
      price(SQL, db("db-g1-small", "MYSQL_8_0"), { usage: { backupStorageGb: 1000 } }),
    );
    expect(used.monthlyUsd).toBeCloseTo(27.25 + 80, 2);
    // with_replica: db-standard-1 REGIONAL with 500 GB: $60.30 + $38.33 + Storage (SSD, regional) $170.00
    expect(
      expectPriced(price(SQL, db("db-standard-1", "MYSQL_8_0", "REGIONAL", { diskSize: 500 }))).monthlyUsd,
    ).toBeCloseTo(268.63, 1);
  });

  it("a stopped instance pays its storage and idle IP only", () => {
    const r = expectPriced(
      price(SQL, db("db-custom-4-15360", "MYSQL_8_0", "ZONAL", { activationPolicy: "NEVER" })),
    );
    expect(r.monthlyUsd).toBeCloseTo(1.7 + 7.3, 2);
  });

  it("is unpriced with the reason for SQL Server licences, Enterprise Plus and missing inputs", () => {
    expect(expectUnpriced(price(SQL, db("db-custom-4-15360", "SQLSERVER_2019_WEB"))).reason).toContain(
      "SQL Server licence",
    );
    expect(expectPriced(price(SQL, db("db-custom-1-3840", "SQLSERVER_2019_EXPRESS"))).monthlyUsd).toBeCloseTo(
      51.01,
      1,
    );
    expect(expectUnpriced(price(SQL, db("db-custom-1-3840", "POSTGRES_16"))).reason).toContain(
      "set settings.edition ENTERPRISE",
    );
    expect(
      expectPriced(price(SQL, db("db-custom-1-3840", "POSTGRES_16", "ZONAL", { edition: "ENTERPRISE" })))
        .priced,
    ).toBe(true);
    expect(
      expectUnpriced(price(SQL, { region: "us-central1", databaseVersion: "MYSQL_8_0", settings: {} }))
        .reason,
    ).toBe("settings.tier is not set");
    expect(expectUnpriced(price(SQL, db("db-weird-1", "MYSQL_8_0"))).reason).toContain('"db-weird-1"');
    expect(
      expectUnpriced(price(SQL, { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro" } })).reason,
    ).toContain("region");
  });
});
