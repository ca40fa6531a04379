import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const we = (usd: number, unit: string, golden: string) =>
  goldenPrice(usd, unit, "westeurope", golden, "2024-07-01");
const HUB = we(0.25, "hour", "virtual_hub_test (azurerm_virtual_hub)");
const HUB_DATA = we(0.02, "GB", "virtual_hub_test (azurerm_virtual_hub)");
const S2S_UNIT = we(263.53, "scale-unit-month", "vpn_gateway_test (azurerm_vpn_gateway)");
const P2S_UNIT = we(
  263.53,
  "scale-unit-month",
  "point_to_site_vpn_gateway_test (azurerm_point_to_site_vpn_gateway)",
);
const P2S_CONNECTION = we(
  0.012222222,
  "connection-hour",
  "point_to_site_vpn_gateway_test (azurerm_point_to_site_vpn_gateway)",
);
const ER_UNIT = we(306.6, "scale-unit-month", "express_route_gateway_test (azurerm_express_route_gateway)");
/** A site-to-site or ExpressRoute connection to a hub, per connection-hour. */
const S2S_CONNECTION = we(0.05, "hour", "vpn_gateway_connection_test (azurerm_vpn_gateway_connection)");
const ER_CONNECTION = we(0.05, "hour", "express_route_connection_test (azurerm_express_route_connection)");

/** A Virtual WAN hub: Standard hubs by the hour and the data they process; Basic hubs are not billed. */
function virtualHub(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(props.sku) ?? "Standard";
  if (/^basic$/i.test(sku))
    return priced("azure", region, [], [assumption, "Basic virtual hubs are not billed"]);
  return priced(
    "azure",
    region,
    [{ item: "virtual hub (Standard)", hourlyUsd: hourlyOf(HUB) }],
    [
      assumption,
      ...(props.sku === undefined ? ["sku not set: Standard assumed"] : []),
      ...priceNotes(region, HUB, HUB_DATA),
    ],
    { usage: [usageAt(ctx, HUB_DATA, "dataProcessedGb", "GB processed per month")] },
  );
}

/** Scale units of a Virtual WAN gateway, from `path`, 1 when not set. */
function scaleUnits(price: ListPrice, path: string, what: string) {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    const set = num(dig(props, path));
    const units = set ?? 1;
    const extra =
      what === "P2S"
        ? {
            usage: [
              usageAt(ctx, P2S_CONNECTION, "p2sConnectionHours", "point-to-site connection-hours per month"),
            ],
          }
        : {};
    return priced(
      "azure",
      region,
      [{ item: `${what} scale units × ${units}`, hourlyUsd: hourlyOf(price, units) }],
      [
        assumption,
        set === undefined ? `${path} not set: 1 scale unit assumed` : "",
        ...priceNotes(region, price),
      ],
      extra,
    );
  };
}

/** A connection to a Virtual WAN gateway, by the hour, in its gateway's location (or the provider's). */
function connection(price: ListPrice, what: string) {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    return priced(
      "azure",
      region,
      [{ item: what, hourlyUsd: hourlyOf(price) }],
      [assumption, ...priceNotes(region, price)],
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:network:VpnConnection": connection(S2S_CONNECTION, "S2S connection"),
  "azure-native:network:ExpressRouteConnection": connection(ER_CONNECTION, "ExpressRoute connection"),
  "azure-native:network:VirtualHub": virtualHub,
  "azure-native:network:VpnGateway": scaleUnits(S2S_UNIT, "vpnGatewayScaleUnit", "S2S"),
  "azure-native:network:P2sVpnGateway": scaleUnits(P2S_UNIT, "vpnGatewayScaleUnit", "P2S"),
  "azure-native:network:ExpressRouteGateway": scaleUnits(
    ER_UNIT,
    "autoScaleConfiguration.bounds.min",
    "ExpressRoute",
  ),
};
