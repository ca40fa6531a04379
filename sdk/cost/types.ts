import type { Catalog } from "../catalog/catalog";
import type { Cloud, PublicCloud } from "../catalog/types";

/** The engine's placeholder for a value unknown during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Another resource found through `PriceContext.resolve`. */
export interface ResolvedResource {
  type: string;
  props: Record<string, unknown>;
  /** Type of the component the resource was made by (its nearest component ancestor), if any. */
  component?: string;
}

export interface PriceContext {
  catalog: Catalog;
  /** Region of the resource's provider (e.g. `aws:region` config), used when the resource has none of its own. */
  region?: string;
  /**
   * Looks up another resource by a reference found in this one's inputs (an ID, name or self link),
   * so a group can be priced from its launch template. Optional; the plan supplies it.
   * `path` is the dotted input path the reference was read from. During preview a reference is
   * often the `UNKNOWN` placeholder (IDs are computed); it is passed on all the same, so a resolver
   * that knows which resource the property depends on can still answer.
   */
  resolve?: (reference: string, path: string) => ResolvedResource | undefined;
  /**
   * Monthly usage quantities of this resource from the usage file (type defaults merged with the
   * resource's own entry), keyed as each pricer's `UsageCharge.key`. Absent: usage is unknown.
   */
  usage?: Readonly<Record<string, number>>;
  /**
   * For Kubernetes objects: the public cloud the cluster runs on, when the plan knows it (the
   * cluster resource behind the program's Kubernetes provider, a `lepton-multicloud:kubernetesCloud`
   * config value, or the only public cloud of the program). Load balancer Services and volume
   * claims are priced as that cloud's load balancer and disk; without it, as AWS's, stated. The
   * plan then also sets `region` to the cluster's region when it knows it.
   */
  kubernetesCloud?: PublicCloud;
  /**
   * For Kubernetes workloads: the cluster whose nodes the plan prices (AKS agent pools, GKE node
   * pools, EKS node groups). Its pods run on that capacity, so they are not priced again: their
   * requests are stated, and what they would cost alone. Unset for Autopilot and Fargate, which
   * bill pods, and when the plan cannot tell which cluster runs them.
   */
  kubernetesNodesPricedOn?: string;
}

/**
 * A usage-based part of a price: a unit price times a monthly quantity no resource input says
 * (requests, GB stored, GB transferred). The quantity comes from the usage file; without it the
 * charge is reported with its unit price and counted apart, never as a silent $0.
 */
export interface UsageCharge {
  /** Key in the usage file, e.g. `monthlyRequests`; its value is a count of `quantityUnit`. */
  key: string;
  /** What the key counts, for people and the usage file's comments: `requests per month`. */
  quantityUnit: string;
  /** The billing unit the price is quoted in, e.g. `1M requests`, `GB`, `GB-second`. */
  unit: string;
  /** How many of `quantityUnit` make one billing `unit` (1e6 for requests billed per 1M). */
  unitSize: number;
  usdPerUnit: number;
  /** Where the unit price comes from and its date. */
  source: string;
  /** The monthly quantity from the usage file, in `quantityUnit`; undefined when not given. */
  quantity?: number;
}

export interface PriceLine {
  /** What is charged, e.g. `m5.large × 2` or `gp3 30 GB`. */
  item: string;
  hourlyUsd: number;
  /** True for the spot part of a compute price (interruptible; a snapshot of a moving price). */
  spot?: boolean;
}

export interface Priced {
  priced: true;
  /**
   * The cloud that bills the resource. Absent only for resources (and providers) of non-cloud
   * packages (random, tls, command, docker …: `NON_CLOUD_PACKAGES`), which no cloud bills: those
   * results are always `free`.
   */
  cloud?: Cloud;
  region?: string;
  hourlyUsd: number;
  monthlyUsd: number;
  lines: PriceLine[];
  /** Assumptions behind the figure (730 h/month, defaults taken, where the region came from …). */
  assumptions: string[];
  /** For groups and scalable workloads: the cost at minimum and maximum capacity. */
  range?: { minMonthlyUsd: number; maxMonthlyUsd: number };
  /** The instance type priced, for compute. */
  instanceType?: string;
  /** Instances (or replicas) counted in `monthlyUsd`. */
  count?: number;
  /** For compute: what one instance (or replica) costs per hour, whatever the count (0 included). */
  perInstanceHourlyUsd?: number;
  /** For compute with spot capacity: the share of its instances on spot (1 for a spot VM, 0 < x < 1 for a mixed group). */
  spotShare?: number;
  /** Usage-based charges: those with a quantity are in the figure; the rest are listed, not added. */
  usage?: UsageCharge[];
  /** True when some usage charge has no quantity: the figure leaves that usage out. */
  usageUnknown?: boolean;
  /**
   * True for what no cloud bills (`FREE_TYPES`, non-cloud packages, providers): priced $0 with the
   * reason in `assumptions`, and not counted as billable.
   */
  free?: boolean;
}

export interface Unpriced {
  priced: false;
  cloud?: Cloud;
  region?: string;
  /** Why no price: unknown type, a value unknown during preview, a price missing from the catalog. */
  reason: string;
}

export type ResourcePrice = Priced | Unpriced;
