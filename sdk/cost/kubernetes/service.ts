import { CLASSIC_LB_HOUR, ELB_V2_PRICES } from "../aws/load-balancer";
import { dig, isUnknown, priced, Props, str } from "../helpers";
import { describePrice, ListPrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import {
  AZURE_LB_RULE_HOUR,
  AZURE_PUBLIC_IP_HOUR,
  clusterCloud,
  GCP_FORWARDING_RULE_HOUR,
} from "./cluster-cloud";

const AWS_LB_TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
const AZURE_INTERNAL = "service.beta.kubernetes.io/azure-load-balancer-internal";

/**
 * A Service. ClusterIP/NodePort take no capacity. A LoadBalancer provisions the load balancer of
 * the cluster's cloud: on AWS a Classic Load Balancer (an NLB with the `nlb`/`external` type
 * annotation), on GCP a forwarding rule, on Azure a rule per port on the cluster's Standard Load
 * Balancer plus a public IP unless internal. Data processed is not included.
 */
function service(props: Props, ctx: PriceContext): ResourcePrice {
  const type = dig(props, "spec.type");
  if (isUnknown(type))
    return priced(
      "kubernetes",
      undefined,
      [],
      [
        "spec.type is unknown during preview: priced as a ClusterIP service (a LoadBalancer one adds its load balancer)",
      ],
    );
  if (type !== "LoadBalancer")
    // Not billed at all: only a LoadBalancer Service makes the cloud provision something.
    return priced(
      "kubernetes",
      undefined,
      [],
      [
        `${typeof type === "string" ? type : "ClusterIP"} services take no node capacity and provision nothing billed`,
      ],
      { free: true },
    );
  const { cloud, note } = clusterCloud(ctx);
  const annotations = (dig(props, "metadata.annotations") ?? {}) as Record<string, unknown>;
  const lines: PriceLine[] = [];
  const used: ListPrice[] = [];
  const add = (item: string, price: ListPrice, count = 1) => {
    lines.push({ item, hourlyUsd: price.usd * count });
    used.push(price);
  };
  if (cloud === "aws") {
    const type = str(annotations[AWS_LB_TYPE]);
    if (type === "nlb" || type === "external" || type === "nlb-ip")
      add("network load balancer", ELB_V2_PRICES.network.hour);
    else add("classic load balancer", CLASSIC_LB_HOUR);
  } else if (cloud === "gcp") {
    add("forwarding rule", GCP_FORWARDING_RULE_HOUR);
  } else {
    const ports = Array.isArray(dig(props, "spec.ports"))
      ? (dig(props, "spec.ports") as unknown[]).length
      : 1;
    add(`load balancer rule × ${ports}`, AZURE_LB_RULE_HOUR, ports);
    if (str(annotations[AZURE_INTERNAL]) !== "true") add("public IP", AZURE_PUBLIC_IP_HOUR);
  }
  // Listed as a Kubernetes cost (its type's cloud); the note says which cloud bills it.
  return priced("kubernetes", ctx.region, lines, [
    `a LoadBalancer Service is billed as the cloud load balancer it provisions; ${note}`,
    ...used.map((p) => describePrice(p)),
    ...used.map((p) => regionNote(p, ctx.region)),
    "data processed by the load balancer is not included",
  ]);
}

export const pricers: PricerModule["pricers"] = { "kubernetes:core/v1:Service": service };
