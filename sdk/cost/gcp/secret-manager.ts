import { dig, priced, Props, resolveReference } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes, usageAt } from "./price-kit";

const SM = (test: string, usd: number, unit: string) => golden(test, usd, unit, "us-central1", "2024-07-01");
/** Per active version per replica location a month: '$0.06 per versions'. */
const VERSION = SM("secret_manager_secret", 0.06, "version-month");
/** '$0.03 per 10K requests'. */
const ACCESS = SM("secret_manager_secret", 0.03, "10K requests");
/** '$0.05 per rotations'. */
const ROTATION = SM("secret_manager_secret", 0.05, "rotation");

/** Replica locations of a secret: one for automatic replication, else each user-managed replica. */
export function replicaLocations(secret: Props | undefined): number {
  const replicas = dig(secret, "replication.userManaged.replicas");
  return Array.isArray(replicas) && replicas.length > 0 ? replicas.length : 1;
}

const FREE = "the free tier (6 active versions, 10,000 accesses) is not deducted";

/**
 * A Secret Manager secret: its versions are usage (`activeSecretVersions`, for secrets whose
 * versions this stack does not create), × replica locations; access operations and rotation
 * notifications are usage too.
 */
function secret(props: Props, ctx: PriceContext): ResourcePrice {
  const locations = replicaLocations(props);
  const versions = ctx.usage?.activeSecretVersions;
  return priced(
    "gcp",
    undefined,
    [],
    [
      `${locations} replica location(s)`,
      ...priceNotes(VERSION, undefined),
      "versions created as gcp.secretmanager.SecretVersion are priced there: give activeSecretVersions only for others",
      FREE,
    ],
    {
      usage: [
        derivedUsage(
          VERSION,
          "activeSecretVersions",
          "version-months (activeSecretVersions × replica locations)",
          versions === undefined ? undefined : versions * locations,
        ),
        usageAt(ctx, ACCESS, "monthlyAccessOperations", "access operations", 10_000),
        usageAt(ctx, ROTATION, "monthlyRotationNotifications", "rotation notifications"),
      ],
    },
  );
}

/** A secret version: one active version in each replica location of its secret; accesses are usage. */
function secretVersion(props: Props, ctx: PriceContext): ResourcePrice {
  const ref = resolveReference(props, "secret", ctx);
  const parent = ref?.type === "gcp:secretmanager/secret:Secret" ? ref.props : undefined;
  const locations = replicaLocations(parent);
  return priced(
    "gcp",
    undefined,
    [{ item: `secret version × ${locations} location(s)`, hourlyUsd: (VERSION.usd * locations) / 730 }],
    [
      parent
        ? `${locations} replica location(s) from the secret`
        : "the secret is not resolved: 1 replica location assumed",
      ...priceNotes(VERSION, undefined),
      FREE,
    ],
    { usage: [usageAt(ctx, ACCESS, "monthlyAccessOperations", "access operations", 10_000)] },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:secretmanager/secret:Secret": secret,
  "gcp:secretmanager/secretVersion:SecretVersion": secretVersion,
};
