import type { PricerModule } from "../registry";
import { flexibleServer, singleServer } from "./database-server";
import { goldenPrice } from "./list-prices";
import { singleServerPrices } from "./single-server-prices";

const FLEX = "mysql_flexible_server_test (azurerm_mysql_flexible_server)";
const flex = (usd: number, unit: string) => goldenPrice(usd, unit, "westus", FLEX, "2025-07-07");

/** Azure Database for MySQL flexible server, westus list prices. */
const FLEXIBLE = {
  engine: "MySQL",
  sizes: { standard_b1ms: flex(0.022, "hour") },
  families: [
    { match: /^standard_d\d+ads_v5$/, label: "Standard_D*ads_v5", price: flex(0.195 / 2, "vCore-hour") },
    { match: /^standard_e\d+ds_v4$/, label: "Standard_E*ds_v4", price: flex(0.52439726 / 4, "vCore-hour") },
  ],
  storage: flex(0.138, "GB-month"),
  backup: flex(0.095, "GB-month"),
  iops: flex(0.06, "IOPS-month"),
};

export const pricers: PricerModule["pricers"] = {
  /** In azure-native v3 the flexible server is `dbformysql:Server`; the retired single server is `SingleServer`. */
  "azure-native:dbformysql:Server": flexibleServer(FLEXIBLE),
  "azure-native:dbformysql:SingleServer": singleServer(
    singleServerPrices("MySQL", "mysql_server_test (azurerm_mysql_server)"),
  ),
};
