import * as pulumi from "@pulumi/pulumi";
import { BalancedPool } from "lepton-multicloud";

// A stateless web tier: any instance can go at any time, the load balancers and autoscalers
// replace it. Two instances always run on-demand; three quarters of the rest run on spot.
const pool = new BalancedPool("web", {
  unit: { vcpus: 2, memoryGiB: 8, diskGiB: 30, image: "ubuntu-24.04" },
  placements: [
    { cloud: "aws", region: "us-east-1", weight: 1 },
    { cloud: "gcp", region: "us-central1", weight: 1 },
  ],
  // 4 to 16 instances in all (2–8 on each cloud), kept near 60 % CPU.
  scaling: { min: 4, desired: 6, max: 16, targetCpuUtilization: 0.6 },
  // AWS: one Auto Scaling group with a mixed instances policy (price-capacity-optimized spot over
  // several instance types). GCP: a standard and a SPOT managed instance group behind one load balancer.
  capacity: { spotPercent: 75, onDemandBase: 2 },
  healthCheck: { path: "/" },
  publicIp: true,
  userData: ["#cloud-config", "package_update: true", "packages: [nginx]", ""].join("\n"),
  tags: { app: "web", env: pulumi.getStack(), owner: "web-team", "cost-center": "cc-1001" },
});

export const endpoints = pool.endpoints;
export const members = pool.members;
// USD per month at min, desired and max, and the spot part of each (spot prices are snapshots).
export const monthlyUsd = pool.monthlyUsd;
export const spotMonthlyUsd = pool.cost.spotMonthlyUsd;
