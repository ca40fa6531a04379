import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "backup_vault_test";
/** Per-GB backup and restore prices by resource type, with the usage key each is read from. */
const CHARGES = [
  { key: "efsWarmBackupGb", what: "GB of EFS warm backups", price: goldenPrice(G, 0.06, "GB-month") },
  { key: "efsColdBackupGb", what: "GB of EFS cold backups", price: goldenPrice(G, 0.012, "GB-month") },
  {
    key: "monthlyEfsWarmRestoreGb",
    what: "GB restored from EFS warm backups per month",
    price: goldenPrice(G, 0.024, "GB"),
  },
  {
    key: "monthlyEfsColdRestoreGb",
    what: "GB restored from EFS cold backups per month",
    price: goldenPrice(G, 0.036, "GB"),
  },
  {
    key: "monthlyEfsItemRestores",
    what: "EFS item-level restore requests per month",
    price: goldenPrice(G, 0.6, "request", ROUNDED),
  },
  { key: "ebsSnapshotGb", what: "GB of EBS snapshots", price: goldenPrice(G, 0.055, "GB-month") },
  { key: "rdsSnapshotGb", what: "GB of RDS snapshots", price: goldenPrice(G, 0.095, "GB-month") },
  {
    key: "dynamodbBackupGb",
    what: "GB of DynamoDB backups",
    price: goldenPrice(G, 0.11, "GB-month", ROUNDED),
  },
  {
    key: "monthlyDynamodbRestoreGb",
    what: "GB restored to DynamoDB per month",
    price: goldenPrice(G, 0.17, "GB", ROUNDED),
  },
  { key: "auroraSnapshotGb", what: "GB of Aurora snapshots", price: goldenPrice(G, 0.024, "GB-month") },
  {
    key: "fsxWindowsBackupGb",
    what: "GB of FSx for Windows backups",
    price: goldenPrice(G, 0.055, "GB-month"),
  },
  {
    key: "fsxLustreBackupGb",
    what: "GB of FSx for Lustre backups",
    price: goldenPrice(G, 0.055, "GB-month"),
  },
];

/** An AWS Backup vault: the backups it holds and restores from it, per resource type (usage). */
function vault(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      ...priceNotes(
        region,
        CHARGES.map((c) => c.price),
      ),
    ],
    {
      usage: CHARGES.map((c) => usageAt(ctx, c.price, c.key, c.what)),
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:backup/vault:Vault": vault };
