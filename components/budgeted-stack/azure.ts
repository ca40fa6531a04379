import * as consumption from "@pulumi/azure-native/consumption";
import * as pulumi from "@pulumi/pulumi";
import { normalizeTags } from "../../sdk/tags";
import type { AlertBackend } from "./backend";
import { percent } from "./backend";

/** The Azure alert: a consumption budget on the subscription or resource group, filtered by tag. */
export interface AzureAlert {
  budget: consumption.Budget;
}

/** The first day of the current month (UTC): Azure budgets start on a month's first day. */
function monthStart(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-01T00:00:00Z`;
}

export const azureAlert: AlertBackend<AzureAlert> = {
  unscoped: (args) =>
    args.azure
      ? undefined
      : "azure: no azure.subscriptionId was given, so no Azure budget alert was created; its spend counts toward the projection only",

  create(plan, opts) {
    const scope = plan.args.azure!;
    const [[name, value]] = Object.entries(
      normalizeTags("azure", { [plan.filterTag.key]: plan.filterTag.value }),
    );
    const notifications = Object.fromEntries(
      plan.thresholds.flatMap((t) =>
        (["Actual", "Forecasted"] as const).map((kind) => [
          `${kind}_GreaterThan_${percent(t)}_Percent`,
          {
            enabled: true,
            operator: "GreaterThan",
            threshold: percent(t),
            thresholdType: kind,
            contactEmails: plan.emails,
          },
        ]),
      ),
    );
    const budget = new consumption.Budget(
      `${plan.name}-alert-azure`,
      {
        scope:
          scope.resourceGroupName === undefined
            ? pulumi.interpolate`/subscriptions/${scope.subscriptionId}`
            : pulumi.interpolate`/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroupName}`,
        amount: plan.amountUsd,
        category: "Cost",
        timeGrain: "Monthly",
        timePeriod: { startDate: monthStart() },
        filter: { tags: { name, operator: "In", values: [value] } },
        // Azure refuses a notification without a contact email (or action group).
        ...(plan.emails.length > 0 ? { notifications } : {}),
      },
      // The start date is the month the budget was first created in; later months must not move it.
      { ...opts, ignoreChanges: ["timePeriod"] },
    );
    const warnings =
      plan.emails.length === 0
        ? ["azure: no notify.emails, so the Azure budget tracks spend but sends no alert"]
        : [];
    return { resources: { budget }, warnings };
  },
};
