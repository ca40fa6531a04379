import { dig, num, Props, priced, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { describePrice } from "../list-price";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED } from "./golden";

const DPU_HOUR = goldenPrice("glue_job_test", 0.44, "DPU-hour", ROUNDED);
/** DPUs per worker by worker type. */
const WORKER_DPUS: Readonly<Record<string, number>> = { "G.1X": 1, "G.2X": 2, "G.4X": 4, "G.8X": 8 };
/** Glue's defaults when a job names no capacity: 10 DPUs for Spark jobs, 0.0625 for Python shell. */
const DEFAULT_SPARK_DPUS = 10;
const DEFAULT_PYTHON_SHELL_DPUS = 0.0625;

/** The DPUs a job runs on: maxCapacity, else workers × the worker type's DPUs, else Glue's default. */
function dpus(props: Props): { dpus?: number; note: string } {
  const max = num(props.maxCapacity);
  if (max !== undefined) return { dpus: max, note: `maxCapacity ${max} DPUs` };
  const workers = num(props.numberOfWorkers);
  if (workers !== undefined) {
    const type = str(props.workerType) ?? "G.1X";
    const per = WORKER_DPUS[type];
    return per === undefined
      ? { note: `workerType ${type} has no DPU figure; known: ${Object.keys(WORKER_DPUS).join(", ")}` }
      : {
          dpus: workers * per,
          note: `${workers} ${type} worker(s)${str(props.workerType) ? "" : " (workerType not set: G.1X)"}`,
        };
  }
  const shell = str(dig(props, "command.name")) === "pythonshell";
  const d = shell ? DEFAULT_PYTHON_SHELL_DPUS : DEFAULT_SPARK_DPUS;
  return { dpus: d, note: `no capacity set: Glue's default ${d} DPUs` };
}

/** A Glue job: hours it runs a month (usage) × its DPUs × the DPU-hour price. */
function job(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const { dpus: d, note } = dpus(props);
  if (d === undefined) return unpriced(note, "aws", region);
  const hours = ctx.usage?.monthlyRunHours;
  return priced("aws", region, [], [place.assumption, note, ...priceNotes(region, [DPU_HOUR])], {
    usage: [
      {
        key: "monthlyRunHours",
        quantityUnit: "job run hours per month",
        unit: `hour (${d} DPUs)`,
        unitSize: 1,
        usdPerUnit: Math.round(DPU_HOUR.usd * d * 1e6) / 1e6,
        source: describePrice(DPU_HOUR),
        ...(hours === undefined ? {} : { quantity: hours }),
      },
    ],
  });
}

export const pricers: PricerModule["pricers"] = { "aws:glue/job:Job": job };
