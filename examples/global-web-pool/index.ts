import * as pulumi from "@pulumi/pulumi";
import { BalancedPool } from "lepton-multicloud";

const config = new pulumi.Config();

// One web tier on three clouds: half the capacity on AWS, a quarter each on GCP and Azure. If a
// cloud or region fails, its DNS record fails its health check and the others take the traffic.
const pool = new BalancedPool("web", {
  unit: { vcpus: 2, memoryGiB: 8, diskGiB: 30, image: "ubuntu-24.04" },
  placements: [
    { cloud: "aws", region: "us-east-1", weight: 2 },
    { cloud: "gcp", region: "europe-west1", weight: 1 },
    { cloud: "azure", region: "westeurope", weight: 1 },
  ],
  // 4 to 12 instances in all (2–6 on AWS, 1–3 on each of the others), kept near 60 % CPU.
  scaling: { min: 4, desired: 4, max: 12, targetCpuUtilization: 0.6, cooldownSeconds: 300 },
  port: 80,
  protocol: "http",
  healthCheck: { path: "/", intervalSeconds: 30 },
  dns: { provider: "aws", zone: config.require("dnsZone"), name: config.require("dnsName"), ttl: 60 },
  // Instances reach the package mirrors through their own address; inbound stays load balancer only.
  publicIp: true,
  userData: ["#cloud-config", "package_update: true", "packages: [nginx]", ""].join("\n"),
  tags: { app: "web", env: pulumi.getStack() },
});

export const url = pool.dnsName.apply((name) => `http://${name}/`);
export const endpoints = pool.endpoints;
export const members = pool.members;
export const monthlyUsd = pool.monthlyUsd;
