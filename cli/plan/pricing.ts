import type { Catalog } from "../../sdk/catalog/catalog";
import { Cloud, PUBLIC_CLOUDS, PublicCloud } from "../../sdk/catalog/types";
import { show } from "../../sdk/errors";
import { KNOWN_UNPRICED } from "../../sdk/cost/free";
import { cloudOfType, knowsType, priceResource, regionOfResource } from "../../sdk/cost/price-resource";
import { PriceContext, ResourcePrice, UNKNOWN } from "../../sdk/cost/types";
import { UsageError } from "../errors";
import { providerRegion, RecordedResource } from "./recorder";

/** The component a resource belongs to: its nearest ancestor that is a component (not the stack). */
export interface ComponentRef {
  urn: string;
  type: string;
  name: string;
}

/** A billable resource with its price from the sdk cost engine. */
export interface PricedResource {
  resource: RecordedResource;
  price: ResourcePrice;
  cloud?: Cloud;
  region?: string;
  component?: ComponentRef;
}

const STACK_TYPE = "pulumi:pulumi:Stack";

/**
 * Resources whose cost the plan lists: custom resources other than providers; remote components
 * (their children never reach a plan, so the component stands for them); and components the engine
 * knows it cannot price (a Helm v3 chart renders its children with helm, which does not run offline).
 */
export function isBillable(r: RecordedResource): boolean {
  if (r.type === STACK_TYPE || r.type.startsWith("pulumi:providers:")) return false;
  return r.custom || r.remote === true || Object.hasOwn(KNOWN_UNPRICED, r.type);
}

/** The package of a type token (`awsx` for `awsx:ec2:Vpc`). */
const packageOf = (type: string) => type.split(":")[0];

/** The reason a remote component without a pricer is listed unpriced. */
export function unseenChildrenReason(type: string): string {
  return `remote component ${type}: its children are built by the ${packageOf(type)} plugin, which does not run offline; not priced`;
}

/** Stack config naming the cloud the program's Kubernetes cluster runs on. */
export const KUBERNETES_CLOUD_CONFIG = "lepton-multicloud:kubernetesCloud";

/** Resource types that are Kubernetes clusters, and what a Kubernetes provider made from their outputs points at. */
const CLUSTER_TYPES = new Set([
  "eks:index:Cluster",
  "aws:eks/cluster:Cluster",
  "gcp:container/cluster:Cluster",
  "azure-native:containerservice:ManagedCluster",
]);

const isPublicCloud = (c: Cloud | undefined): c is PublicCloud =>
  c !== undefined && (PUBLIC_CLOUDS as readonly string[]).includes(c);

/** Where the program's Kubernetes objects run, as far as the plan can tell. */
interface KubernetesPlacement {
  cloud: PublicCloud;
  region?: string;
  /** The cluster whose nodes this plan prices (its node groups or pools): pods run on them. */
  nodesPricedOn?: string;
}

/** Node capacity a plan prices apart from the cluster resource: EKS node groups and groups of instances. */
const NODE_GROUP_TYPES = new Set([
  "aws:eks/nodeGroup:NodeGroup",
  "eks:index:ManagedNodeGroup",
  "eks:index:NodeGroup",
  "eks:index:NodeGroupV2",
  "aws:autoscaling/group:Group",
]);

/**
 * The name of a cluster whose nodes the plan prices, so its pods run on capacity already counted:
 * AKS agent pools and GKE node pools (not Autopilot, which bills pods), an eks Cluster's default
 * node group (unless skipped or on Fargate), or node groups beside an EKS cluster. Undefined when
 * pods are billed by themselves (Autopilot, Fargate) or the plan prices no nodes.
 */
function nodesPricedOn(cluster: RecordedResource, planHasNodeGroups: boolean): string | undefined {
  const input = (path: string) => cluster.inputs[path];
  switch (cluster.type) {
    case "azure-native:containerservice:ManagedCluster":
      return cluster.name;
    case "gcp:container/cluster:Cluster":
      return input("enableAutopilot") === true ? undefined : cluster.name;
    case "eks:index:Cluster":
      if (input("fargate") !== undefined && input("fargate") !== false) return undefined;
      return input("skipDefaultNodeGroup") === true && !planHasNodeGroups ? undefined : cluster.name;
    default:
      return planHasNodeGroups ? cluster.name : undefined;
  }
}

/** Keys another resource may use to refer to this one, known during preview. */
function referenceKeys(r: RecordedResource): string[] {
  const keys = [r.urn];
  for (const field of ["name", "selfLink", "arn", "id"]) {
    const v = r.inputs[field];
    if (typeof v === "string" && v !== "" && v !== UNKNOWN) keys.push(v);
  }
  return keys;
}

