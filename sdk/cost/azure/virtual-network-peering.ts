import { azureLocation } from "../../catalog/region-names";
import { priced, Props, resolveReference, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";

const GOLDEN = "virtual_network_peering_test (azurerm_virtual_network_peering)";
const INBOUND = goldenPrice(0.01, "GB", "westeurope", GOLDEN, "2024-07-01");
const OUTBOUND = goldenPrice(0.01, "GB", "westeurope", GOLDEN, "2024-07-01");

/**
 * A VNet peering is billed per GB in each direction (usage), at the same-region rate. Peerings
 * across regions (global peering) bill more by zone; they are not priced.
 */
function peering(props: Props, ctx: PriceContext): ResourcePrice {
  const local = str(resolveReference(props, "virtualNetworkName", ctx)?.props.location);
  const remote = str(resolveReference(props, "remoteVirtualNetwork.id", ctx)?.props.location);
  const region = local ? azureLocation(local) : ctx.region ? azureLocation(ctx.region) : "unknown";
  if (local && remote && azureLocation(local) !== azureLocation(remote))
    return {
      priced: false,
      reason: `global peering (${azureLocation(local)} to ${azureLocation(remote)}) has no list price in the engine's sources`,
      cloud: "azure",
      region,
    };
  return priced(
    "azure",
    region,
    [],
    [
      local && remote
        ? "both networks in one region"
        : "the remote network's region is not known: same-region rates assumed",
      ...priceNotes(region, INBOUND),
    ],
    {
      usage: [
        usageAt(ctx, INBOUND, "inboundDataTransferGb", "GB received over the peering"),
        usageAt(ctx, OUTBOUND, "outboundDataTransferGb", "GB sent over the peering"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:VirtualNetworkPeering": peering };
