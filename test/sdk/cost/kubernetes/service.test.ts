import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { type PriceContext, UNKNOWN } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog() };
const SERVICE = "kubernetes:core/v1:Service";
const lb = (annotations: Record<string, string> = {}, ports = [{ port: 443 }]) => ({
  metadata: { annotations },
  spec: { type: "LoadBalancer", ports },
});

describe("Kubernetes Service", () => {
  it("prices ClusterIP and NodePort services at 0 as not billed, and an unknown type at 0 without saying free", () => {
    for (const spec of [{ type: "ClusterIP" }, { type: "NodePort" }, {}])
      expect(priceResource(SERVICE, { spec }, ctx)).toMatchObject({
        priced: true,
        monthlyUsd: 0,
        free: true,
      });
    const unknown = priceResource(SERVICE, { spec: { type: UNKNOWN } }, ctx);
    expect(unknown).toMatchObject({ priced: true, monthlyUsd: 0 });
    if (unknown.priced) {
      expect(unknown.free).toBeUndefined();
      expect(unknown.assumptions.join(" ")).toMatch(/spec.type is unknown during preview/);
    }
  });

  it("prices a LoadBalancer without a known cloud as an AWS Classic Load Balancer, saying so", () => {
    const r = priceResource(SERVICE, lb(), ctx);
    if (!r.priced) throw new Error(r.reason);
    // elb_test golden: aws_elb.elb1 $18.25/month.
    expect(r.monthlyUsd).toBeCloseTo(18.25, 2);
    expect(r.assumptions.join("\n")).toMatch(/cluster's cloud is not known: priced as on AWS/);
    expect(r.cloud).toBe("kubernetes");
  });

  it("prices the cloud load balancer of the cluster's cloud", () => {
    const aws = { ...ctx, kubernetesCloud: "aws" as const };
    const nlb = priceResource(
      SERVICE,
      lb({ "service.beta.kubernetes.io/aws-load-balancer-type": "nlb" }),
      aws,
    );
    // lb_test golden: aws_lb.nlb1 $16.43/month.
    expect(nlb.priced && nlb.monthlyUsd).toBeCloseTo(16.43, 2);
    expect(nlb.priced && nlb.assumptions[1]).toMatch(/the cluster runs on aws \(from the plan\)/);
    const gcp = priceResource(SERVICE, lb(), { ...ctx, kubernetesCloud: "gcp" });
    // compute_forwarding_rule_test golden: $7.30/month.
    expect(gcp.priced && gcp.monthlyUsd).toBeCloseTo(7.3, 2);
    const azure = priceResource(SERVICE, lb({}, [{ port: 80 }, { port: 443 }]), {
      ...ctx,
      kubernetesCloud: "azure",
    });
    // lb_rule_test golden: rule $7.30/month each, static public IP $3.65/month.
    expect(azure.priced && azure.monthlyUsd).toBeCloseTo(2 * 7.3 + 3.65, 2);
    const internal = priceResource(
      SERVICE,
      lb({ "service.beta.kubernetes.io/azure-load-balancer-internal": "true" }),
      { ...ctx, kubernetesCloud: "azure", region: "eastus" },
    );
    expect(internal.priced && internal.monthlyUsd).toBeCloseTo(7.3, 2);
    expect(internal.priced && internal.assumptions.join("\n")).toMatch(
      /westus list price is used for eastus/,
    );
  });
});
