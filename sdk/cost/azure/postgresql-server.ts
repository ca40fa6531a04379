import type { PricerModule } from "../registry";
import { flexibleServer, singleServer } from "./database-server";
import { goldenPrice } from "./list-prices";
import { singleServerPrices } from "./single-server-prices";

const FLEX = "postgresql_flexible_server_test (azurerm_postgresql_flexible_server)";
const flex = (usd: number, unit: string) => goldenPrice(usd, unit, "westus", FLEX, "2025-07-07");

/** Azure Database for PostgreSQL flexible server, westus list prices. */
const FLEXIBLE = {
  engine: "PostgreSQL",
  sizes: {
    standard_b1ms: flex(0.022, "hour"),
    standard_b2ms: flex(0.176, "hour"),
  },
  families: [
    // GP_Standard_D4s_v3 ($284.70) and D16s_v3 ($1,138.80) agree on $0.0975 per vCore-hour.
    { match: /^standard_d\d+s_v3$/, label: "Standard_D*s_v3", price: flex(0.0975, "vCore-hour") },
    {
      match: /^standard_d\d+a?ds_v5$/,
      label: "Standard_D*ds_v5/D*ads_v5",
      price: flex(0.1015, "vCore-hour"),
    },
    { match: /^standard_e\d+s_v3$/, label: "Standard_E*s_v3", price: flex(0.52439726 / 4, "vCore-hour") },
  ],
  storage: flex(0.138, "GB-month"),
  backup: flex(0.095, "GB-month"),
};

export const pricers: PricerModule["pricers"] = {
  /** In azure-native v3 the flexible server is `dbforpostgresql:Server`; the retired single server is `SingleServer`. */
  "azure-native:dbforpostgresql:Server": flexibleServer(FLEXIBLE),
  "azure-native:dbforpostgresql:SingleServer": singleServer(
    singleServerPrices("PostgreSQL", "postgresql_server_test (azurerm_postgresql_server)"),
  ),
};
