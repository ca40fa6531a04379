import type { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { azurePriorityIsSpot } from "../../sdk/cost/azure/virtual-machine";
import { splitSpot } from "../../sdk/placement/split";
import { readTag, TAGS } from "../../sdk/tags";
import { priceSubject, unknownPrice } from "../lib/compute";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule, RuleContext } from "../lib/rule";
import { at, isUnknown, Props, Subject } from "../lib/subject";

export interface SpotForStatelessPoolsConfig {
  minSavingPercent: number;
  suggestedSpotPercent: number;
  catalogFile: string;
}

const POOL = "lepton-multicloud:index:BalancedPool";
const ASG = "aws:autoscaling/group:Group";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";
const MIGS = new Set([
  "gcp:compute/instanceGroupManager:InstanceGroupManager",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
]);

/** Instances of one type in one place that could move to spot. */
interface Candidate {
  cloud: PublicCloud;
  region: string;
  instanceType: string;
  count: number;
}

interface Saving {
  /** Spot's discount on the instances' on-demand price, 0–1 (weighted by count). */
  discount: number;
  /** Monthly saving with the suggested share on spot. */
  monthlyUsd: number;
  /** `m6i.large in us-east-1 at $0.037/h spot, $0.096/h on-demand`, per type. */
  where: string[];
}

/** What the suggested share on spot saves, from the catalog's on-demand and spot prices. */
function savingOf(candidates: Candidate[], percent: number, catalog: Catalog): Saving | undefined {
  let onDemand = 0;
  let spot = 0;
  let monthly = 0;
  const where: string[] = [];
  for (const c of candidates) {
    const od = catalog.offer(c.cloud, c.region, c.instanceType);
    const sp = catalog.spotPrice(c.cloud, c.region, c.instanceType);
    if (!od || !sp || c.count <= 0) continue;
    onDemand += od.hourlyUsd * c.count;
    spot += sp.hourlyUsd * c.count;
    monthly +=
      splitSpot(c.count, { onDemandBase: 0, spotPercent: percent }).spot *
      (od.hourlyUsd - sp.hourlyUsd) *
      HOURS_PER_MONTH;
    where.push(
      `${c.instanceType} in ${c.region} costs $${sp.hourlyUsd}/h on spot, $${od.hourlyUsd}/h on-demand`,
    );
  }
  return onDemand > 0 ? { discount: 1 - spot / onDemand, monthlyUsd: monthly, where } : undefined;
}

/** Pool members whose children carry the pool's tag: the pool is judged, not each group. */
function childOfPool(props: Props): boolean {
  const owner = readTag(props, TAGS.component);
  return typeof owner === "string" && /^balancedpool[/_]/i.test(owner);
}

function report(
  s: Subject,
  saving: Saving | undefined,
  count: number,
  change: string,
  ctx: RuleContext<SpotForStatelessPoolsConfig>,
): void {
  if (!saving || saving.discount * 100 < ctx.config.minSavingPercent || saving.monthlyUsd < 0.005) return;
  ctx.violation(
    `${s.name}: its ${count} instance${count === 1 ? "" : "s"} run on-demand, but spot costs ${Math.round(saving.discount * 100)} % less (${saving.where.join("; ")}); ${change} to save ${usd(saving.monthlyUsd)}/month. Spot instances can be taken back at any time, which a stateless pool behind a load balancer absorbs; spot prices move (the catalog's are snapshots).`,
  );
}

function pool(s: Subject, ctx: RuleContext<SpotForStatelessPoolsConfig>): void {
  const capacity = s.props.capacity;
  const placed = s.props.placed;
  if (isUnknown(capacity) || isUnknown(placed) || isUnknown(at(capacity, "spotPercent"))) {
    ctx.note(
      `${s.name}: could not check for spot capacity: capacity or placement is unknown during preview.`,
    );
    return;
  }
  if (Number(at(capacity, "spotPercent") ?? 0) > 0 || !Array.isArray(placed)) return;
  const candidates = (placed as Props[])
    .filter((m) => m.cloud !== "kubernetes")
    .map((m) => ({
      cloud: m.cloud as PublicCloud,
      region: String(m.region),
      instanceType: String(m.instanceType),
      count: Number(m.desired) || 0,
    }));
  const pct = ctx.config.suggestedSpotPercent;
  report(
    s,
    savingOf(candidates, pct, ctx.catalog()),
    candidates.reduce((n, c) => n + c.count, 0),
    `set capacity: { spotPercent: ${pct} } (keep what must always serve with capacity.onDemandBase)`,
    ctx,
  );
}

