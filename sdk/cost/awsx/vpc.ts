import { PUBLIC_IPV4_HOUR } from "../aws/eip";
import { NAT_DATA_PROCESSED_GB, NAT_GATEWAY_HOUR } from "../aws/nat-gateway";
import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { VPC_ENDPOINT_HOUR } from "../aws/vpc-endpoint";
import {
  dig,
  isUnknown,
  missing,
  num,
  priced,
  Props,
  shownValue,
  str,
  unpriced,
  usageCharge,
} from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";

/** awsx's default number of availability zones (`numberOfAvailabilityZones`). */
export const DEFAULT_AZ_COUNT = 3;

const STRATEGIES = ["None", "Single", "OnePerAz"] as const;

/** The NAT gateway strategy as awsx reads it (case-insensitively), or undefined when not valid. */
function strategyOf(value: unknown): (typeof STRATEGIES)[number] | undefined {
  return typeof value === "string"
    ? STRATEGIES.find((s) => s.toLowerCase() === value.toLowerCase())
    : undefined;
}

/** The subnet types of `subnetSpecs`, or undefined when awsx's default (public + private) applies. */
function subnetTypes(props: Props): string[] | undefined {
  const specs = props.subnetSpecs;
  if (!Array.isArray(specs) || specs.length === 0) return undefined;
  return specs.map((s) => String(dig(s, "type") ?? "").toLowerCase());
}

/**
 * An awsx `ec2.Vpc`: the VPC, subnets, route tables and internet gateway are free; what it bills is
 * its NAT gateways (per hour, plus data processed) with the Elastic IP each one gets, and its
 * interface VPC endpoints. The counts follow awsx: `natGateways.strategy` (default OnePerAz: one per
 * availability zone; Single: one; None: none) over `availabilityZoneNames`, else
 * `numberOfAvailabilityZones` (default 3).
 */
function vpc(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const assumptions = [assumption];

  const names = props.availabilityZoneNames;
  let azs: number;
  if (Array.isArray(names) && names.length > 0) {
    azs = names.length;
  } else if (props.numberOfAvailabilityZones !== undefined) {
    const n = num(props.numberOfAvailabilityZones);
    if (n === undefined || !Number.isInteger(n) || n < 1)
      return unpriced(
        isUnknown(props.numberOfAvailabilityZones)
          ? missing("numberOfAvailabilityZones", props.numberOfAvailabilityZones)
          : `numberOfAvailabilityZones: ${shownValue(props.numberOfAvailabilityZones)} is not valid; use a whole number of zones (1 or more)`,
        "aws",
        region,
      );
    azs = n;
  } else {
    azs = DEFAULT_AZ_COUNT;
    assumptions.push(`numberOfAvailabilityZones not set: awsx's default of ${DEFAULT_AZ_COUNT} zones`);
  }

  const strategyValue = dig(props, "natGateways.strategy");
  const strategy = strategyValue === undefined ? "OnePerAz" : strategyOf(strategyValue);
  if (!strategy)
    return unpriced(
      isUnknown(strategyValue)
        ? missing("natGateways.strategy", strategyValue)
        : `natGateways.strategy: ${shownValue(strategyValue)} is not valid; use one of ${STRATEGIES.join(", ")}`,
      "aws",
      region,
    );
  if (strategyValue === undefined)
    assumptions.push("natGateways.strategy not set: awsx's default OnePerAz (one NAT gateway per zone)");
  const types = subnetTypes(props);
  if (strategy !== "None" && types && !(types.includes("public") && types.includes("private")))
    return unpriced(
      `natGateways.strategy ${strategy} needs both a public and a private subnet in subnetSpecs (awsx rejects this VPC); add them or set the strategy to None`,
      "aws",
      region,
    );

  const nats = strategy === "None" ? 0 : strategy === "Single" ? 1 : azs;
  const allocationIds = dig(props, "natGateways.elasticIpAllocationIds");
  const ownIps = Array.isArray(allocationIds) ? allocationIds.length : 0;
  const lines: PriceLine[] = [];
  if (nats > 0) {
    lines.push({ item: `NAT gateway × ${nats}`, hourlyUsd: NAT_GATEWAY_HOUR.usd * nats });
    assumptions.push(`NAT gateway: ${describePrice(NAT_GATEWAY_HOUR)}`);
    if (ownIps > 0) {
      assumptions.push(
        "the NAT gateways use the Elastic IPs in natGateways.elasticIpAllocationIds: those are billed where they were allocated",
      );
    } else {
      lines.push({ item: `Elastic IP × ${nats}`, hourlyUsd: PUBLIC_IPV4_HOUR.usd * nats });
      assumptions.push(
        `one Elastic IP per NAT gateway: ${describePrice(PUBLIC_IPV4_HOUR)}; AWS bills every public IPv4 address at this rate since 2024-02-01, in use or not`,
      );
    }
  } else {
    assumptions.push(`NAT gateway strategy ${strategy}: no NAT gateways`);
  }

  const endpoints = Array.isArray(props.vpcEndpointSpecs) ? (props.vpcEndpointSpecs as Props[]) : [];
  let endpointHours = 0;
  for (const spec of endpoints) {
    const type = str(spec.vpcEndpointType) ?? "Gateway";
    if (type === "Gateway") continue;
    const subnets = Array.isArray(spec.subnetIds) ? spec.subnetIds.length : azs;
    endpointHours += subnets;
  }
  if (endpoints.length > 0) {
    if (endpointHours > 0) {
      lines.push({
        item: `interface endpoint × ${endpointHours} zone${endpointHours === 1 ? "" : "s"}`,
        hourlyUsd: VPC_ENDPOINT_HOUR.usd * endpointHours,
      });
      assumptions.push(
        `interface VPC endpoints, per zone (subnetIds, else one per VPC zone): ${describePrice(VPC_ENDPOINT_HOUR)}; their data processed is not included`,
      );
    }
    if (endpoints.length > endpointHours || endpointHours === 0)
      assumptions.push("gateway VPC endpoints (S3, DynamoDB) are not billed");
  }
  assumptions.push(
    "the VPC, subnets, route tables and internet gateway are not billed",
    regionNote(NAT_GATEWAY_HOUR, region),
  );

  const usage =
    nats > 0
      ? [
          usageCharge(ctx, {
            key: "monthlyDataProcessedGb",
            quantityUnit: "GB processed by the NAT gateways per month",
            unit: NAT_DATA_PROCESSED_GB.unit,
            unitSize: 1,
            usdPerUnit: NAT_DATA_PROCESSED_GB.usd,
            source: describePrice(NAT_DATA_PROCESSED_GB),
          }),
        ]
      : [];
  return priced("aws", region, lines, assumptions, usage.length > 0 ? { usage } : {});
}

export const pricers: PricerModule["pricers"] = { "awsx:ec2:Vpc": vpc };
