import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("Pub/Sub (goldens pubsub_topic_test and pubsub_subscription_test, 2024-07-01)", () => {
  it("a topic: ingestion per TiB as usage", () => {
    // non_usage: 'Monthly cost depends on usage: $40.00 per TiB'
    const bare = expectPriced(price("gcp:pubsub/topic:Topic", {}));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage![0]).toMatchObject({ unit: "TiB", usdPerUnit: 40, unitSize: 1024 });
    // usage: 10 TiB = $400.00
    const used = expectPriced(
      price("gcp:pubsub/topic:Topic", {}, { usage: { monthlyMessageDataGb: 10 * 1024 } }),
    );
    expect(used.monthlyUsd).toBeCloseTo(400, 2);
  });

  it("a subscription: delivery, retained and snapshot storage", () => {
    // usage: 10 TiB $400.00 + 20 GiB $5.40 + 30 GiB $8.10
    const r = expectPriced(
      price(
        "gcp:pubsub/subscription:Subscription",
        { topic: "t" },
        { usage: { monthlyMessageDataGb: 10240, retainedAckedMessageGb: 20, snapshotMessageBacklogGb: 30 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(413.5, 2);
    const partial = expectPriced(
      price(
        "gcp:pubsub/subscription:Subscription",
        { topic: "t" },
        { usage: { monthlyMessageDataGb: 1024 } },
      ),
    );
    expect(partial.monthlyUsd).toBeCloseTo(40, 2);
    expect(partial.usageUnknown).toBe(true);
  });
});
