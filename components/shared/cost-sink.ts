import * as pulumi from "@pulumi/pulumi";
import type { Cloud } from "../../sdk/catalog/types";
import type { ResolvedComputeUnit } from "../../sdk/units/compute";
import type { ResolvedStorageUnit } from "../../sdk/units/storage";

/** What a component tells the budget above it about its cost. */
export interface CostReport {
  /** Pulumi type token of the reporting component. */
  componentType: string;
  /** The component's name. */
  name: string;
  cloud: Cloud;
  region: string;
  /** Expected monthly USD (for pools: at desired capacity). */
  monthlyUsd: number;
  /** For pools: the monthly range at min and max capacity. */
  minMonthlyUsd?: number;
  maxMonthlyUsd?: number;
  /** The part of `monthlyUsd` on spot capacity (a snapshot of a moving price); absent: all on-demand. */
  spotMonthlyUsd?: number;
  /** The unit placed, so the budget can suggest cheaper placements. */
  unit?: ResolvedComputeUnit;
  /** Instances counted in monthlyUsd. */
  count?: number;
  instanceType?: string;
  /** The storage unit placed (buckets), so the budget can suggest cheaper storage. */
  storage?: ResolvedStorageUnit;
}

/** Receives cost reports from components beneath it (a BudgetedStack). */
export interface CostSink {
  /** `from` is the reporting component, so a sink can tell nested reporters apart. */
  report(report: CostReport, from?: pulumi.Resource): void;
  /** Tags the sink wants on everything beneath it (canonical spelling; normalize per cloud). */
  readonly costTags: Record<string, string>;
}

const sinks = new WeakMap<pulumi.Resource, CostSink>();
const reporters = new WeakSet<pulumi.Resource>();

/** Makes `resource` the cost sink of its subtree. */
export function registerCostSink(resource: pulumi.Resource, sink: CostSink): void {
  sinks.set(resource, sink);
}

/** The resource's parent. Pulumi keeps it on an internal field; it is set for every resource. */
export function parentOf(resource: pulumi.Resource): pulumi.Resource | undefined {
  return (resource as unknown as { __parentResource?: pulumi.Resource }).__parentResource;
}

/** The nearest cost sink at or above `resource`, at any depth. */
export function findCostSink(resource: pulumi.Resource | undefined): CostSink | undefined {
  for (let r = resource; r; r = parentOf(r)) {
    const sink = sinks.get(r);
    if (sink) return sink;
  }
  return undefined;
}

/**
 * Reports a component's cost to the budget above it, if any, and marks the component as one that
 * reports for its whole subtree (so the budget does not price its children a second time).
 */
export function reportCost(component: pulumi.Resource, report: CostReport): void {
  reporters.add(component);
  findCostSink(parentOf(component))?.report(report, component);
}

/** True when `resource` or an ancestor is a component that reported its own cost. */
export function coveredByReport(resource: pulumi.Resource | undefined): boolean {
  for (let r = resource; r; r = parentOf(r)) if (reporters.has(r)) return true;
  return false;
}
