import { oneOf } from "../../units/checks";
import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const PLAN_GOLDEN = "service_plan_test (azurerm_service_plan)";
const PLAN_AS_OF = "2024-08-30";
const FUNCTIONS_GOLDEN = "function_app_test (azurerm_function_app)";
const LOGIC_GOLDEN = "logic_app_standard_test (azurerm_logic_app_standard)";
const V1_GOLDEN = "app_service_plan_test (azurerm_app_service_plan)";

/** Hourly price of one instance of a plan size, [Linux, Windows], eastus (service_plan_test golden). */
const INSTANCE_HOURLY: Record<string, readonly [number, number]> = {
  B1: [0.017, 0.075],
  B2: [0.034, 0.15],
  B3: [0.067, 0.3],
  D1: [0.013, 0.013],
  SHARED: [0.013, 0.013],
  S1: [0.095, 0.1],
  S2: [0.19, 0.2],
  S3: [0.38, 0.4],
  P1V2: [0.101, 0.2],
  P2V2: [0.202, 0.4],
  P3V2: [0.403, 0.8],
  P0V3: [0.0775, 0.1575],
  P1V3: [0.155, 0.315],
  P2V3: [0.31, 0.63],
  P3V3: [0.62, 1.26],
  P1MV3: [0.186, 0.346],
  P2MV3: [0.372, 0.692],
  P3MV3: [0.744, 1.384],
  P4MV3: [1.488, 2.768],
  P5MV3: [2.976, 5.536],
  I1: [0.3, 0.3],
  I2: [0.6, 0.6],
  I3: [1.2, 1.2],
  I1V2: [0.386, 0.547],
  I2V2: [0.772, 1.094],
  I3V2: [1.544, 2.188],
  I4V2: [3.088, 4.376],
  I5V2: [6.176, 8.752],
  I6V2: [12.352, 17.504],
};

/** Sizes only the older azurerm_app_service_plan golden has (Windows containers, Premium v1 on Linux). */
const V1_HOURLY: Record<string, { os: "linux" | "windows"; usd: number }> = {
  PC2: { os: "windows", usd: 0.16245205 },
  PC3: { os: "windows", usd: 0.32489224 },
  P1: { os: "linux", usd: 0.3 },
};

/** Consumption (Y1) Functions: per execution and per GB-second of memory × run time. */
const EXECUTIONS = goldenPrice(0.2, "1M executions", "eastus", FUNCTIONS_GOLDEN, "2024-07-01");
const GB_SECONDS = goldenPrice(0.000016, "GB-second", "eastus", FUNCTIONS_GOLDEN, "2024-07-01");

/**
 * Elastic Premium (EP) Functions bill each always-ready instance's vCPU and memory: $126.29 per
 * vCPU-month and $31.43 per 3.5 GB-month in the golden, i.e. 0.173 and 0.0123 per hour.
 */
const EP_VCPU = goldenPrice(0.173, "vCPU-hour", "eastus", FUNCTIONS_GOLDEN, "2024-07-01");
const EP_GB = goldenPrice(0.0123, "GB-hour", "eastus", FUNCTIONS_GOLDEN, "2024-07-01");
/** Logic Apps Standard (WS) plans: per vCore-month and GB-month (golden rate intervals' common point). */
const WS_VCORE = goldenPrice(143.9555, "vCore-month", "westeurope", LOGIC_GOLDEN, "2024-07-01");
const WS_GB = goldenPrice(10.293, "GB-month", "westeurope", LOGIC_GOLDEN, "2024-07-01");

/** vCPUs and GB of memory of the Elastic Premium and Workflow Standard sizes. */
const ELASTIC_SIZES: Record<string, { vcpu: number; gb: number }> = {
  EP1: { vcpu: 1, gb: 3.5 },
  EP2: { vcpu: 2, gb: 7 },
  EP3: { vcpu: 4, gb: 14 },
  WS1: { vcpu: 1, gb: 3.5 },
  WS2: { vcpu: 2, gb: 7 },
  WS3: { vcpu: 4, gb: 14 },
};

