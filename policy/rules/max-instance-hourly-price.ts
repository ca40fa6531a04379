import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { COMPUTE_TYPES, isCompute, priceSubject, unknownPrice } from "../lib/compute";
import { RULES } from "../lib/names";
import { perHour, usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";

export interface MaxInstanceHourlyPriceConfig {
  maxHourlyUsd: number;
  catalogFile: string;
}

/**
 * Instances, group and scale-set members, templates and Kubernetes pods whose one-member price
 * (instance with its disks and GPUs, or a pod's requests) is above a limit. Members are priced one
 * by one because a group's size changes; its total is `monthly-budget`'s business.
 */
export const maxInstanceHourlyPrice = resourceRule<MaxInstanceHourlyPriceConfig>({
  name: RULES.maxInstanceHourlyPrice,
  description: "Instances, group members and pods must not cost more than a set price per hour.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      maxHourlyUsd: {
        type: "number",
        exclusiveMinimum: 0,
        default: 5,
        description: "Most one instance, group member or pod may cost per hour, USD (on-demand list price).",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: isCompute,
  check: (s, ctx) => {
    const price = priceSubject(s, ctx.catalog());
    if (!price.priced) {
      ctx.note(
        `${s.name}: could not check the price per instance: ${price.reason}${unknownPrice(price) ? " (checked again when the value is known, at pulumi up)" : ""}`,
      );
      return;
    }
    const each = price.perInstanceHourlyUsd ?? 0;
    const limit = ctx.config.maxHourlyUsd;
    if (each <= limit) return;
    const count = price.count ?? 1;
    const member = COMPUTE_TYPES[s.type] === "workload" ? "replica" : "instance";
    const over = (each - limit) * HOURS_PER_MONTH * Math.max(count, 1);
    const fix =
      COMPUTE_TYPES[s.type] === "workload"
        ? "lower the pod's cpu/memory requests"
        : `choose a smaller ${price.instanceType ? `type than ${price.instanceType}` : "type"} or raise ${RULES.maxInstanceHourlyPrice}.maxHourlyUsd`;
    ctx.violation(
      `${s.name}: one ${member} costs ${perHour(each)} (${price.instanceType ?? "pod"}${price.region ? ` in ${price.cloud} ${price.region}` : ""}), above the ${perHour(limit)} limit; ${fix}. Coming down to the limit saves at least ${usd(over)}/month${count > 1 ? ` over ${count} ${member}s` : ""}.`,
    );
  },
});
