import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext } from "../../../../sdk/cost/types";

const catalog = defaultCatalog();
const ctx: PriceContext = { catalog };
const PVC = "kubernetes:core/v1:PersistentVolumeClaim";
const claim = (storage: unknown, storageClassName?: string) => ({
  spec: {
    accessModes: ["ReadWriteOnce"],
    resources: { requests: { storage } },
    ...(storageClassName ? { storageClassName } : {}),
  },
});

describe("Kubernetes PersistentVolumeClaim", () => {
  it("prices the requested storage at the cluster cloud's standard disk figure", () => {
    const aws = priceResource(PVC, claim("100Gi"), ctx);
    if (!aws.priced) throw new Error(aws.reason);
    expect(aws.monthlyUsd).toBeCloseTo(100 * catalog.service("aws", "*", "disk.standard")!.usd, 2);
    expect(aws.assumptions.join("\n")).toMatch(/cluster's cloud is not known/);
    const gcp = priceResource(PVC, claim("50Gi"), { ...ctx, kubernetesCloud: "gcp" });
    expect(gcp.priced && gcp.monthlyUsd).toBeCloseTo(
      50 * catalog.service("gcp", "*", "disk.standard")!.usd,
      2,
    );
    const premium = priceResource(PVC, claim("10Gi", "managed-csi-premium"), {
      ...ctx,
      kubernetesCloud: "azure",
    });
    expect(premium.priced && premium.monthlyUsd).toBeCloseTo(
      10 * catalog.service("azure", "*", "disk.ssd")!.usd,
      2,
    );
  });

  it("is unpriced, naming the field, without a storage request", () => {
    const none = priceResource(PVC, { spec: {} }, ctx);
    expect(!none.priced && none.reason).toBe("spec.resources.requests.storage is not set");
    const bad = priceResource(PVC, claim("big"), ctx);
    expect(!bad.priced && bad.reason).toMatch(/"big" is not a Kubernetes quantity/);
  });
});

describe("Helm", () => {
  it("reports releases and charts unpriced, saying why", () => {
    for (const type of [
      "kubernetes:helm.sh/v3:Release",
      "kubernetes:helm.sh/v3:Chart",
      "kubernetes:helm.sh/v4:Chart",
    ]) {
      expect(priceResource(type, { chart: "nginx" }, ctx)).toMatchObject({
        priced: false,
        reason: "Helm charts render their resources on the cluster; offline their workloads are not known",
      });
    }
  });
});
