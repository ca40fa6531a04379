import { HOURS_PER_MONTH } from "../formulas";
import { Props, unpriced } from "../helpers";
import { describePrice, INFRACOST_GOLDEN, ListPrice, regionNote } from "../list-price";
import type { PriceContext, Unpriced, UsageCharge } from "../types";
import { awsRegion, NO_AWS_REGION } from "./region";

/**
 * Dates of the Infracost AWS goldens the pricers read their figures from (the last commit that
 * changed each golden, as listed in ../shared/data/prices/services/README.md).
 */
const GOLDEN_DATES = {
  acm_certificate_test: "2024-07-01",
  api_gateway_rest_api_test: "2024-07-01",
  api_gateway_stage_test: "2024-07-01",
  apigatewayv2_api_test: "2024-07-01",
  backup_vault_test: "2024-07-01",
  cloudformation_stack_test: "2024-07-01",
  cloudfront_distribution_test: "2024-07-01",
  cloudtrail_test: "2024-07-01",
  cloudwatch_dashboard_test: "2024-07-01",
  cloudwatch_event_bus_test: "2024-07-01",
  cloudwatch_log_group_test: "2024-07-01",
  cloudwatch_metric_alarm_test: "2024-07-01",
  codebuild_project_test: "2024-07-01",
  config_config_rule_test: "2024-07-01",
  config_configuration_recorder_test: "2024-07-01",
  db_instance_test: "2026-05-03",
  docdb_cluster_instance_test: "2024-07-01",
  docdb_cluster_test: "2024-07-01",
  dynamodb_table_test: "2024-11-15",
  ec2_client_vpn_endpoint_test: "2024-07-01",
  ec2_client_vpn_network_association_test: "2024-07-01",
  ec2_transit_gateway_peering_attachment_test: "2024-07-01",
  ec2_transit_gateway_vpc_attachment_test: "2024-07-01",
  ecr_repository_test: "2024-07-01",
  ecs_service_test: "2025-07-07",
  efs_file_system_test: "2024-07-01",
  eip_test: "2024-07-01",
  eks_cluster_test: "2025-07-07",
  eks_fargate_profile_test: "2024-07-01",
  eks_node_group_test: "2025-07-07",
  elasticache_cluster_test: "2024-07-01",
  elasticache_replication_group_test: "2024-07-01",
  elasticsearch_domain_test: "2024-07-01",
  elb_test: "2024-07-01",
  glue_crawler_test: "2024-07-01",
  glue_job_test: "2024-07-01",
  /** Infracost's multi-project HCL golden (cmd/infracost/testdata), for db.t3.micro/small MySQL. */
  hclmulti_project_infra: "2022-06-21",
  kinesis_firehose_delivery_stream_test: "2024-07-01",
  kinesis_stream_test: "2024-07-01",
  kms_external_key_test: "2024-07-01",
  kms_key_test: "2024-07-01",
  lambda_function_test: "2024-07-01",
  lambda_provisioned_concurrency_config_test: "2024-07-01",
  lb_test: "2024-07-01",
  mq_broker_test: "2024-07-01",
  msk_cluster_test: "2024-07-01",
  nat_gateway_test: "2024-07-01",
  neptune_cluster_instance_test: "2024-07-01",
  neptune_cluster_test: "2024-07-01",
  networkfirewall_firewall_test: "2024-07-01",
  opensearch_domain_test: "2024-07-01",
  rds_cluster_instance_test: "2025-03-05",
  rds_cluster_test: "2024-07-01",
  redshift_cluster_test: "2024-07-01",
  route53_health_check_test: "2024-07-01",
  route53_record_test: "2024-07-01",
  route53_resolver_endpoint_test: "2024-07-01",
  route53_zone_test: "2024-07-01",
  secretsmanager_secret_test: "2024-07-01",
  sfn_state_machine_test: "2024-07-01",
  sns_topic_test: "2024-12-04",
  sqs_queue_test: "2024-07-01",
  ssm_parameter_test: "2024-07-01",
  transfer_server_test: "2024-07-01",
  vpc_endpoint_test: "2024-10-18",
  vpn_connection_test: "2024-07-01",
  wafv2_web_acl_test: "2024-07-01",
} as const;

