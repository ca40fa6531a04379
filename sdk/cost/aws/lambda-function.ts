import { dig, num, Props, priced, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import {
  goldenPrice,
  isUnpriced,
  placeAws,
  priceNotes,
  ROUNDED,
  tieredUsage,
  UsageTier,
  usageAt,
} from "./golden";

const G = "lambda_function_test";
const REQUESTS = goldenPrice(G, 0.2, "1M requests", ROUNDED);
const gbSecond = (usd: number) => goldenPrice(G, usd, "GB-second");
/** Duration tiers per architecture, in GB-seconds a month. */
const DURATION: Readonly<Record<"x86_64" | "arm64", UsageTier[]>> = {
  x86_64: [
    { upTo: 6e9, label: "first 6B", price: gbSecond(0.0000166667) },
    { upTo: 15e9, label: "next 9B", price: gbSecond(0.000015) },
    { label: "over 15B", price: gbSecond(0.0000133334) },
  ],
  arm64: [
    { upTo: 7.5e9, label: "first 7.5B", price: gbSecond(0.0000133334) },
    { upTo: 18.75e9, label: "next 11.25B", price: gbSecond(0.0000120001) },
    { label: "over 18.75B", price: gbSecond(0.0000106667) },
  ],
};
/** Ephemeral storage beyond the included 512 MB, per GB-second. */
const EPHEMERAL: ListPrice = gbSecond(0.0000000309);
const DEFAULT_MEMORY_MB = 128;
const INCLUDED_EPHEMERAL_MB = 512;

/**
 * GB-seconds a month: the usage file's `monthlyGbSeconds`, else `monthlyRequests` ×
 * `averageDurationMs` × the function's memory.
 */
function gbSeconds(ctx: PriceContext, memoryGb: number): number | undefined {
  const given = ctx.usage?.monthlyGbSeconds;
  if (given !== undefined) return given;
  const requests = ctx.usage?.monthlyRequests;
  const ms = ctx.usage?.averageDurationMs;
  return requests !== undefined && ms !== undefined ? requests * (ms / 1000) * memoryGb : undefined;
}

/**
 * A Lambda function: requests and GB-seconds of duration (tiered, by architecture), and ephemeral
 * storage above 512 MB — all usage. The free tier is not subtracted (it is per account).
 */
function lambdaFunction(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const arch = str(dig(props, "architectures.0")) === "arm64" ? "arm64" : "x86_64";
  const memoryMb = num(props.memorySize) ?? DEFAULT_MEMORY_MB;
  const assumptions = [
    place.assumption,
    `${arch}, ${memoryMb} MB memory`,
    "account free tier not subtracted",
  ];
  if (num(props.memorySize) === undefined) assumptions.push(`memorySize not set: ${DEFAULT_MEMORY_MB} MB`);
  const seconds = gbSeconds(ctx, memoryMb / 1024);
  const durationCtx: PriceContext =
    seconds === undefined ? ctx : { ...ctx, usage: { ...ctx.usage, monthlyGbSeconds: seconds } };
  const duration = tieredUsage(durationCtx, "monthlyGbSeconds", "GB-seconds per month", 1, DURATION[arch]);
  const usage = [usageAt(ctx, REQUESTS, "monthlyRequests", "requests per month", 1e6), ...duration.charges];
  const used = [REQUESTS, ...DURATION[arch].map((t) => t.price)];
  const ephemeralMb = num(dig(props, "ephemeralStorage.size")) ?? INCLUDED_EPHEMERAL_MB;
  if (ephemeralMb > INCLUDED_EPHEMERAL_MB) {
    const extraGb = (ephemeralMb - INCLUDED_EPHEMERAL_MB) / 1024;
    const ephemeralSeconds = seconds === undefined ? undefined : (seconds / (memoryMb / 1024)) * extraGb;
    const ephemeralCtx: PriceContext =
      ephemeralSeconds === undefined
        ? ctx
        : { ...ctx, usage: { ...ctx.usage, monthlyEphemeralGbSeconds: ephemeralSeconds } };
    usage.push(
      usageAt(ephemeralCtx, EPHEMERAL, "monthlyEphemeralGbSeconds", "GB-seconds of storage above 512 MB"),
    );
    used.push(EPHEMERAL);
  }
  return priced("aws", region, [], [...assumptions, duration.note, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:lambda/function:Function": lambdaFunction };