/**
 * Builds the sdk's `resolve` for the whole recording. A known reference is looked up by URN,
 * name, self link or ARN (an ambiguous name resolves to nothing). An unknown one — an ID during
 * preview — is resolved through the engine's property dependencies: when the property it was read
 * from depends on exactly one resource, that resource is the one it refers to.
 */
export function referenceResolver(
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
): (of: RecordedResource) => NonNullable<PriceContext["resolve"]> {
  const index = new Map<string, RecordedResource | null>();
  for (const r of resources) {
    if (!r.custom) continue;
    for (const key of referenceKeys(r)) index.set(key, index.has(key) ? null : r);
  }
  return (of) => (reference, path) => {
    let target: RecordedResource | undefined;
    if (reference === UNKNOWN) {
      const deps = of.propertyDependencies[path.split(".")[0]] ?? [];
      target = deps.length === 1 ? byUrn(deps[0]) : undefined;
    } else {
      target = index.get(reference) ?? undefined;
    }
    if (!target) return undefined;
    const component = componentOf(target, byUrn)?.type;
    return { type: target.type, props: target.inputs, ...(component ? { component } : {}) };
  };
}

/** The nearest component ancestor of a resource, if any. */
function componentOf(
  r: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
): ComponentRef | undefined {
  for (let p = r.parent ? byUrn(r.parent) : undefined; p; p = p.parent ? byUrn(p.parent) : undefined) {
    if (!p.custom && p.type !== STACK_TYPE) return { urn: p.urn, type: p.type, name: p.name };
  }
  return undefined;
}

/**
 * The region a resource's provider is configured for. A remote component has no provider of its
 * own cloud: its children would use `providers[<cloud package>]` (see the monitor).
 */
function regionOfProvider(
  r: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
): string | undefined {
  if (r.remote) {
    const cloud = cloudOfType(r.type);
    const urn = cloud && Object.entries(r.providers ?? {}).find(([pkg]) => cloudOfType(pkg) === cloud)?.[1];
    return providerRegion(urn ? byUrn(urn) : undefined);
  }
  return providerRegion(r.provider ? byUrn(r.provider) : undefined);
}

/** The cloud and region of a cluster resource (a custom resource, or a remote eks Cluster). */
function clusterPlacement(
  cluster: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
  planHasNodeGroups = false,
): KubernetesPlacement | undefined {
  const cloud = cloudOfType(cluster.type);
  if (!isPublicCloud(cloud)) return undefined;
  const providerRegionName = regionOfProvider(cluster, byUrn);
  const region = regionOfResource(
    cluster.type,
    cluster.inputs,
    providerRegionName ? { region: providerRegionName } : {},
  );
  const nodes = nodesPricedOn(cluster, planHasNodeGroups);
  return { cloud, ...(region ? { region } : {}), ...(nodes ? { nodesPricedOn: nodes } : {}) };
}

/**
 * Finds where Kubernetes objects run: for an explicit Kubernetes provider, the cluster its inputs
 * came from (its kubeconfig depends on an EKS, GKE or AKS cluster of the program); else the
 * `lepton-multicloud:kubernetesCloud` config; else the only public cloud the program uses, with its
 * region when that is the only one too.
 * @throws UsageError when the config value is not a public cloud.
 */
function kubernetesPlacements(
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
  config: Record<string, string>,
): (r: RecordedResource) => KubernetesPlacement | undefined {
  const configured = config[KUBERNETES_CLOUD_CONFIG];
  if (configured !== undefined && !(PUBLIC_CLOUDS as readonly string[]).includes(configured))
    throw new UsageError(
      `${KUBERNETES_CLOUD_CONFIG}: ${show(configured)} is not valid; use one of ${PUBLIC_CLOUDS.join(", ")}`,
    );
  let fallback: KubernetesPlacement | undefined;
  const regionsByCloud = new Map<PublicCloud, Set<string | undefined>>();
  for (const r of resources) {
    if (!isBillable(r) || r.read) continue;
    const cloud = cloudOfType(r.type);
    if (!isPublicCloud(cloud)) continue;
    const providerRegionName = regionOfProvider(r, byUrn);
    const region = regionOfResource(
      r.type,
      r.inputs,
      providerRegionName ? { region: providerRegionName } : {},
    );
    if (!regionsByCloud.has(cloud)) regionsByCloud.set(cloud, new Set());
    regionsByCloud.get(cloud)!.add(region);
  }
  const pick = (cloud: PublicCloud): KubernetesPlacement => {
    const regions = [...(regionsByCloud.get(cloud) ?? [])];
    return { cloud, ...(regions.length === 1 && regions[0] ? { region: regions[0] } : {}) };
  };
  if (configured) fallback = pick(configured as PublicCloud);
  else if (regionsByCloud.size === 1) fallback = pick([...regionsByCloud.keys()][0]);

  const planHasNodeGroups = resources.some((r) => NODE_GROUP_TYPES.has(r.type) && !r.read);
  const byProvider = new Map<string, KubernetesPlacement | undefined>();
  return (r) => {
    const provider = r.provider ? byUrn(r.provider) : undefined;
    if (!provider || provider.synthesized) return fallback;
    if (!byProvider.has(provider.urn)) {
      const sources = new Set([
        ...provider.dependencies,
        ...Object.values(provider.propertyDependencies).flat(),
      ]);
      const clusters = [...sources]
        .map(byUrn)
        .filter((c): c is RecordedResource => c !== undefined && CLUSTER_TYPES.has(c.type));
      byProvider.set(
        provider.urn,
        clusters.length === 1 ? clusterPlacement(clusters[0], byUrn, planHasNodeGroups) : undefined,
      );
    }
    return byProvider.get(provider.urn) ?? fallback;
  };
}

