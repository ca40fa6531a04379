import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, usageAt } from "./list-prices";

const FD = "frontdoor_test (azurerm_frontdoor)";
const WAF = "frontdoor_firewall_policy_test (azurerm_frontdoor_firewall_policy)";
const we = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", FD, "2024-07-01");
const wus = (usd: number, unit: string) => goldenPrice(usd, unit, "westus", WAF, "2024-07-01");
const FIRST_RULES = we(0.03, "rule-hour");
const MORE_RULES = we(0.012, "rule-hour");
const INBOUND = we(0.01, "GB");
const OUTBOUND = [
  { label: "first 10TB", from: 0, upTo: 10e3, price: we(0.17, "GB") },
  { label: "10-50TB", from: 10e3, upTo: 50e3, price: we(0.15, "GB") },
  { label: "over 50TB", from: 50e3, upTo: Infinity, price: we(0.13, "GB") },
];
const POLICY = wus(5, "policy-month");
const CUSTOM_RULE = wus(1, "rule-month");
const MANAGED_RULESET = wus(20, "ruleset-month");
const CUSTOM_REQUESTS = wus(0.6, "1M requests");
const MANAGED_REQUESTS = wus(1, "1M requests");

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A classic Front Door: routing rules by the hour (the first five at a higher rate); traffic is usage. */
function frontDoor(props: Props, ctx: PriceContext): ResourcePrice {
  const rules = list(props.routingRules).length;
  const first = Math.min(rules, 5);
  const more = Math.max(0, rules - 5);
  const lines = [
    ...(first ? [{ item: `${first} routing rule(s)`, hourlyUsd: hourlyOf(FIRST_RULES, first) }] : []),
    ...(more ? [{ item: `${more} more routing rule(s)`, hourlyUsd: hourlyOf(MORE_RULES, more) }] : []),
  ];
  return priced(
    "azure",
    "global",
    lines,
    [
      `${rules} routing rule(s)`,
      "North America/Europe transfer prices",
      ...priceNotes(undefined, FIRST_RULES, MORE_RULES),
    ],
    {
      usage: [
        usageAt(ctx, INBOUND, "inboundDataTransferGb", "GB received"),
        ...tieredUsage(ctx, "outboundDataTransferGb", "GB delivered", OUTBOUND),
      ],
    },
  );
}

/** A classic Front Door WAF policy: the policy, its custom rules and managed rule sets by the month; requests are usage. */
function wafPolicy(props: Props, ctx: PriceContext): ResourcePrice {
  const sku = str(dig(props, "sku.name")) ?? "Classic_AzureFrontDoor";
  if (!/^classic/i.test(sku))
    return unpriced(
      `sku.name ${sku}: WAF on Front Door Standard/Premium has no list price in the engine's sources`,
      "azure",
      "global",
    );
  const custom = list(dig(props, "customRules.rules")).length;
  const managed = list(dig(props, "managedRules.managedRuleSets")).length;
  const lines = [
    { item: "WAF policy", hourlyUsd: hourlyOf(POLICY) },
    ...(custom ? [{ item: `${custom} custom rule(s)`, hourlyUsd: hourlyOf(CUSTOM_RULE, custom) }] : []),
    ...(managed
      ? [{ item: `${managed} managed rule set(s)`, hourlyUsd: hourlyOf(MANAGED_RULESET, managed) }]
      : []),
  ];
  return priced("azure", "global", lines, priceNotes(undefined, POLICY, CUSTOM_RULE, MANAGED_RULESET), {
    usage: [
      ...(custom
        ? [usageAt(ctx, CUSTOM_REQUESTS, "customRuleRequests", "requests checked by custom rules", 1e6)]
        : []),
      ...(managed
        ? [
            usageAt(
              ctx,
              MANAGED_REQUESTS,
              "managedRulesetRequests",
              "requests checked by managed rule sets",
              1e6,
            ),
          ]
        : []),
    ],
  });
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:frontdoor:FrontDoor": frontDoor,
  "azure-native:frontdoor:Policy": wafPolicy,
};
