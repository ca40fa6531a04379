import * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { checkChildNames, strictName } from "../../sdk/names";
import { gcpCpuAlertPolicyArgs } from "../shared/alarms";
import { gcpImage, gcpImageRunsCloudInit } from "../shared/images";
import { gcpFirewallRules } from "../shared/ingress";
import { child, type Transform } from "../shared/transform";
import { gcpUserDataMetadata } from "../shared/user-data";
import { dnsName, VmBackend, VmNames, VmPlan, vmSpace } from "./backend";

/** Transforms of the GCP children. */
export interface GcpVmTransforms {
  /** Edits the args of the network child. @default none */
  network?: Transform<gcp.compute.NetworkArgs>;
  /** Edits the args of the subnetwork child. @default none */
  subnetwork?: Transform<gcp.compute.SubnetworkArgs>;
  /** Applied to each firewall rule (one per ingress rule and address family). @default none */
  firewall?: Transform<gcp.compute.FirewallArgs>;
  /** Edits the args of the instance child. @default none */
  instance?: Transform<gcp.compute.InstanceArgs>;
  /** Applied to both CPU alert policies. @default none */
  alertPolicy?: Transform<gcp.monitoring.AlertPolicyArgs>;
}

/** The GCP children of a MultiCloudVm (the network only when not given). */
export interface GcpVmResources {
  instance: gcp.compute.Instance;
  network?: gcp.compute.Network;
  subnetwork?: gcp.compute.Subnetwork;
  firewalls: gcp.compute.Firewall[];
  alertPolicies: gcp.monitoring.AlertPolicy[];
  /** The network tag the firewall rules target: only this instance carries it. */
  networkTag: string;
}

/**
 * The children's base name: the component's name lowercased with `._ ` as `-`, at most 40
 * characters so `-subnet` and the 8 characters autonaming appends stay within GCP's 63.
 */
const baseName = (name: string) => strictName(name, 40, "gcp");

function gcpVmNames(plan: VmPlan): VmNames {
  const { name, args, ingress } = plan;
  const base = baseName(name);
  const own = !args.network?.gcp?.network;
  return {
    issues: [
      ...base.issues,
      ...checkChildNames(name, [
        ...(own
          ? [
              { type: "gcp:compute/network:Network", name: `${base.name}-net` },
              { type: "gcp:compute/subnetwork:Subnetwork", name: `${base.name}-subnet` },
            ]
          : []),
        ...ingress.map((_, i) => ({ type: "gcp:compute/firewall:Firewall", name: `${base.name}-in-${i}` })),
        { type: "gcp:compute/instance:Instance", name: `${base.name}-vm` },
      ]),
    ],
    normalized: base.normalization ? [base.normalization] : [],
    claims: [{ space: vmSpace("gcp"), normalized: base.name }],
  };
}

/** The zone: the one given, else zone `b`, which every region in the catalog has. */
const zoneOf = (plan: VmPlan) => plan.args.gcp?.zone ?? `${plan.placement.region}-b`;

/**
 * A Compute Engine instance in the placed zone: Shielded VM (Secure Boot, vTPM, integrity
 * monitoring), a boot disk from the image family's project (Google encrypts every disk at rest),
 * no external IP unless asked, no service account (nothing on the machine can call Google APIs
 * unless you add one), firewall rules for the requested ingress only, targeted at this instance
 * by a network tag. GPUs: catalog entries such as `n1-standard-4+1xnvidia-tesla-t4` become the
 * machine type plus guest accelerators; GPU machines stop for host maintenance (GCP requires it).
 */
