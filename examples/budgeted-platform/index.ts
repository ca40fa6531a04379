import * as pulumi from "@pulumi/pulumi";
import { BalancedPool, BudgetedStack, MultiCloudBucket, MultiCloudVm } from "lepton-multicloud";

const config = new pulumi.Config();
const sshPublicKey = config.require("sshPublicKey");

// One monthly budget over the whole platform. Everything created beneath it is priced and tagged
// (owner, cost centre, environment), each cloud gets a budget alert at 80 % and 100 % of its share
// (actual and forecast spend), and a preview that would blow the budget fails before deploying.
const budget = new BudgetedStack("platform", {
  monthlyBudgetUsd: config.requireNumber("monthlyBudgetUsd"),
  costTags: { owner: "platform-team", "cost-center": "cc-1042", environment: pulumi.getStack() },
  notify: { emails: [config.require("alertEmail")] },
  azure: { subscriptionId: config.require("azureSubscriptionId") },
  gcp: { billingAccount: config.require("gcpBillingAccount") },
  onExceed: "fail",
});
const beneath = { parent: budget };

// The web tier: two thirds of the capacity on AWS, a third on GCP, 3 to 9 machines in all.
const web = new BalancedPool(
  "web",
  {
    unit: { vcpus: 2, memoryGiB: 4, diskGiB: 20 },
    placements: [
      { cloud: "aws", region: "us-east-1", weight: 2 },
      { cloud: "gcp", region: "us-central1", weight: 1 },
    ],
    scaling: { min: 3, desired: 3, max: 9, targetCpuUtilization: 0.6 },
    port: 80,
    protocol: "http",
    publicIp: true,
    userData: ["#cloud-config", "packages: [nginx]", ""].join("\n"),
    tags: { app: "web" },
  },
  beneath,
);

// The API on Azure, and a batch machine wherever in the US is cheapest for its unit.
const api = new MultiCloudVm(
  "api",
  {
    unit: { vcpus: 2, memoryGiB: 8, diskGiB: 40 },
    placement: { cloud: "azure", region: "eastus" },
    ingress: [{ port: 443, cidrs: ["0.0.0.0/0"], description: "HTTPS" }],
    publicIp: true,
    sshPublicKey,
    expectedUtilization: 0.5,
    tags: { app: "api" },
  },
  beneath,
);
const batch = new MultiCloudVm(
  "batch",
  {
    unit: { vcpus: 4, memoryGiB: 16, diskGiB: 100 },
    placement: { geography: "us" },
    sshPublicKey,
    tags: { app: "batch" },
  },
  beneath,
);

// Assets: read often for a month, then rarely; archived after six months, deleted after two years.
const assets = new MultiCloudBucket(
  "assets",
  {
    storage: { expectedGb: 800, class: "hot" },
    placement: { cloud: "aws", region: "us-east-1" },
    tiering: { coolAfterDays: 30, archiveAfterDays: 180, expireAfterDays: 730 },
    tags: { app: "web" },
  },
  beneath,
);

export const projectedMonthlyUsd = budget.projectedMonthlyUsd;
export const projectedRangeUsd = budget.projectedRangeUsd;
export const headroomUsd = budget.headroomUsd;
export const byCloud = budget.breakdown.apply((b) => b.byCloud);
export const components = {
  web: web.monthlyUsd,
  api: api.monthlyUsd,
  batch: {
    where: pulumi.interpolate`${batch.cloud} ${batch.region} ${batch.instanceType}`,
    monthlyUsd: batch.monthlyUsd,
  },
  assets: { bucket: assets.bucketName, monthlyUsd: assets.monthlyUsd },
};
