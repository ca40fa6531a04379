import type * as aws from "@pulumi/aws";
import type * as monitor from "@pulumi/azure-native/monitor";
import type * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { Checker } from "../../sdk/units/checks";

/**
 * CPU utilization alarms: high (the machines are saturated) and low (they are oversized and cost
 * more than the load needs), or `false` for none.
 * @default { cpuHighPercent: 80, cpuLowPercent: 10 }
 */
export type MonitoringArgs =
  | false
  | {
      /** Average CPU above this over 15 minutes raises the high alarm. @default 80 */
      cpuHighPercent?: number;
      /** Average CPU below this over a whole day raises the low (rightsizing) alarm. @default 10 */
      cpuLowPercent?: number;
    };

export const MONITORING_DEFAULTS = { cpuHighPercent: 80, cpuLowPercent: 10 } as const;

/** One CPU alarm, cloud-neutral: average CPU per `periodSeconds`, over `evaluationPeriods` periods. */
export interface CpuAlarm {
  kind: "high" | "low";
  thresholdPercent: number;
  periodSeconds: number;
  evaluationPeriods: number;
  description: string;
}

/**
 * Checks the monitoring argument.
 * @returns the two alarms (none when monitoring is `false`) and every problem found.
 */
export function checkMonitoring(
  input: unknown,
  path = "monitoring",
): { alarms: CpuAlarm[]; issues: Issue[] } {
  if (input === false) return { alarms: [], issues: [] };
  const c = new Checker(path);
  if (input !== undefined && (typeof input !== "object" || input === null || Array.isArray(input))) {
    c.add("", input, "use false, or an object such as { cpuHighPercent: 80, cpuLowPercent: 10 }");
    return { alarms: [], issues: c.issues };
  }
  const m = (input ?? {}) as Record<string, unknown>;
  c.unknownKeys(m, ["cpuHighPercent", "cpuLowPercent"]);
  const high =
    m.cpuHighPercent === undefined
      ? MONITORING_DEFAULTS.cpuHighPercent
      : c.number("cpuHighPercent", m.cpuHighPercent, { exclusiveMin: 0, max: 100 });
  const low =
    m.cpuLowPercent === undefined
      ? MONITORING_DEFAULTS.cpuLowPercent
      : c.number("cpuLowPercent", m.cpuLowPercent, { min: 0, max: 100 });
  if (high !== undefined && low !== undefined && low >= high)
    c.add("cpuLowPercent", low, `use a value below cpuHighPercent (${high})`);
  if (c.issues.length) return { alarms: [], issues: c.issues };
  return { alarms: cpuAlarms(high!, low!), issues: [] };
}

/** The alarm pair: high over 3 × 5 minutes, low over 24 × 1 hour (a day, the longest window every cloud allows). */
export function cpuAlarms(highPercent: number, lowPercent: number): CpuAlarm[] {
  return [
    {
      kind: "high",
      thresholdPercent: highPercent,
      periodSeconds: 300,
      evaluationPeriods: 3,
      description: `Average CPU above ${highPercent}% for 15 minutes: the machine is saturated; scale up or out.`,
    },
    {
      kind: "low",
      thresholdPercent: lowPercent,
      periodSeconds: 3600,
      evaluationPeriods: 24,
      description: `Average CPU below ${lowPercent}% for a whole day: the machine is oversized; a smaller unit costs less.`,
    },
  ];
}

/** A CloudWatch alarm on EC2 `CPUUtilization` for the given dimensions (`InstanceId` or `AutoScalingGroupName`). */
export function awsCpuAlarmArgs(
  alarm: CpuAlarm,
  dimensions: Record<string, pulumi.Input<string>>,
  region: string,
  tags: Record<string, string>,
): aws.cloudwatch.MetricAlarmArgs {
  return {
    region,
    namespace: "AWS/EC2",
    metricName: "CPUUtilization",
    statistic: "Average",
    dimensions,
    period: alarm.periodSeconds,
    evaluationPeriods: alarm.evaluationPeriods,
    comparisonOperator: alarm.kind === "high" ? "GreaterThanThreshold" : "LessThanThreshold",
    threshold: alarm.thresholdPercent,
    // A stopped machine reports nothing: that is neither saturated nor oversized.
    treatMissingData: "notBreaching",
    alarmDescription: alarm.description,
    tags,
  };
}

const isoDuration = (seconds: number) =>
  seconds % 86400 === 0
    ? `P${seconds / 86400}D`
    : seconds % 3600 === 0
      ? `PT${seconds / 3600}H`
      : `PT${seconds / 60}M`;

/**
 * An Azure Monitor metric alert on `Percentage CPU` of one resource (a VM or a scale set, named by
 * `metricNamespace`). Evaluated every period over the whole window.
 */
export function azureCpuAlertArgs(
  alarm: CpuAlarm,
  scope: pulumi.Input<string>,
  resourceGroupName: pulumi.Input<string>,
  metricNamespace: "Microsoft.Compute/virtualMachines" | "Microsoft.Compute/virtualMachineScaleSets",
  tags: Record<string, string>,
): monitor.MetricAlertArgs {
  return {
    resourceGroupName,
    location: "global",
    description: alarm.description,
    enabled: true,
    severity: alarm.kind === "high" ? 2 : 4,
    scopes: [scope],
    evaluationFrequency: isoDuration(alarm.periodSeconds),
    windowSize: isoDuration(alarm.periodSeconds * alarm.evaluationPeriods),
    autoMitigate: true,
    criteria: {
      odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
      allOf: [
        {
          criterionType: "StaticThresholdCriterion",
          name: `cpu-${alarm.kind}`,
          metricName: "Percentage CPU",
          metricNamespace,
          operator: alarm.kind === "high" ? "GreaterThan" : "LessThan",
          threshold: alarm.thresholdPercent,
          timeAggregation: "Average",
        },
      ],
    },
    tags,
  };
}

/**
 * A Cloud Monitoring alert policy on `compute.googleapis.com/instance/cpu/utilization` (a 0–1
 * fraction, so the percentage is divided by 100) for the time series `filter` selects. With
 * `acrossSeries` the series are averaged first (a group of instances).
 */
export function gcpCpuAlertPolicyArgs(
  alarm: CpuAlarm,
  displayName: pulumi.Input<string>,
  filter: pulumi.Input<string>,
  labels: Record<string, string>,
  acrossSeries = false,
): gcp.monitoring.AlertPolicyArgs {
  return {
    displayName,
    combiner: "OR",
    enabled: true,
    severity: "WARNING",
    documentation: { content: alarm.description, mimeType: "text/markdown" },
    conditions: [
      {
        displayName: `CPU ${alarm.kind === "high" ? "above" : "below"} ${alarm.thresholdPercent}%`,
        conditionThreshold: {
          filter: pulumi.interpolate`resource.type = "gce_instance" AND metric.type = "compute.googleapis.com/instance/cpu/utilization" AND ${filter}`,
          comparison: alarm.kind === "high" ? "COMPARISON_GT" : "COMPARISON_LT",
          thresholdValue: alarm.thresholdPercent / 100,
          duration: `${alarm.periodSeconds * alarm.evaluationPeriods}s`,
          aggregations: [
            {
              alignmentPeriod: `${alarm.periodSeconds}s`,
              perSeriesAligner: "ALIGN_MEAN",
              ...(acrossSeries ? { crossSeriesReducer: "REDUCE_MEAN" } : {}),
            },
          ],
          trigger: { count: 1 },
        },
      },
    ],
    userLabels: labels,
  };
}