export const gcpBackend: VmBackend<GcpVmResources> = {
  names: gcpVmNames,

  check(plan: VmPlan): Issue[] {
    const issues: Issue[] = [];
    const zone = plan.args.gcp?.zone;
    if (zone && !zone.startsWith(`${plan.placement.region}-`))
      issues.push({
        path: "gcp.zone",
        value: zone,
        problem: `${JSON.stringify(zone)} is not in the placed region ${plan.placement.region}`,
        expected: `pin placement.region to ${zone.replace(/-[a-z]$/, "")}, or leave gcp.zone out`,
      });
    const userData = plan.args.userData;
    if (
      typeof userData === "string" &&
      !gcpImageRunsCloudInit(plan.unit.image) &&
      "user-data" in gcpUserDataMetadata(userData)
    )
      issues.push({
        path: "userData",
        value: userData.slice(0, 40),
        problem: `is a #cloud-config document, but GCP's ${plan.unit.image} images have no cloud-init`,
        expected: "pass a shell script (it runs as the startup script), or use an Ubuntu image",
      });
    return issues;
  },

  build(plan: VmPlan, _parent, opts) {
    const { name, args, placement, unit, tags } = plan;
    const region = placement.region;
    const t = args.transform?.gcp;
    const given = args.network?.gcp;
    // GCP names: lowercase, start with a letter, ≤ 63 with the 8 characters autonaming adds.
    const base = baseName(name).name;

    let net: gcp.compute.Network | undefined;
    let subnetwork: gcp.compute.Subnetwork | undefined;
    if (!given?.network) {
      net = child(
        gcp.compute.Network,
        `${base}-net`,
        { autoCreateSubnetworks: false, description: `MultiCloudVm ${name}: private network` },
        opts,
        t?.network,
      );
      subnetwork = child(
        gcp.compute.Subnetwork,
        `${base}-subnet`,
        { region, network: net.id, ipCidrRange: "10.0.0.0/24", privateIpGoogleAccess: true },
        opts,
        t?.subnetwork,
      );
    }
    const networkRef = net ? net.id : pulumi.output(given!.network!);
    const subnetworkRef = subnetwork ? subnetwork.id : given?.subnetwork;

    const networkTag = dnsName(`lepton-${pulumi.getStack()}-${name}`, 63);
    const firewalls = gcpFirewallRules(plan.ingress).map((rule, i) =>
      child(
        gcp.compute.Firewall,
        `${base}-in-${i}`,
        { network: networkRef, direction: "INGRESS", targetTags: [networkTag], ...rule },
        opts,
        t?.firewall,
      ),
    );

    const type = plan.instanceType;
    const metadata: Record<string, pulumi.Input<string>> = {};
    if (args.sshPublicKey !== undefined) {
      metadata["ssh-keys"] = pulumi.interpolate`${plan.adminUsername}:${args.sshPublicKey}`;
      // Only this key: project-wide keys would open the machine to everyone who has one.
      metadata["block-project-ssh-keys"] = "true";
    }
    const withUserData =
      args.userData === undefined
        ? metadata
        : pulumi.output(args.userData).apply((script) => ({ ...metadata, ...gcpUserDataMetadata(script) }));
    const gpu = placement.gpuCount > 0;
    const instance = child(
      gcp.compute.Instance,
      `${base}-vm`,
      {
        zone: zoneOf(plan),
        machineType: type?.machineType ?? placement.instanceType,
        bootDisk: {
          autoDelete: true,
          initializeParams: {
            image: gcpImage(unit.image, unit.arch),
            size: unit.diskGiB,
            type: unit.diskClass === "ssd" ? "pd-ssd" : "pd-balanced",
            labels: tags,
          },
        },
        networkInterfaces: [
          {
            network: networkRef,
            ...(subnetworkRef ? { subnetwork: subnetworkRef } : {}),
            ...(plan.publicIp ? { accessConfigs: [{}] } : {}),
          },
        ],
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
        ...(type?.accelerator
          ? { guestAccelerators: [{ type: type.accelerator.type, count: type.accelerator.count }] }
          : {}),
        ...(gpu ? { scheduling: { onHostMaintenance: "TERMINATE", automaticRestart: true } } : {}),
        // Spot VMs neither restart on their own nor live-migrate; "stop" keeps the boot disk.
        ...(plan.spot
          ? {
              scheduling: {
                provisioningModel: "SPOT",
                preemptible: true,
                automaticRestart: false,
                onHostMaintenance: "TERMINATE",
                instanceTerminationAction: plan.spot.onInterruption === "stop" ? "STOP" : "DELETE",
              },
            }
          : {}),
        metadata: withUserData,
        tags: [networkTag],
        labels: tags,
        // Lets a rightsizing change of machineType apply by stopping the machine, not replacing it.
        allowStoppingForUpdate: true,
      },
      opts,
      t?.instance,
    );
    const alertPolicies = plan.alarms.map((alarm) =>
      child(
        gcp.monitoring.AlertPolicy,
        `${base}-cpu-${alarm.kind}`,
        gcpCpuAlertPolicyArgs(
          alarm,
          `${name}: CPU ${alarm.kind}`,
          pulumi.interpolate`resource.labels.instance_id = "${instance.instanceId}"`,
          tags,
        ),
        opts,
        t?.alertPolicy,
      ),
    );
    return {
      privateIp: instance.networkInterfaces.apply((n) => n[0]?.networkIp),
      ...(plan.publicIp
        ? { publicIp: instance.networkInterfaces.apply((n) => n[0]?.accessConfigs?.[0]?.natIp) }
        : {}),
      resources: {
        instance,
        ...(net ? { network: net } : {}),
        ...(subnetwork ? { subnetwork } : {}),
        firewalls,
        alertPolicies,
        networkTag,
      },
    };
  },
};
