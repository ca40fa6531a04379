import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes } from "./golden";

const DASHBOARD_MONTH = goldenPrice("cloudwatch_dashboard_test", 3, "dashboard-month");

/** A CloudWatch dashboard: per dashboard-month (the account's first three are free; not subtracted). */
function dashboard(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [{ item: "dashboard", hourlyUsd: monthlyToHourly(DASHBOARD_MONTH) }],
    [place.assumption, "account free tier not subtracted", ...priceNotes(region, [DASHBOARD_MONTH])],
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudwatch/dashboard:Dashboard": dashboard };
