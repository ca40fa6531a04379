import { dig, isUnknown, perGbMonth, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { clusterCloud } from "./cluster-cloud";
import { parseQuantity } from "./quantity";

/** Storage classes whose names say they are SSD-backed premium disks (priced at the catalog's SSD figure). */
const PREMIUM_CLASS = /premium|ssd|io1|io2/i;

/**
 * A PersistentVolumeClaim: the storage it requests × the cluster cloud's disk price per GB-month
 * from the catalog (standard, or SSD when the storage class name says premium/ssd). The volume is
 * provisioned by the cluster's storage class, which the plan cannot read.
 */
function claim(props: Props, ctx: PriceContext): ResourcePrice {
  const value = dig(props, "spec.resources.requests.storage");
  if (value === undefined) return unpriced("spec.resources.requests.storage is not set", "kubernetes");
  if (isUnknown(value))
    return unpriced("spec.resources.requests.storage is unknown during preview", "kubernetes");
  const bytes = parseQuantity(value);
  if (bytes === undefined || bytes < 0)
    return unpriced(
      `spec.resources.requests.storage: ${JSON.stringify(value)} is not a Kubernetes quantity (e.g. "10Gi")`,
      "kubernetes",
    );
  const gib = bytes / 2 ** 30;
  const { cloud, note } = clusterCloud(ctx);
  const storageClass = str(dig(props, "spec.storageClassName"));
  const item = storageClass && PREMIUM_CLASS.test(storageClass) ? "disk.ssd" : "disk.standard";
  const price = ctx.catalog.service(cloud, ctx.region ?? "*", item);
  if (!price) return unpriced(`no ${item} price for ${cloud} in the catalog`, "kubernetes");
  const rounded = Math.round(gib * 100) / 100;
  // Listed as a Kubernetes cost (its type's cloud); the note says which cloud bills it.
  return priced(
    "kubernetes",
    ctx.region,
    [
      {
        item: `${rounded} GiB ${item === "disk.ssd" ? "SSD" : "standard"} volume`,
        hourlyUsd: perGbMonth(price.usd, gib),
      },
    ],
    [
      `a claim is billed as the disk its storage class provisions; ${note}`,
      `storage class ${storageClass ?? "(cluster default)"}: priced at the catalog's ${cloud} ${item} figure, $${price.usd} per GB-month (${ctx.catalog.describeSource(price.source)}${price.note ? `; ${price.note}` : ""})`,
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "kubernetes:core/v1:PersistentVolumeClaim": claim };
