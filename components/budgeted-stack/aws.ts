import * as budgets from "@pulumi/aws/budgets";
import { normalizeTags } from "../../sdk/tags";
import type { AlertBackend } from "./backend";
import { percent } from "./backend";

/**
 * The AWS alert: a COST budget on the tag every resource beneath carries. AWS counts a tag only
 * once it is activated as a cost allocation tag (Billing console, payer account).
 */
export interface AwsAlert {
  budget: budgets.Budget;
}

export const awsAlert: AlertBackend<AwsAlert> = {
  // The account of the provider's credentials is the scope; the tag filter narrows it.
  unscoped: () => undefined,

  create(plan, opts) {
    const { key, value } = plan.filterTag;
    const budget = new budgets.Budget(
      `${plan.name}-alert-aws`,
      {
        budgetType: "COST",
        timeUnit: "MONTHLY",
        limitAmount: plan.amountUsd.toFixed(2),
        limitUnit: "USD",
        ...(plan.args.aws?.accountId ? { accountId: plan.args.aws.accountId } : {}),
        // User-defined cost allocation tags are filtered as `user:<key>$<value>`.
        costFilters: [{ name: "TagKeyValue", values: [`user:${key}$${value}`] }],
        // AWS refuses a notification without a subscriber.
        notifications:
          plan.emails.length === 0
            ? []
            : plan.thresholds.flatMap((t) =>
                (["ACTUAL", "FORECASTED"] as const).map((notificationType) => ({
                  notificationType,
                  comparisonOperator: "GREATER_THAN",
                  threshold: percent(t),
                  thresholdType: "PERCENTAGE",
                  subscriberEmailAddresses: plan.emails,
                })),
              ),
        tags: normalizeTags("aws", plan.costTags),
      },
      opts,
    );
    const warnings =
      plan.emails.length === 0
        ? ["aws: no notify.emails, so the AWS budget tracks spend but sends no alert"]
        : [];
    return { resources: { budget }, warnings };
  },
};
