import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "wafv2_web_acl_test";
const ACL_MONTH = goldenPrice(G, 5, "web ACL-month");
const RULE_MONTH = goldenPrice(G, 1, "rule-month");
const REQUESTS = goldenPrice(G, 0.6, "1M requests", ROUNDED);

/**
 * A WAFv2 web ACL: per ACL-month and per rule-month for its own rules; rules inside the rule groups
 * it references and requests are usage.
 */
function webAcl(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const rules = Array.isArray(props.rules) ? props.rules.length : 0;
  const assumptions = [place.assumption];
  if (props.ruleJson !== undefined && rules === 0)
    assumptions.push("rules given as ruleJson are not counted");
  return priced(
    "aws",
    region,
    [
      { item: "web ACL", hourlyUsd: monthlyToHourly(ACL_MONTH) },
      ...(rules ? [{ item: `${rules} rule(s)`, hourlyUsd: monthlyToHourly(RULE_MONTH, rules) }] : []),
    ],
    [...assumptions, ...priceNotes(region, [ACL_MONTH, RULE_MONTH, REQUESTS])],
    {
      usage: [
        usageAt(ctx, RULE_MONTH, "ruleGroupRules", "rules inside referenced rule groups"),
        usageAt(ctx, REQUESTS, "monthlyRequests", "requests inspected per month", 1e6),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:wafv2/webAcl:WebAcl": webAcl };