/**
 * Prices every billable resource through the sdk cost engine (`priceResource`), with the region
 * of its provider, a resolver for references to other resources and the usage quantities
 * `usageFor` gives it (from the usage file). Resources read with `.get()` are listed unpriced: they
 * exist already and this stack does not bill them. A remote component is priced from its args when
 * the engine knows its type, else listed unpriced: its children are unseen. Kubernetes objects get
 * the cluster's cloud (and region) when the plan can tell it.
 * @param config the program's config, for `lepton-multicloud:kubernetesCloud`.
 */
export function priceResources(
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
  catalog: Catalog,
  config: Record<string, string> = {},
  usageFor: (r: RecordedResource) => PriceContext["usage"] | undefined = () => undefined,
): PricedResource[] {
  const resolver = referenceResolver(resources, byUrn);
  const kubernetes = kubernetesPlacements(resources, byUrn, config);
  const out: PricedResource[] = [];
  for (const r of resources) {
    if (!isBillable(r)) continue;
    const placement = cloudOfType(r.type) === "kubernetes" ? kubernetes(r) : undefined;
    const providerRegionName = placement ? placement.region : regionOfProvider(r, byUrn);
    const cloudOf = cloudOfType(r.type);
    const usage = r.read ? undefined : usageFor(r);
    const price: ResourcePrice = r.read
      ? {
          priced: false,
          reason: "read with .get(): it exists already and is not managed by this stack",
          ...(cloudOf ? { cloud: cloudOf } : {}),
        }
      : r.remote && !knowsType(r.type)
        ? { priced: false, reason: unseenChildrenReason(r.type), ...(cloudOf ? { cloud: cloudOf } : {}) }
        : priceResource(r.type, r.inputs, {
            catalog,
            ...(providerRegionName ? { region: providerRegionName } : {}),
            ...(placement ? { kubernetesCloud: placement.cloud } : {}),
            ...(placement?.nodesPricedOn ? { kubernetesNodesPricedOn: placement.nodesPricedOn } : {}),
            resolve: resolver(r),
            ...(usage ? { usage } : {}),
          });
    const cloud = price.cloud ?? cloudOf;
    const region = price.region ?? providerRegionName;
    // A component the plan lists stands for its unseen children: it is their component.
    const component = r.custom ? componentOf(r, byUrn) : { urn: r.urn, type: r.type, name: r.name };
    out.push({
      resource: r,
      price,
      ...(cloud ? { cloud } : {}),
      ...(region ? { region } : {}),
      ...(component ? { component } : {}),
    });
  }
  return out;
}

/**
 * What the plan tells the reader about remote components: their children are built by their
 * plugins, which do not run offline, so those priced were priced from their args and the others
 * (no pricer, or one that cannot price them, as a Helm v4 chart) are listed unpriced.
 */
export function remoteComponentNotes(priced: readonly PricedResource[]): string[] {
  const remote = priced.filter((p) => p.resource.remote && !p.resource.read);
  const fromArgs = remote.filter((p) => p.price.priced);
  const unseen = remote.filter((p) => !p.price.priced);
  const names = (list: PricedResource[]) =>
    list.map((p) => `${p.resource.name} (${p.resource.type})`).join(", ");
  const notes: string[] = [];
  if (fromArgs.length > 0)
    notes.push(
      `remote components are built by their provider plugins, which do not run offline: priced from their args: ${names(fromArgs)}`,
    );
  if (unseen.length > 0)
    notes.push(
      `remote components whose children are not seen offline (built by their plugins) and are not priced: ${names(unseen)}`,
    );
  return notes;
}
