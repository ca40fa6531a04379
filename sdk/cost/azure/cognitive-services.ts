import { azureLocation } from "../../catalog/region-names";
import { dig, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "cognitive_deployment_test (azurerm_cognitive_deployment)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2026-03-31");

/** A model's usage meters: usage key, what it counts, the units per billing unit, the price. */
interface Meter {
  key: string;
  counts: string;
  unitSize: number;
  price: ListPrice;
}
const tokens = (key: string, counts: string, usd: number): Meter => ({
  key,
  counts,
  unitSize: 1e3,
  price: p(usd, "1K tokens"),
});

/** Standard (pay-as-you-go) deployments of the models the golden prices. */
const MODELS: Record<string, Meter[]> = {
  "text-embedding-ada-002": [tokens("inputTokens", "tokens embedded", 0.0001)],
  "text-embedding-3-small": [tokens("inputTokens", "tokens embedded", 0.00002)],
  "text-embedding-3-large": [tokens("inputTokens", "tokens embedded", 0.00013)],
  "gpt-4.5-preview": [
    tokens("inputTokens", "input tokens", 0.0825),
    tokens("cachedInputTokens", "cached input tokens", 0.04125),
    tokens("outputTokens", "output tokens", 0.165),
  ],
  "dall-e-3": [
    { key: "standardImages", counts: "standard 1024×1024 images", unitSize: 100, price: p(4, "100 images") },
  ],
  "dall-e-2": [
    { key: "standardImages", counts: "standard 1024×1024 images", unitSize: 100, price: p(2, "100 images") },
  ],
  whisper: [
    { key: "audioHours", counts: "hours of audio transcribed", unitSize: 1, price: p(0.36, "hour of audio") },
  ],
};

/** An Azure AI services / OpenAI account has no charge of its own: its deployments are billed per use. */
function account(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const kind = str(props.kind) ?? "";
  if (!/^(OpenAI|AIServices)$/i.test(kind))
    return unpriced(
      `kind ${kind || "not set"}: only OpenAI and AIServices accounts (billed through deployments) are priced`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [],
    [assumption, "no charge of its own: model deployments are billed per use"],
  );
}

/** A model deployment (Standard): the model's token, image or audio meters, as usage. */
function deployment(props: Props, ctx: PriceContext): ResourcePrice {
  const owner = resolveReference(props, "accountName", ctx)?.props;
  const own = str(owner?.location);
  const region = own ? azureLocation(own) : azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const model = str(dig(props, "properties.model.name"));
  if (!model) return unpriced("properties.model.name is not set", "azure", region);
  const sku = str(dig(props, "sku.name")) ?? "Standard";
  if (!/^standard$/i.test(sku))
    return unpriced(
      `sku.name ${sku}: only Standard (pay-as-you-go) deployments have a list price in the engine's sources`,
      "azure",
      region,
    );
  const meters = MODELS[model];
  if (!meters)
    return unpriced(
      `model ${model} has no list price in the engine's sources; priced: ${Object.keys(MODELS).join(", ")}`,
      "azure",
      region,
    );
  const usage: UsageCharge[] = meters.map((m) => usageAt(ctx, m.price, m.key, m.counts, m.unitSize));
  return priced(
    "azure",
    region,
    [],
    [
      own ? "region from its account" : "region from the provider (azure-native:location)",
      `${model}: billed per use`,
      ...priceNotes(region, ...meters.map((m) => m.price)),
    ],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:cognitiveservices:Account": account,
  "azure-native:cognitiveservices:Deployment": deployment,
};