/** A raw group's spot share as it declares it: true, false, or unknown during preview. */
function declaresSpot(s: Subject): boolean | "unknown" {
  if (s.type === ASG) {
    const policy = at(s.props, "mixedInstancesPolicy");
    if (isUnknown(policy)) return "unknown";
    if (!policy) return false;
    const pct = at(policy, "instancesDistribution.onDemandPercentageAboveBaseCapacity");
    if (isUnknown(pct)) return "unknown";
    return pct !== undefined && Number(pct) < 100;
  }
  const priority = at(s.props, "virtualMachineProfile.priority");
  if (isUnknown(priority)) return "unknown";
  return azurePriorityIsSpot(priority);
}

function group(s: Subject, ctx: RuleContext<SpotForStatelessPoolsConfig>): void {
  if (childOfPool(s.props)) return;
  const catalog = ctx.catalog();
  const price = priceSubject(s, catalog);
  if (!price.priced) {
    if (unknownPrice(price)) ctx.note(`${s.name}: could not check for spot capacity: ${price.reason}.`);
    return;
  }
  if (price.lines.some((l) => l.spot)) return;
  if (MIGS.has(s.type)) {
    // A group's provisioning model is in its instance template, another resource this rule cannot read.
    ctx.note(
      `${s.name}: could not check for spot capacity: a managed instance group's provisioning model is in its instance template; if the template's scheduling.provisioningModel is not SPOT, a second group from a SPOT template for part of the instances would save money.`,
    );
    return;
  }
  const spot = declaresSpot(s);
  if (spot === "unknown") {
    ctx.note(`${s.name}: could not check for spot capacity: its spot settings are unknown during preview.`);
    return;
  }
  if (spot || !price.instanceType || !price.region) return;
  const count = price.count ?? 0;
  const pct = ctx.config.suggestedSpotPercent;
  const change =
    s.type === ASG
      ? `give it a mixedInstancesPolicy with instancesDistribution { onDemandPercentageAboveBaseCapacity: ${100 - pct}, spotAllocationStrategy: "price-capacity-optimized" } and several instance types in launchTemplate.overrides`
      : `run ${pct} % of the instances in a second scale set with virtualMachineProfile.priority "Spot" (evictionPolicy "Delete", billingProfile.maxPrice -1), or use Spot Priority Mix on a Flexible scale set`;
  report(
    s,
    savingOf(
      [{ cloud: price.cloud as PublicCloud, region: price.region, instanceType: price.instanceType, count }],
      pct,
      catalog,
    ),
    count,
    change,
    ctx,
  );
}

/**
 * Stateless pools (a BalancedPool, an Auto Scaling group, a scale set, a managed instance group)
 * that run no instance on spot where spot would cost markedly less: the suggested share and the
 * monthly saving at the pool's current size.
 */
export const spotForStatelessPools = resourceRule<SpotForStatelessPoolsConfig>({
  name: RULES.spotForStatelessPools,
  description:
    "Stateless pools should run part of their instances on spot capacity where it is markedly cheaper.",
  enforcementLevel: "advisory",
  configSchema: {
    properties: {
      minSavingPercent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 30,
        description: "Suggest spot only where it costs at least this much less than on-demand, percent.",
      },
      suggestedSpotPercent: {
        type: "integer",
        minimum: 1,
        maximum: 100,
        default: 50,
        description:
          "The share of instances (above any on-demand base) the suggestion moves to spot, percent.",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) => type === POOL || type === ASG || type === VMSS || MIGS.has(type),
  check: (s, ctx) => (s.type === POOL ? pool(s, ctx) : group(s, ctx)),
});
