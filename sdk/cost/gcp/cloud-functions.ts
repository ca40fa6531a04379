import { isUnknown, missing, num, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

// Cloud Functions (1st gen) list prices, us-central1, printed exactly in the cloudfunctions_function golden.
const FN = (usd: number, unit: string) =>
  golden("cloudfunctions_function", usd, unit, "us-central1", "2024-12-04");
const CPU = FN(0.00001, "GHz-second");
const MEMORY = FN(0.0000025, "GB-second");
const INVOCATIONS = FN(0.4, "1M invocations");
/** '$0.12 per GB' (printed rounded to cents). */
const EGRESS = FN(0.12, "GB");

/** CPU clock (GHz) 1st gen gives each memory size (MB). */
const GHZ_BY_MEMORY_MB: Record<number, number> = {
  128: 0.2,
  256: 0.4,
  512: 0.8,
  1024: 1.4,
  2048: 2.4,
  4096: 4.8,
};

/**
 * A 1st gen Cloud Function: usage only. From `monthlyInvocations` and `averageRequestDurationMs`
 * (rounded up to 100 ms, as 1st gen bills) come GB-seconds of its memory and GHz-seconds of the
 * CPU that memory size gets; plus invocations and `monthlyOutboundDataGb`.
 */
function functionV1(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  if (isUnknown(props.availableMemoryMb))
    return unpriced(missing("availableMemoryMb", props.availableMemoryMb), "gcp", region);
  const memoryMb = num(props.availableMemoryMb) ?? 256;
  const ghz = GHZ_BY_MEMORY_MB[memoryMb];
  if (ghz === undefined)
    return unpriced(
      `availableMemoryMb ${memoryMb} has no CPU size in the sources; priced: ${Object.keys(GHZ_BY_MEMORY_MB).join(", ")}`,
      "gcp",
      region,
    );
  const invocations = ctx.usage?.monthlyInvocations;
  const durationMs = Math.ceil((ctx.usage?.averageRequestDurationMs ?? 100) / 100) * 100;
  const seconds = invocations === undefined ? undefined : (invocations * durationMs) / 1000;
  const minInstances = num(props.minInstances) ?? 0;
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      `${memoryMb} MB memory${num(props.availableMemoryMb) === undefined ? " (the default)" : ""}, ${ghz} GHz CPU`,
      `average duration ${durationMs} ms (usage averageRequestDurationMs, default 100 ms, rounded up to 100 ms)`,
      ...priceNotes(CPU, region),
      "the free tier is not deducted",
      minInstances > 0
        ? `${minInstances} minimum instance(s): their idle time is billed at a rate not in the sources, so not counted (a lower bound)`
        : "",
    ],
    {
      usage: [
        derivedUsage(
          CPU,
          "monthlyInvocations",
          "GHz-seconds (invocations × duration × GHz)",
          seconds === undefined ? undefined : seconds * ghz,
        ),
        derivedUsage(
          MEMORY,
          "monthlyInvocations",
          "GB-seconds (invocations × duration × GB)",
          seconds === undefined ? undefined : (seconds * memoryMb) / 1024,
        ),
        usageAt(ctx, INVOCATIONS, "monthlyInvocations", "invocations", 1e6),
        usageAt(ctx, EGRESS, "monthlyOutboundDataGb", "GB sent out"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:cloudfunctions/function:Function": functionV1 };
