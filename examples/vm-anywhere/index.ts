import * as pulumi from "@pulumi/pulumi";
import { ComputeUnit, MultiCloudVm } from "lepton-multicloud";

const config = new pulumi.Config();
const sshPublicKey = config.require("sshPublicKey");
const adminCidr = config.require("adminCidr");

// What a small web server needs, wherever it runs.
const web: ComputeUnit = { vcpus: 2, memoryGiB: 4, diskGiB: 30, image: "ubuntu-24.04" };

// 1. Anywhere in Europe, on whichever of AWS, Azure and GCP is cheapest for the unit.
const cheapest = new MultiCloudVm("web-eu", {
  unit: web,
  placement: { geography: "eu" },
  ingress: [
    { port: 443, cidrs: ["0.0.0.0/0", "::/0"], description: "HTTPS" },
    { port: 22, cidrs: [adminCidr], description: "SSH from the office" },
  ],
  publicIp: true,
  sshPublicKey,
  userData: ["#cloud-config", "packages: [nginx]", "package_update: true", ""].join("\n"),
  expectedUtilization: 0.4,
  tags: { app: "web", env: pulumi.getStack() },
});

// 2. The same kind of machine pinned on each target.
const onAws = new MultiCloudVm("web-aws", {
  unit: { ...web, arch: "arm64" },
  placement: { cloud: "aws", region: "eu-central-1" },
  sshPublicKey,
  ingress: [{ port: 22, cidrs: [adminCidr] }],
  monitoring: { cpuHighPercent: 85, cpuLowPercent: 5 },
});

const onAzure = new MultiCloudVm("web-azure", {
  unit: web,
  placement: { cloud: "azure", region: "westeurope" },
  sshPublicKey,
  adminUsername: "ops",
});

// A GPU machine: on GCP an N1 type with an attached T4, stopped (not migrated) for maintenance.
const onGcp = new MultiCloudVm("trainer-gcp", {
  unit: { vcpus: 4, memoryGiB: 15, gpu: { count: 1, model: "T4" }, diskGiB: 100, diskClass: "ssd" },
  placement: { cloud: "gcp", region: "europe-west4" },
  sshPublicKey,
});

// On a cluster: a one-replica StatefulSet sized exactly like the unit, reachable in-cluster only.
const onKubernetes = new MultiCloudVm("web-k8s", {
  unit: web,
  placement: { cloud: "kubernetes" },
  ingress: [{ port: 8080, cidrs: ["10.0.0.0/8"] }],
  kubernetes: { namespace: "default", image: "nginxinc/nginx-unprivileged:1.27" },
});

const summary = (vm: MultiCloudVm) => ({
  where: pulumi.interpolate`${vm.cloud} ${vm.region} ${vm.instanceType}`,
  monthlyUsd: vm.monthlyUsd,
  privateIp: vm.privateIp,
});

export const machines = {
  cheapestInEurope: { ...summary(cheapest), publicIp: cheapest.publicIp },
  aws: summary(onAws),
  azure: summary(onAzure),
  gcp: summary(onGcp),
  kubernetes: summary(onKubernetes),
};
// Reach past the abstraction: the AWS instance itself, when that is where it landed.
export const awsInstanceId = onAws.aws?.instance.id;
