import { HOURS_PER_MONTH } from "../formulas";
import { dig, isUnknown, missing, num, Props, priced, resolveReference, str, unpriced } from "../helpers";
import { describePrice, ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "lambda_provisioned_concurrency_config_test";
/**
 * arm64 rates: the golden's only resource with figures is an arm64 function (usage file
 * `architecture: arm64`). $30.00 for 9,000,000 GB-seconds and $13.61 for 1,750,000 GB-seconds,
 * so the true rates lie within ±$0.005 of those quotients.
 */
const ARM64 = {
  concurrency: goldenPrice(G, 0.0000033333333, "GB-second", "derived $30.00 / 9,000,000 GB-seconds"),
  duration: goldenPrice(G, 0.0000077771429, "GB-second", "derived $13.61 / 1,750,000 GB-seconds"),
  requests: goldenPrice(G, 0.2, "1M requests", ROUNDED),
};
/** Lambda's default memory when a function sets no memorySize. */
const DEFAULT_MEMORY_MB = 128;
const SECONDS_PER_HOUR = 3600;

/** Why x86_64 provisioned concurrency stays unpriced: the source prints arm64 rates only. */
const NO_X86_FIGURE =
  "provisioned concurrency of an x86_64 function has no citable price in the engine's sources " +
  `(Infracost's golden ${G} prints only arm64 rates: ${describePrice(ARM64.concurrency)})`;

/**
 * The function a config provisions, read through `ctx.resolve`: its memory and architecture.
 * Undefined when the plan cannot resolve it.
 */
function provisionedFunction(props: Props, ctx: PriceContext) {
  const fn = resolveReference(props, "functionName", ctx);
  if (!fn || fn.type !== "aws:lambda/function:Function") return undefined;
  const memoryMb = num(fn.props.memorySize);
  return {
    memoryMb: memoryMb ?? DEFAULT_MEMORY_MB,
    memoryNote:
      memoryMb === undefined
        ? `the function sets no memorySize: Lambda's default ${DEFAULT_MEMORY_MB} MB`
        : "",
    arch: str(dig(fn.props, "architectures.0")) === "arm64" ? "arm64" : "x86_64",
  };
}

/**
 * Lambda provisioned concurrency: executions × the function's memory, per GB-second for the hours
 * it is configured (730 a month, or the usage file's `monthlyProvisionedHours`); the requests and
 * duration served by the provisioned environments are usage at their own rates.
 */
function provisionedConcurrency(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const executions = num(props.provisionedConcurrentExecutions);
  if (executions === undefined || executions < 0)
    return unpriced(
      isUnknown(props.provisionedConcurrentExecutions) || props.provisionedConcurrentExecutions === undefined
        ? missing("provisionedConcurrentExecutions", props.provisionedConcurrentExecutions)
        : `provisionedConcurrentExecutions ${JSON.stringify(props.provisionedConcurrentExecutions)} is not a count of executions`,
      "aws",
      region,
    );
  const fn = provisionedFunction(props, ctx);
  if (!fn)
    return unpriced(
      `the function (functionName) could not be resolved, so its architecture and memory are not known; ${NO_X86_FIGURE}`,
      "aws",
      region,
    );
  if (fn.arch !== "arm64") return unpriced(NO_X86_FIGURE, "aws", region);

  const memoryGb = fn.memoryMb / 1024;
  const hours = ctx.usage?.monthlyProvisionedHours ?? HOURS_PER_MONTH;
  const gbSecondsPerHour = executions * memoryGb * SECONDS_PER_HOUR;
  const requests = ctx.usage?.monthlyRequests;
  const ms = ctx.usage?.averageDurationMs;
  const durationCtx: PriceContext =
    ctx.usage?.monthlyGbSeconds === undefined && requests !== undefined && ms !== undefined
      ? { ...ctx, usage: { ...ctx.usage, monthlyGbSeconds: requests * (ms / 1000) * memoryGb } }
      : ctx;
  const used: ListPrice[] = [ARM64.concurrency, ARM64.requests, ARM64.duration];
  return priced(
    "aws",
    region,
    [
      {
        item: `provisioned concurrency ${executions} × ${fn.memoryMb} MB, ${hours} h`,
        // A fixed line spread over the month's hours, also when it is configured for fewer of them.
        hourlyUsd: (ARM64.concurrency.usd * gbSecondsPerHour * hours) / HOURS_PER_MONTH,
      },
    ],
    [
      place.assumption,
      `arm64, ${fn.memoryMb} MB memory`,
      fn.memoryNote,
      ctx.usage?.monthlyProvisionedHours === undefined
        ? `configured all month (${HOURS_PER_MONTH} h)`
        : `configured ${hours} h a month (usage file)`,
      "requests and duration served by the provisioned environments are billed at the rates below; give them here, not on the function",
      ...priceNotes(region, used),
    ],
    {
      usage: [
        usageAt(ctx, ARM64.requests, "monthlyRequests", "requests per month", 1e6),
        usageAt(
          durationCtx,
          ARM64.duration,
          "monthlyGbSeconds",
          "GB-seconds per month on provisioned environments",
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig": provisionedConcurrency,
};
