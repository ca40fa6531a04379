import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:network:FlowLog", () => {
  it("bills logs and traffic analytics as usage (golden: $0.50/GB collected, $3.50/GB at 10 min)", () => {
    const props = {
      location: "westeurope",
      enabled: true,
      flowAnalyticsConfiguration: {
        networkWatcherFlowAnalyticsConfiguration: { enabled: true, trafficAnalyticsInterval: 10 },
      },
    };
    const bare = ok(price("azure-native:network:FlowLog", props));
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.5, 3.5]);
    expect(
      ok(price("azure-native:network:FlowLog", props, { logsCollectedGb: 10, trafficAnalyticsGb: 10 }))
        .monthlyUsd,
    ).toBeCloseTo(40, 2);
  });
});
