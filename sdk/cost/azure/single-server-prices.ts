import type { SinglePrices } from "./database-server";
import { goldenPrice } from "./list-prices";

/**
 * The single-server goldens (PostgreSQL, MySQL, MariaDB; eastus, 2024-07-01) print the same
 * figures: B_Gen5_2 $49.64, GP_Gen5_4 $255.79, MO_Gen5_16 $1,379.41 a month; storage $0.10 (Basic)
 * and $0.115 per GB-month; backup beyond the free amount $0.10 (LRS) and $0.20 (geo) per GB.
 */
export function singleServerPrices(engine: string, golden: string): SinglePrices {
  const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", golden, "2024-07-01");
  return {
    engine,
    vcore: {
      B: p(0.068 / 2, "vCore-hour"),
      GP: p(0.35039726 / 4, "vCore-hour"),
      MO: p(1.8896027 / 16, "vCore-hour"),
    },
    storage: { B: p(0.1, "GB-month"), GP: p(0.115, "GB-month"), MO: p(0.115, "GB-month") },
    backup: { local: p(0.1, "GB-month"), geo: p(0.2, "GB-month") },
  };
}
