import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule, RuleContext } from "../lib/rule";
import { priceSubject } from "../lib/compute";
import { at, isUnknown, Props, Subject } from "../lib/subject";

export interface AutoscalingTargetRangeConfig {
  minTargetPercent: number;
  maxTargetPercent: number;
  maxCapacityMonthlyUsd: number | null;
  catalogFile: string;
}

const GROUPS = new Set([
  "aws:autoscaling/group:Group",
  "azure-native:compute:VirtualMachineScaleSet",
  "gcp:compute/instanceGroupManager:InstanceGroupManager",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
]);

/** CPU targets an autoscaler declares, in percent, with where each was read; UNKNOWN entries for unknowns. */
function cpuTargets(s: Subject): { value: unknown; where: string }[] {
  const p = s.props;
  switch (s.type) {
    case "aws:autoscaling/policy:Policy": {
      if (p.policyType !== "TargetTrackingScaling") return [];
      const metric = at(p, "targetTrackingConfiguration.predefinedMetricSpecification.predefinedMetricType");
      if (metric !== "ASGAverageCPUUtilization" && !isUnknown(metric)) return [];
      return [
        {
          value: at(p, "targetTrackingConfiguration.targetValue"),
          where: "targetTrackingConfiguration.targetValue",
        },
      ];
    }
    case "gcp:compute/autoscaler:Autoscaler":
    case "gcp:compute/regionAutoscaler:RegionAutoscaler": {
      const t = at(p, "autoscalingPolicy.cpuUtilization.target");
      // GCP states the target as a fraction (0.6 = 60 %).
      return t === undefined
        ? []
        : [{ value: typeof t === "number" ? t * 100 : t, where: "autoscalingPolicy.cpuUtilization.target" }];
    }
    case "azure-native:monitor:AutoscaleSetting": {
      const profiles = at(p, "profiles");
      if (isUnknown(profiles)) return [{ value: profiles, where: "profiles" }];
      const out: { value: unknown; where: string }[] = [];
      (Array.isArray(profiles) ? profiles : []).forEach((profile, i) => {
        const rules = at(profile, "rules");
        (Array.isArray(rules) ? rules : []).forEach((rule, j) => {
          // Azure has no target: the scale-out threshold on CPU is what the range bounds.
          if (at(rule, "metricTrigger.metricName") !== "Percentage CPU") return;
          if (at(rule, "scaleAction.direction") !== "Increase") return;
          out.push({
            value: at(rule, "metricTrigger.threshold"),
            where: `profiles[${i}].rules[${j}].metricTrigger.threshold`,
          });
        });
      });
      return out;
    }
    case "kubernetes:autoscaling/v1:HorizontalPodAutoscaler": {
      const t = at(p, "spec.targetCPUUtilizationPercentage");
      return t === undefined ? [] : [{ value: t, where: "spec.targetCPUUtilizationPercentage" }];
    }
    case "kubernetes:autoscaling/v2:HorizontalPodAutoscaler":
    case "kubernetes:autoscaling/v2beta2:HorizontalPodAutoscaler": {
      const metrics = at(p, "spec.metrics");
      if (isUnknown(metrics)) return [{ value: metrics, where: "spec.metrics" }];
      return (Array.isArray(metrics) ? (metrics as Props[]) : [])
        .map((m, i) => ({ m, i }))
        .filter(
          ({ m }) =>
            at(m, "type") === "Resource" &&
            at(m, "resource.name") === "cpu" &&
            at(m, "resource.target.type") === "Utilization",
        )
        .map(({ m, i }) => ({
          value: at(m, "resource.target.averageUtilization"),
          where: `spec.metrics[${i}].resource.target.averageUtilization`,
        }));
    }
  }
  return [];
}

/** A group's cost at maximum capacity, when it has a maximum, against the configured ceiling. */
function checkMaxCapacity(s: Subject, ctx: RuleContext<AutoscalingTargetRangeConfig>): void {
  const ceiling = ctx.config.maxCapacityMonthlyUsd;
  if (ceiling === null || ceiling === undefined) return;
  const price = priceSubject(s, ctx.catalog());
  if (!price.priced) {
    ctx.note(`${s.name}: could not check the cost at maximum capacity: ${price.reason}.`);
    return;
  }
  if (!price.range) return;
  if (price.range.maxMonthlyUsd <= ceiling) return;
  const each = (price.perInstanceHourlyUsd ?? 0) * HOURS_PER_MONTH;
  const fits = each > 0 ? Math.floor(ceiling / each) : 0;
  ctx.violation(
    `${s.name}: at maximum capacity it costs ${usd(price.range.maxMonthlyUsd)}/month, above the ${usd(ceiling)} ceiling; lower its maximum to ${fits} ${price.instanceType ?? "instance"}s (${usd(fits * each)}/month), saving up to ${usd(price.range.maxMonthlyUsd - fits * each)}/month at peak.`,
  );
}

/**
 * Autoscaling CPU targets (AWS target tracking, GCP autoscalers, Azure autoscale scale-out
 * thresholds, Kubernetes HPAs) within a range: too low pays for idle capacity, too high leaves no
 * headroom. Groups' cost at maximum capacity stays under a ceiling when one is set.
 */
export const autoscalingTargetRange = resourceRule<AutoscalingTargetRangeConfig>({
  name: RULES.autoscalingTargetRange,
  description: "Autoscaling CPU targets must be within a range, and groups' peak cost within a ceiling.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      minTargetPercent: {
        type: "number",
        minimum: 1,
        maximum: 100,
        default: 40,
        description: "Lowest CPU target allowed, percent.",
      },
      maxTargetPercent: {
        type: "number",
        minimum: 1,
        maximum: 100,
        default: 80,
        description: "Highest CPU target allowed, percent.",
      },
      maxCapacityMonthlyUsd: {
        type: ["number", "null"],
        minimum: 0,
        default: null,
        description: "Most a group may cost per month at maximum capacity, USD; null: not checked.",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) =>
    GROUPS.has(type) ||
    [
      "aws:autoscaling/policy:Policy",
      "gcp:compute/autoscaler:Autoscaler",
      "gcp:compute/regionAutoscaler:RegionAutoscaler",
      "azure-native:monitor:AutoscaleSetting",
    ].includes(type) ||
    /^kubernetes:autoscaling\/v[0-9a-z]+:HorizontalPodAutoscaler$/.test(type),
  check: (s, ctx) => {
    if (GROUPS.has(s.type)) {
      checkMaxCapacity(s, ctx);
      return;
    }
    const { minTargetPercent: min, maxTargetPercent: max } = ctx.config;
    for (const t of cpuTargets(s)) {
      if (isUnknown(t.value)) {
        ctx.note(`${s.name}: could not check the autoscaling target: ${t.where} is unknown during preview.`);
        continue;
      }
      const value = typeof t.value === "string" ? Number(t.value) : t.value;
      if (typeof value !== "number" || !Number.isFinite(value)) continue;
      if (value >= min && value <= max) continue;
      const shown = Math.round(value * 100) / 100;
      ctx.violation(
        value < min
          ? `${s.name}: CPU target ${shown} % (${t.where}) is below ${min} %: the group scales out while mostly idle and pays for that capacity; set it between ${min} and ${max} %.`
          : `${s.name}: CPU target ${shown} % (${t.where}) is above ${max} %: no headroom for spikes before new capacity is up; set it between ${min} and ${max} %.`,
      );
    }
  },
});
