import type { PricerModule } from "../registry";
import { singleServer } from "./database-server";
import { singleServerPrices } from "./single-server-prices";

export const pricers: PricerModule["pricers"] = {
  "azure-native:dbformariadb:Server": singleServer(
    singleServerPrices("MariaDB", "mariadb_server_test (azurerm_mariadb_server)"),
  ),
};
