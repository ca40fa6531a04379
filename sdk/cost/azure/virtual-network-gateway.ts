import { oneOf } from "../../units/checks";
import { dig, missing, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "virtual_network_gateway_test (azurerm_virtual_network_gateway)";
const CONN_GOLDEN = "virtual_network_gateway_connection_test (azurerm_virtual_network_gateway_connection)";
const hour = (usd: number) => goldenPrice(usd, "hour", "eastus", GOLDEN, "2025-01-15");

/** VPN gateways per hour, by SKU. */
const VPN_SKUS: Record<string, ListPrice> = {
  BASIC: hour(0.036),
  VPNGW1: hour(0.19),
  VPNGW1AZ: hour(0.21),
  VPNGW2: hour(0.49),
  VPNGW3: hour(1.25),
  VPNGW4: hour(2.1),
  VPNGW5: hour(3.65),
};
/** Point-to-site tunnels beyond the 128 included, per tunnel-month; data transferred, per GB. */
const P2S_TUNNEL = goldenPrice(7.3, "tunnel-month", "eastus", GOLDEN, "2025-01-15");
const DATA = goldenPrice(0.035, "GB", "eastus", GOLDEN, "2025-01-15");
/** A site-to-site (IPsec) connection, per hour. */
const S2S = goldenPrice(0.015, "hour", "eastus", CONN_GOLDEN, "2025-01-15");

/** A VPN gateway: its SKU's hourly price; extra P2S tunnels and data transfer are usage. */
function virtualNetworkGateway(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const type = str(props.gatewayType) ?? "Vpn";
  if (!/^vpn$/i.test(type))
    return unpriced(
      `gatewayType ${type}: only VPN gateways have a list price in the engine's sources`,
      "azure",
      region,
    );
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  const price = VPN_SKUS[sku.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; ${oneOf(["Basic", "VpnGw1", "VpnGw1AZ", "VpnGw2", "VpnGw3", "VpnGw4", "VpnGw5"], sku)}`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: `VPN gateway ${sku}`, hourlyUsd: hourlyOf(price) }],
    [assumption, ...priceNotes(region, price, P2S_TUNNEL, DATA)],
    {
      usage: [
        usageAt(ctx, P2S_TUNNEL, "p2sTunnelsOver128", "point-to-site tunnels beyond the 128 included"),
        usageAt(ctx, DATA, "dataTransferGb", "GB transferred per month"),
      ],
    },
  );
}

/** A gateway connection: site-to-site (IPsec) connections by the hour; other kinds are not priced. */
function gatewayConnection(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const type = str(props.connectionType);
  if (!type) return unpriced(missing("connectionType", props.connectionType), "azure", region);
  if (!/^ipsec$/i.test(type))
    return unpriced(
      `connectionType ${type} has no list price in the engine's sources; priced: IPsec`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "S2S connection", hourlyUsd: hourlyOf(S2S) }],
    [assumption, ...priceNotes(region, S2S)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:network:VirtualNetworkGateway": virtualNetworkGateway,
  "azure-native:network:VirtualNetworkGatewayConnection": gatewayConnection,
};
