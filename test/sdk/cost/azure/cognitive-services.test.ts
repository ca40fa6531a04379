import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const inAccount = {
  ...ctx,
  resolve: () => ({
    type: "azure-native:cognitiveservices:Account",
    props: { location: "East US", kind: "OpenAI" },
  }),
};
const deployment = (model: string, usage?: Record<string, number>, sku = "Standard") =>
  price(
    "azure-native:cognitiveservices:Deployment",
    {
      accountName: "ai",
      properties: { model: { format: "OpenAI", name: model, version: "1" } },
      sku: { name: sku, capacity: 10 },
    },
    usage,
    inAccount,
  );

describe("azure-native:cognitiveservices:Account and Deployment", () => {
  it("bills an OpenAI account through its deployments", () => {
    expect(
      ok(
        price("azure-native:cognitiveservices:Account", {
          location: "eastus",
          kind: "OpenAI",
          sku: { name: "S0" },
        }),
      ).monthlyUsd,
    ).toBe(0);
    expect(
      price("azure-native:cognitiveservices:Account", { location: "eastus", kind: "SpeechServices" }),
    ).toMatchObject({ priced: false });
  });

  it("prices a model's tokens from the usage file (golden gpt-4.5-preview: 40,000 1K input tokens = $3,300)", () => {
    const bare = ok(deployment("gpt-4.5-preview"));
    expect(bare.region).toBe("eastus");
    expect(bare.usage!.map((u) => u.key)).toEqual(["inputTokens", "cachedInputTokens", "outputTokens"]);
    const used = ok(
      deployment("gpt-4.5-preview", { inputTokens: 40e6, cachedInputTokens: 0, outputTokens: 0 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(3300, 2);
    expect(ok(deployment("text-embedding-3-small", { inputTokens: 1e9 })).monthlyUsd).toBeCloseTo(20, 2);
  });

  it("is unpriced for models or SKUs without a price", () => {
    expect(deployment("gpt-4o")).toMatchObject({ priced: false, reason: expect.stringContaining("gpt-4o") });
    expect(deployment("text-embedding-3-small", undefined, "ProvisionedManaged")).toMatchObject({
      priced: false,
    });
  });
});
