import { dig, priced, Props, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, usageAt } from "./list-prices";

const GOLDEN = "monitor_action_group_test (azurerm_monitor_action_group)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-07-01");

/** Notifications by receiver kind: the usage key, what it counts, the price. */
const RECEIVERS: { path: string; key: string; counts: string; price: ListPrice }[] = [
  { path: "emailReceivers", key: "monthlyEmails", counts: "emails per month", price: p(0.00002, "email") },
  {
    path: "azureAppPushReceivers",
    key: "monthlyPushNotifications",
    counts: "push notifications per month",
    price: p(0.00002, "notification"),
  },
  {
    path: "webhookReceivers",
    key: "monthlyWebhooks",
    counts: "webhook calls per month",
    price: p(0.000006, "notification"),
  },
  {
    path: "itsmReceivers",
    key: "monthlyItsmEvents",
    counts: "ITSM events per month",
    price: p(0.005, "event"),
  },
];
/** SMS to country code 1 (US/Canada), the only SMS rate the engine has for country code 1. */
const SMS_US = p(0.00645, "message");

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * An action group is billed per notification it sends (usage), by receiver kind: email, push,
 * webhook, ITSM and SMS to country code 1 are priced; other receivers are listed as not priced.
 */
function actionGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const usage: UsageCharge[] = [];
  const notPriced: string[] = [];
  for (const r of RECEIVERS)
    if (list(props[r.path]).length) usage.push(usageAt(ctx, r.price, r.key, r.counts));
  const sms = list(props.smsReceivers);
  if (sms.some((s) => str(dig(s, "countryCode")) === "1"))
    usage.push(usageAt(ctx, SMS_US, "monthlySmsUs", "SMS to country code 1 per month"));
  if (sms.some((s) => str(dig(s, "countryCode")) !== "1")) notPriced.push("SMS outside country code 1");
  if (list(props.voiceReceivers).length) notPriced.push("voice calls");
  return priced(
    "azure",
    "global",
    [],
    [
      "billed per notification sent",
      ...(notPriced.length
        ? [`not priced: ${notPriced.join(", ")} (no rate in the engine's sources for them)`]
        : []),
    ],
    usage.length ? { usage } : {},
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:monitor:ActionGroup": actionGroup };