/** A Linux plan says so by kind ("linux", "functionapp,linux") or by reserved: true. */
function isLinux(props: Props): boolean {
  return props.reserved === true || /linux/i.test(str(props.kind) ?? "");
}

/**
 * An App Service plan: sku.capacity instances of its size at the Linux or Windows rate. Function
 * plans bill differently: Consumption (Y1) per execution and GB-second, Elastic Premium (EP) and
 * Logic Apps Standard (WS) per vCPU and GB of each always-ready instance.
 */
function appServicePlan(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const rawName = dig(props, "sku.name") ?? dig(props, "sku.size");
  const name = str(rawName)?.toUpperCase();
  if (!name) return unpriced(missing("sku.name", rawName), "azure", region);
  const tier = str(dig(props, "sku.tier")) ?? "";
  const capacity = num(dig(props, "sku.capacity"));
  const count = capacity ?? 1;
  const os = isLinux(props) ? "linux" : "windows";
  const counted =
    capacity === undefined ? "sku.capacity not set: 1 instance assumed" : `${count} instance(s)`;

  if (name === "F1" || /^free$/i.test(tier))
    return priced("azure", region, [], [assumption, "Free (F1) plans are not billed"]);

  if (name === "Y1" || /^dynamic$/i.test(tier)) {
    const usage = [
      usageAt(ctx, EXECUTIONS, "monthlyExecutions", "executions per month", 1e6),
      usageAt(ctx, GB_SECONDS, "monthlyGbSeconds", "GB-seconds per month (memory × run time)"),
    ];
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        "Consumption plan: billed per execution and GB-second only (no free grant deducted)",
        ...priceNotes(region, EXECUTIONS, GB_SECONDS),
      ],
      { usage },
    );
  }

  const elastic = ELASTIC_SIZES[name];
  if (elastic) {
    const [cpu, mem] = name.startsWith("EP") ? [EP_VCPU, EP_GB] : [WS_VCORE, WS_GB];
    const lines: PriceLine[] = [
      { item: `${name} vCPU × ${elastic.vcpu * count}`, hourlyUsd: hourlyOf(cpu, elastic.vcpu * count) },
      { item: `${name} memory ${elastic.gb * count} GB`, hourlyUsd: hourlyOf(mem, elastic.gb * count) },
    ];
    return priced(
      "azure",
      region,
      lines,
      [
        assumption,
        `${counted}: always-ready instances; instances scaled out beyond them are billed the same way`,
        ...priceNotes(region, cpu, mem),
      ],
      { count },
    );
  }

  const price = instancePrice(name, os);
  if (!price)
    return unpriced(
      `sku.name "${name}" has no ${os} list price in the engine's sources; ${oneOf(
        [...Object.keys(INSTANCE_HOURLY), "F1", "Y1", ...Object.keys(ELASTIC_SIZES)],
        name,
      )}`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: `${name} ${os} × ${count}`, hourlyUsd: hourlyOf(price, count) }],
    [assumption, counted, `${os} rate (kind/reserved)`, ...priceNotes(region, price)],
    { count, perInstanceHourlyUsd: price.usd },
  );
}

function instancePrice(name: string, os: "linux" | "windows"): ListPrice | undefined {
  const pair = INSTANCE_HOURLY[name];
  if (pair) return goldenPrice(pair[os === "linux" ? 0 : 1], "hour", "eastus", PLAN_GOLDEN, PLAN_AS_OF);
  const v1 = V1_HOURLY[name];
  if (v1?.os === os) return goldenPrice(v1.usd, "hour", "eastus", V1_GOLDEN, "2024-07-01");
  return undefined;
}

export const pricers: PricerModule["pricers"] = { "azure-native:web:AppServicePlan": appServicePlan };
