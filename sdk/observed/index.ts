// The public surface of observed utilization (re-exported by the sdk); helpers stay in their files.
export * from "./format";
export { percentile, summarizeSamples, durationSeconds } from "./stats";
export type { SampleSummary } from "./stats";
export { importContext, parseImportMap, summarizeSeries, resolveTarget, DEFAULT_MIN_SAMPLES } from "./series";
export type {
  ImportContext,
  InventoryRecord,
  MapTarget,
  MetricSeries,
  SeriesTarget,
  SummaryOptions,
} from "./series";
export * from "./cloudwatch";
export { azureMonitorSeries, azureResourceOfMetricId } from "./azure-monitor";
export { cloudMonitoringSeries } from "./cloud-monitoring";
export { inventoryKind, readInventory } from "./inventory";
export * from "./import";
export * from "./match";
