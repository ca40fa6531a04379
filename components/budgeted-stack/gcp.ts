import * as billing from "@pulumi/gcp/billing";
import * as monitoring from "@pulumi/gcp/monitoring";
import { normalizeTags } from "../../sdk/tags";
import type { AlertBackend } from "./backend";

/** The GCP alert: a billing budget filtered by label, and an email channel per recipient. */
export interface GcpAlert {
  budget: billing.Budget;
  channels: monitoring.NotificationChannel[];
}

/** The billing budget's display name: GCP takes at most 60 characters. */
export const gcpBudgetDisplayName = (name: string) => `${name} (Lepton budget)`.slice(0, 60);

export const gcpAlert: AlertBackend<GcpAlert> = {
  unscoped: (args) =>
    args.gcp
      ? undefined
      : "gcp: no gcp.billingAccount was given, so no GCP budget alert was created; its spend counts toward the projection only",

  create(plan, opts) {
    const scope = plan.args.gcp!;
    const channels = plan.emails.map(
      (email, i) =>
        new monitoring.NotificationChannel(
          `${plan.name}-alert-gcp-email-${i}`,
          {
            type: "email",
            displayName: `${plan.name} budget: ${email}`,
            labels: { email_address: email },
            ...(scope.notificationProject ? { project: scope.notificationProject } : {}),
            userLabels: normalizeTags("gcp", plan.costTags),
          },
          opts,
        ),
    );
    const units = Math.floor(plan.amountUsd);
    const budget = new billing.Budget(
      `${plan.name}-alert-gcp`,
      {
        billingAccount: scope.billingAccount,
        displayName: gcpBudgetDisplayName(plan.name),
        // The billing account's currency must be USD: GCP refuses another currency code.
        amount: {
          specifiedAmount: {
            currencyCode: "USD",
            units: String(units),
            nanos: Math.round((plan.amountUsd - units) * 1e9),
          },
        },
        budgetFilter: {
          calendarPeriod: "MONTH",
          labels: normalizeTags("gcp", { [plan.filterTag.key]: plan.filterTag.value }),
        },
        thresholdRules: plan.thresholds.flatMap((t) => [
          { thresholdPercent: t, spendBasis: "CURRENT_SPEND" },
          { thresholdPercent: t, spendBasis: "FORECASTED_SPEND" },
        ]),
        // Billing administrators get the mails by default; the channels add the recipients asked for.
        ...(channels.length > 0
          ? { allUpdatesRule: { monitoringNotificationChannels: channels.map((c) => c.name) } }
          : {}),
      },
      opts,
    );
    return { resources: { budget, channels }, warnings: [] };
  },
};
