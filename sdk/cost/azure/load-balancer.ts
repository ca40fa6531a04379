import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

/** A Standard load balancer's load-balancing or outbound rule, per rule-hour. */
const RULE = goldenPrice(0.01, "rule-hour", "eastus", "lb_rule_v2_test (azurerm_lb_rule)", "2024-08-30");
/** Data processed by a Standard load balancer, per GB. */
const DATA = goldenPrice(0.005, "GB", "eastus", "lb_test (azurerm_lb)", "2024-07-01");

const length = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/**
 * A load balancer. Standard bills its load-balancing and outbound rules by the hour (inbound NAT
 * rules are free) and the data it processes; Basic is not billed.
 */
function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "Basic";
  const tier = str(dig(props, "sku.tier")) ?? "Regional";
  if (/^basic$/i.test(sku))
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        dig(props, "sku.name") === undefined
          ? "sku.name not set: Basic (the API default), which is not billed"
          : "Basic load balancers are not billed",
      ],
    );
  if (!/^standard$/i.test(sku) || !/^regional$/i.test(tier))
    return unpriced(
      `a ${sku} ${tier} load balancer has no list price in the engine's sources`,
      "azure",
      region,
    );
  const rules = length(props.loadBalancingRules) + length(props.outboundRules);
  return priced(
    "azure",
    region,
    rules ? [{ item: `${rules} rule(s)`, hourlyUsd: hourlyOf(RULE, rules) }] : [],
    [
      assumption,
      `${rules} load-balancing and outbound rule(s) at the per-rule price (inbound NAT rules are free)`,
      ...priceNotes(region, RULE, DATA),
    ],
    { usage: [usageAt(ctx, DATA, "dataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:LoadBalancer": loadBalancer };
