import { dig, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { ResourcePrice } from "../types";

/** A Service: ClusterIP/NodePort take no capacity; a LoadBalancer provisions the cloud's load balancer. */
function service(props: Props): ResourcePrice {
  return dig(props, "spec.type") === "LoadBalancer"
    ? unpriced(
        "a LoadBalancer Service provisions the cluster's cloud load balancer, which the Kubernetes profile does not price",
        "kubernetes",
      )
    : priced("kubernetes", undefined, [], ["ClusterIP/NodePort services take no node capacity"]);
}

export const pricers: PricerModule["pricers"] = { "kubernetes:core/v1:Service": service };
