import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:monitor:ActionGroup", () => {
  it("lists a usage charge per receiver kind and adds the counts given (golden: 26,000 emails = $0.52)", () => {
    const props = {
      groupShortName: "ops",
      enabled: true,
      emailReceivers: [{ name: "a" }],
      webhookReceivers: [{ name: "w" }],
    };
    const bare = ok(price("azure-native:monitor:ActionGroup", props));
    expect(bare.usage!.map((u) => u.key)).toEqual(["monthlyEmails", "monthlyWebhooks"]);
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price("azure-native:monitor:ActionGroup", props, { monthlyEmails: 26000, monthlyWebhooks: 16000 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(0.52 + 0.1, 2);
  });

  it("says which receivers it cannot price", () => {
    const r = ok(
      price("azure-native:monitor:ActionGroup", {
        smsReceivers: [{ countryCode: "44" }],
        voiceReceivers: [{}],
      }),
    );
    expect(r.assumptions.join(" ")).toContain("SMS outside country code 1, voice calls");
  });
});
