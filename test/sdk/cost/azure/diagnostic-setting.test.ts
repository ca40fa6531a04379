import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:monitor:DiagnosticSetting", () => {
  it("bills platform logs sent to storage as usage, and not those sent only to a workspace", () => {
    const storage = ok(
      price(
        "azure-native:monitor:DiagnosticSetting",
        { resourceUri: "/r", storageAccountId: "/sa" },
        { platformLogsGb: 100 },
      ),
    );
    expect(storage.monthlyUsd).toBeCloseTo(32.5, 2);
    const workspace = ok(
      price("azure-native:monitor:DiagnosticSetting", { resourceUri: "/r", workspaceId: "/ws" }),
    );
    expect(workspace.monthlyUsd).toBe(0);
    expect(workspace.usage).toBeUndefined();
  });
});