export type GoldenTest = keyof typeof GOLDEN_DATES;

/**
 * A unit price read from one Infracost AWS golden, cited with the golden's path and date. `note`
 * says how exact the figure is when the golden rounds it (usage prices of $0.10 and more are
 * printed to the cent) or how it was derived. `region` is the golden's provider region (`*` for a
 * global service's price).
 */
export function goldenPrice(
  test: GoldenTest,
  usd: number,
  unit: string,
  note?: string,
  region = "us-east-1",
): ListPrice {
  const dir = test === "hclmulti_project_infra" ? "cmd/infracost/testdata" : "aws/testdata";
  const source = `${INFRACOST_GOLDEN} ${dir}/${test}${note ? ` (${note})` : ""}`;
  return { usd, unit, region, source, asOf: GOLDEN_DATES[test] };
}

/** The note for a usage price the golden prints rounded to the cent. */
export const ROUNDED = "printed rounded to the cent";

/** Where an AWS resource is: its region and how it was found, or the unpriced result saying why not. */
export function placeAws(props: Props, ctx: PriceContext): { region: string; assumption: string } | Unpriced {
  const { region, assumption } = awsRegion(props, ctx);
  return region ? { region, assumption } : unpriced(NO_AWS_REGION, "aws");
}

/** True when `placeAws` could not place the resource. */
export function isUnpriced(x: object): x is Unpriced {
  return "priced" in x && (x as Unpriced).priced === false;
}

/**
 * The assumptions that cite the list prices a result used: each price once, and the note that
 * the us-east-1 figure stands for another region when it does.
 */
export function priceNotes(region: string | undefined, prices: readonly ListPrice[]): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const p of prices) {
    const d = describePrice(p);
    if (!seen.has(d)) notes.push(d);
    seen.add(d);
  }
  const note = prices.map((p) => regionNote(p, region)).find((n) => n !== "");
  return note ? [...notes, note] : notes;
}

/** A price quoted per month (`months`, `GB-month` …) times a quantity, as an hourly line figure. */
export function monthlyToHourly(p: ListPrice, quantity = 1): number {
  return (p.usd * quantity) / HOURS_PER_MONTH;
}

/** A usage charge at a list price (one home: `../list-price`). */
export { usageAt } from "../list-price";

/** One tier of a tiered usage price: the first `upTo` quantity units (the last tier has none). */
export interface UsageTier {
  /** Upper bound of the tier in the charge's quantity unit, counted from 0; absent for the last tier. */
  upTo?: number;
  label: string;
  price: ListPrice;
}

/**
 * A tiered usage price as charges. With a quantity from the usage file, one charge per tier the
 * quantity reaches, holding that tier's share; without one, the first tier's charge (no quantity)
 * and a note naming the later tiers.
 */
export function tieredUsage(
  ctx: PriceContext,
  key: string,
  quantityUnit: string,
  unitSize: number,
  tiers: readonly UsageTier[],
): { charges: UsageCharge[]; note: string } {
  const total = ctx.usage?.[key];
  const charge = (t: UsageTier, quantity?: number): UsageCharge => ({
    key,
    quantityUnit,
    unit: `${t.price.unit} (${t.label})`,
    unitSize,
    usdPerUnit: t.price.usd,
    source: describePrice(t.price),
    ...(quantity === undefined ? {} : { quantity }),
  });
  const note = `${key} is billed in tiers: ${tiers.map((t) => `${t.label} $${t.price.usd} per ${t.price.unit}`).join(", ")}`;
  if (total === undefined) return { charges: [charge(tiers[0])], note };
  const charges: UsageCharge[] = [];
  let from = 0;
  for (const t of tiers) {
    const to = t.upTo ?? Infinity;
    const share = Math.max(0, Math.min(total, to) - from);
    if (share > 0 || charges.length === 0) charges.push(charge(t, share));
    from = to;
    if (total <= to) break;
  }
  return { charges, note };
}
