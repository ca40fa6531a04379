import { dig, isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import { parseQuantity } from "../kubernetes/quantity";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { cloudRunRegionNote, REQUEST_CPU, REQUEST_MEMORY, REQUESTS, requestUsage } from "./cloud-run";
import { gcpRegion, noGcpRegion } from "./region";

/**
 * vCPUs a function gets when `availableCpu` is not set, by memory (GiB, upper bound): the table of
 * cloud.google.com/functions/docs/configuring/memory (stored copy read 2026; 128 MiB → .083 vCPU …
 * 32 GiB → 8 vCPU).
 */
const DEFAULT_CPU: [number, number][] = [
  [0.125, 0.083],
  [0.25, 0.167],
  [0.5, 0.333],
  [1, 0.583],
  [2, 1],
  [8, 2],
  [16, 4],
  [32, 8],
];

/**
 * A 2nd gen Cloud Function: a Cloud Run service underneath, billed request-based at Cloud Run's
 * prices: vCPU- and GiB-seconds from `monthlyRequests` × `averageRequestDurationMs` / concurrency,
 * plus requests. Memory from `serviceConfig.availableMemory` (default 256M), CPU from
 * `availableCpu` or the memory's default.
 */
function functionV2(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("location"), "gcp");
  const config = (props.serviceConfig as Props | undefined) ?? {};
  for (const field of ["availableMemory", "availableCpu"])
    if (isUnknown(config[field]))
      return unpriced(missing(`serviceConfig.${field}`, config[field]), "gcp", region);
  const memRaw = str(config.availableMemory) ?? "256M";
  const bytes = parseQuantity(memRaw);
  if (bytes === undefined || bytes <= 0)
    return unpriced(
      `serviceConfig.availableMemory "${memRaw}" is not a quantity (256M, 1Gi …)`,
      "gcp",
      region,
    );
  const memoryGib = bytes / 2 ** 30;
  const cpuRaw = str(config.availableCpu);
  const cpu =
    cpuRaw !== undefined ? parseQuantity(cpuRaw) : DEFAULT_CPU.find(([gib]) => memoryGib <= gib + 1e-9)?.[1];
  if (cpu === undefined)
    return unpriced(
      cpuRaw !== undefined
        ? `serviceConfig.availableCpu "${cpuRaw}" is not a quantity`
        : `serviceConfig.availableMemory ${memRaw} is above 32Gi: set availableCpu`,
      "gcp",
      region,
    );
  const concurrency = num(config.maxInstanceRequestConcurrency) ?? 1;
  const minInstances = num(config.minInstanceCount) ?? 0;
  const shape = { vcpu: cpu, memoryGib, notes: [] };
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      `${memRaw} memory${str(config.availableMemory) ? "" : " (the default)"}, ${cpu} vCPU${cpuRaw ? "" : " (the default for that memory)"}, concurrency ${concurrency}`,
      `billed as Cloud Run request-based: $${REQUEST_CPU.usd} per vCPU-second, $${REQUEST_MEMORY.usd} per GiB-second, $${REQUESTS.usd} per 1M requests (${REQUEST_CPU.source}, ${REQUEST_CPU.asOf})`,
      cloudRunRegionNote(region),
      "the free tier is not deducted",
      minInstances > 0
        ? `${minInstances} minimum instance(s): their idle time is billed at a rate not in the sources, so not counted (a lower bound)`
        : "",
      dig(props, "eventTrigger") ? "event triggers (Eventarc, Pub/Sub) are billed by their own services" : "",
    ],
    { usage: requestUsage(shape, concurrency, ctx) },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:cloudfunctionsv2/function:Function": functionV2 };
