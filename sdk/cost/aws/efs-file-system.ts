import { num, Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "efs_file_system_test";
const STANDARD_GB = goldenPrice(G, 0.3, "GB-month");
const STANDARD_IA_GB = goldenPrice(G, 0.025, "GB-month");
const ONE_ZONE_GB = goldenPrice(G, 0.16, "GB-month", ROUNDED);
const ONE_ZONE_IA_GB = goldenPrice(G, 0.0133, "GB-month");
const IA_READ_GB = goldenPrice(G, 0.01, "GB");
const IA_WRITE_GB = goldenPrice(G, 0.01, "GB");
const PROVISIONED_MIBPS = goldenPrice(G, 6, "MiBps-month");
/** Standard storage includes 50 KiB/s of throughput per GB stored; provisioned throughput above that is billed. */
const INCLUDED_MIBPS_PER_GB = 0.05;

/**
 * An EFS file system: GB stored (usage) in its storage class, Infrequent Access storage and
 * requests when a lifecycle policy moves files there, provisioned throughput above the included
 * baseline.
 */
function fileSystem(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const oneZone = str(props.availabilityZoneName) !== undefined;
  const storage = oneZone ? ONE_ZONE_GB : STANDARD_GB;
  const usage: UsageCharge[] = [usageAt(ctx, storage, "storageGb", "GB stored")];
  const used = [storage];
  const policies = (props.lifecyclePolicies as Props[] | undefined) ?? [];
  const assumptions = [place.assumption, oneZone ? "One Zone storage" : "Regional (Standard) storage"];
  if (policies.some((p) => str(p.transitionToIa))) {
    const ia = oneZone ? ONE_ZONE_IA_GB : STANDARD_IA_GB;
    usage.push(
      usageAt(ctx, ia, "infrequentAccessStorageGb", "GB stored in Infrequent Access"),
      usageAt(ctx, IA_READ_GB, "monthlyInfrequentAccessReadGb", "GB read from Infrequent Access per month"),
      usageAt(
        ctx,
        IA_WRITE_GB,
        "monthlyInfrequentAccessWriteGb",
        "GB written to Infrequent Access per month",
      ),
    );
    used.push(ia, IA_READ_GB, IA_WRITE_GB);
  }
  if (policies.some((p) => str(p.transitionToArchive)))
    assumptions.push("Archive storage class is not priced (no figure in the data)");
  const lines: PriceLine[] = [];
  const provisioned = num(props.provisionedThroughputInMibps);
  if (str(props.throughputMode) === "provisioned" && provisioned !== undefined) {
    const storedGb = ctx.usage?.storageGb;
    const billed = Math.max(0, provisioned - (storedGb ?? 0) * INCLUDED_MIBPS_PER_GB);
    assumptions.push(
      storedGb === undefined
        ? "provisioned throughput billed in full (an upper bound: the baseline included with stored GB is subtracted when storageGb is given)"
        : `provisioned throughput above the ${storedGb * INCLUDED_MIBPS_PER_GB} MiBps included with ${storedGb} GB`,
    );
    lines.push({
      item: `provisioned throughput ${billed} MiBps`,
      hourlyUsd: monthlyToHourly(PROVISIONED_MIBPS, billed),
    });
    used.push(PROVISIONED_MIBPS);
  }
  if (str(props.throughputMode) === "elastic")
    assumptions.push("Elastic throughput is billed per GB transferred: not priced (no figure in the data)");
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:efs/fileSystem:FileSystem": fileSystem };
