import * as pulumi from "@pulumi/pulumi";
import { cloudOfType } from "../../sdk/cost/price-resource";
import { CostReport, parentOf } from "../shared/cost-sink";
import { withCostTags } from "./tagging";

/** A resource beneath the budget as its transform saw it, cost tags added. */
export interface RawResource {
  /** Its parent's URN, type and name: what the transform learns and a resource object can tell. */
  key: string;
  type: string;
  name: string;
  props: Record<string, unknown>;
  /** Created with an explicit provider, whose region the transform cannot read. */
  explicitProvider: boolean;
}

/** A report from a component beneath the budget, with the component that made it. */
export interface ReceivedReport {
  report: CostReport;
  from?: pulumi.Resource;
}

/** A resource's URN (always known, in preview too). It resolves once the engine has registered the resource. */
export function urnOf(resource: pulumi.Resource): Promise<string> {
  return new Promise((resolve) => resource.urn.apply(resolve));
}

/** The key of a resource among its siblings' kin: parent URN, type and name are unique together. */
export function keyOf(parentUrn: string, type: string, name: string): string {
  return `${parentUrn}\u0000${type}\u0000${name}`;
}

/** The type and name in a URN: the last segment, and the last type of the qualified type. */
export function fromUrn(urn: string): { type: string; name: string } {
  const [, , qualifiedType, ...name] = urn.split("::");
  return { type: qualifiedType.split("$").pop()!, name: name.join("::") };
}

/** Every resource constructed in this process beneath `root`. Pulumi keeps children on an internal field. */
export function descendants(root: pulumi.Resource): pulumi.Resource[] {
  const out: pulumi.Resource[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const children = (stack.pop() as unknown as { __childResources?: Set<pulumi.Resource> }).__childResources;
    for (const child of children ?? []) {
      out.push(child);
      stack.push(child);
    }
  }
  return out;
}

/**
 * What a budget learns about its subtree while the program registers it: the components' reports
 * and, through the resource transform, every raw resource's inputs. Closed once settled; anything
 * arriving later is tagged but not counted, and said so.
 */
export class Ledger {
  readonly reports: ReceivedReport[] = [];
  readonly raw = new Map<string, RawResource>();
  private open = true;

  /**
   * @param costTags canonical tags for everything beneath (normalized per cloud on the way).
   * @param isOwn tells the budget's own alert resources (created after closing) from late ones.
   * @param late called with a description of anything that arrives after closing.
   */
  constructor(
    private readonly costTags: Record<string, string>,
    private readonly isOwn: (parentUrn: string, name: string) => Promise<boolean>,
    private readonly late: (what: string) => void,
  ) {}

  report(report: CostReport, from?: pulumi.Resource): void {
    if (this.open) this.reports.push({ report, from });
    else this.late(`${report.componentType.split(":").pop()} "${report.name}"`);
  }

  /**
   * The budget's resource transform: the engine calls it for the budget and every resource
   * beneath, after their own transforms. It adds the cost tags and records the inputs to price.
   */
  readonly transform: pulumi.ResourceTransform = async ({ custom, type, name, props, opts }) => {
    if (!custom || type.startsWith("pulumi:providers:")) return undefined;
    const parentUrn = opts.parent ? await urnOf(opts.parent) : "";
    if (!this.open && (await this.isOwn(parentUrn, name))) return undefined;
    const cloud = cloudOfType(type);
    const tagged = cloud ? withCostTags(type, cloud, props, this.costTags) : props;
    if (this.open) {
      const key = keyOf(parentUrn, type, name);
      this.raw.set(key, { key, type, name, props: tagged, explicitProvider: opts.provider !== undefined });
    } else {
      this.late(`${type} "${name}"`);
    }
    return tagged === props ? undefined : { props: tagged, opts };
  };

  /**
   * Waits until every resource constructed beneath `root` has been registered (so its transform
   * has run), again for any created meanwhile (in callbacks of those), then closes the ledger.
   * Returns those resources by key (see `keyOf`) and their URNs.
   */
  async settle(
    root: pulumi.Resource,
  ): Promise<{ byKey: Map<string, pulumi.Resource>; urns: Map<pulumi.Resource, string> }> {
    const urns = new Map<pulumi.Resource, string>([[root, await urnOf(root)]]);
    for (;;) {
      const fresh = descendants(root).filter((r) => !urns.has(r));
      if (fresh.length === 0) break;
      const resolved = await Promise.all(fresh.map(urnOf));
      fresh.forEach((r, i) => urns.set(r, resolved[i]));
      // Let callbacks that resolved with those registrations run before looking again.
      await new Promise((r) => setImmediate(r));
    }
    this.open = false;
    const byKey = new Map<string, pulumi.Resource>();
    for (const [r, urn] of urns) {
      const parent = parentOf(r);
      const parentUrn = parent ? urns.get(parent) : undefined;
      if (parentUrn === undefined) continue;
      const { type, name } = fromUrn(urn);
      byKey.set(keyOf(parentUrn, type, name), r);
    }
    return { byKey, urns };
  }
}
