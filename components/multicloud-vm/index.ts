import * as pulumi from "@pulumi/pulumi";
import type { Catalog } from "../../sdk/catalog/catalog";
import type { Cloud, KubernetesProfile } from "../../sdk/catalog/types";
import { Issue, LeptonError, ValidationError, throwIfIssues } from "../../sdk/errors";
import { monthly } from "../../sdk/cost/formulas";
import { atSpotPrice, place, Placement, PlacementError } from "../../sdk/placement/place";
import { checkTags, TAGS } from "../../sdk/tags";
import type { ComputeUnit } from "../../sdk/units/compute";
import { MonitoringArgs } from "../shared/alarms";
import { leptonConfig, providerRegions } from "../shared/config";
import { reportCost } from "../shared/cost-sink";
import type { IngressRule } from "../shared/ingress";
import { claimChildNames, normalizedInput } from "../shared/names";
import type { NetworkArgs } from "../shared/network";
import { lockKey, placeMachineUnderLock } from "../shared/lock";
import { PlacementArgs, placeForComponent } from "../shared/placement";
import type { ProviderMap } from "../shared/providers";
import { childTags, unitLabel } from "../shared/tags";
import { awsBackend, AwsVmResources, AwsVmTransforms } from "./aws";
import { azureBackend, AzureVmResources, AzureVmTransforms } from "./azure";
import type { VmBackend, VmBuild, VmPlan } from "./backend";
import { vmCost } from "./cost";
import { gcpBackend, GcpVmResources, GcpVmTransforms } from "./gcp";
import { kubernetesBackend, KubernetesVmResources, KubernetesVmTransforms } from "./kubernetes";
import { checkArgs, CheckedArgs } from "./validate";

export type { AwsVmResources, AwsVmTransforms } from "./aws";
export type { AzureVmResources, AzureVmTransforms } from "./azure";
export type { GcpVmResources, GcpVmTransforms } from "./gcp";
export type { KubernetesVmResources, KubernetesVmTransforms } from "./kubernetes";

const TYPE = "lepton-multicloud:index:MultiCloudVm";

/** Settings for a machine placed on Kubernetes (`placement.cloud: "kubernetes"`). */
export interface MultiCloudVmKubernetesArgs {
  /** Namespace of the StatefulSet, Service and NetworkPolicy. @default "default" */
  namespace?: pulumi.Input<string>;
  /** Storage class of the disk's PersistentVolumeClaim. @default the cluster's default class */
  storageClass?: pulumi.Input<string>;
  /**
   * Container image. @default the official image of `unit.image` (`ubuntu:24.04`, `ubuntu:22.04`,
   * `debian:12`), kept running with `sleep infinity` as an unprivileged user
   */
  image?: pulumi.Input<string>;
  /** Where the disk is mounted in the container. @default "/data" */
  mountPath?: pulumi.Input<string>;
  /**
   * Price profile of this cluster (USD per vCPU-hour, GiB-hour, GPU-hour), for the cost figures.
   * @default the catalog's profile (see `lepton-multicloud:catalog`)
   */
  profile?: Partial<Omit<KubernetesProfile, "derivation">>;
}

/** Per-target settings of GCP. */
export interface MultiCloudVmGcpArgs {
  /**
   * Zone of the instance, in the placed region (pin `placement.region` with it).
   * @default zone `b` of the placed region (every region in the catalog has one)
   */
  zone?: string;
}

/**
 * What the owner of a spot machine accepts. A MultiCloudVm keeps its state on its disk, so running
 * it on spot capacity must be said out loud.
 */
export interface MultiCloudVmSpotArgs {
  /**
   * Must be true: the cloud may stop this machine at any time, with two minutes' notice on AWS and
   * about thirty seconds on Azure and GCP, and it stays down until capacity returns.
   */
  acknowledgeInterruptions: boolean;
  /**
   * What an interruption does: `stop` keeps the machine and its disk (billed while stopped) and
   * starts it again when capacity returns (AWS persistent request, stop; Azure Deallocate; GCP
   * STOP); `delete` deletes the machine and its disk (AWS one-time request, terminate; Azure
   * Delete; GCP DELETE) and needs `acknowledgeDataLoss`.
   * @default "stop"
   */
  onInterruption?: "stop" | "delete";
  /** Must be true with `onInterruption: "delete"`: the data on the disk is lost at every interruption. @default false */
  acknowledgeDataLoss?: boolean;
}

/** Escape hatches: edit the args of any child before it is created, per target and child kind. */
export interface MultiCloudVmTransforms {
  /** Used when the machine lands on AWS. @default none */
  aws?: AwsVmTransforms;
  /** Used when the machine lands on Azure. @default none */
  azure?: AzureVmTransforms;
  /** Used when the machine lands on GCP. @default none */
  gcp?: GcpVmTransforms;
  /** Used when the machine lands on Kubernetes. @default none */
  kubernetes?: KubernetesVmTransforms;
}

/** Arguments of a {@link MultiCloudVm}. */
export interface MultiCloudVmArgs {
  /**
   * What the machine needs: vCPUs, memory, GPUs, architecture, disk, image family. Plain values:
   * placement happens while the program runs, so an Output here is an error.
   */
  unit: ComputeUnit;
  /**
   * Where it may go, or where it must go (`cloud`, `region`, `instanceType` are never changed).
   * @default the cheapest offer over the clouds of `lepton-multicloud:clouds` (AWS, Azure, GCP), in the
   * region each cloud's provider is configured for (`aws:region`, `azure-native:location`,
   * `gcp:region`) where one is set, anywhere in the catalog otherwise
   */
  placement?: PlacementArgs;
  /**
   * Inbound traffic allowed, per port and source ranges. SSH (22) or RDP (3389) from the whole
   * internet is refused unless the rule says `allowPublicAdmin: true`.
   * @default none: nothing can reach the machine
   */
  ingress?: IngressRule[];
  /**
   * Give the machine a public address (AWS public IPv4, Azure Standard static public IP, GCP
   * ephemeral external IP, Kubernetes LoadBalancer Service).
   * @default false
   */
  publicIp?: boolean;
  /**
   * An existing network per cloud; the machine's region must be the network's, so pin
   * `placement.region` (or configure the provider's region) when you give one.
   * @default AWS: the region's default VPC and its default subnet; Azure: a resource group,
   * virtual network 10.0.0.0/16 and private subnet 10.0.0.0/24 of the machine's own; GCP: a VPC
   * network and subnetwork 10.0.0.0/24 of the machine's own (not the project's `default` network,
   * whose stock rules open SSH and RDP to the internet). Without a public IP these defaults give
   * the machine no route to the internet: give it a network with a NAT if it needs one.
   */
  network?: NetworkArgs;
  /**
   * OpenSSH public key allowed to log in as `adminUsername` (AWS: as the image's default user,
   * `ubuntu` or `admin`). Password login is always disabled.
   * @default none: nobody logs in over SSH (reach the machine through SSM, the serial console or
   * IAP); Azure, which requires a key, gets one whose private half is never kept
   */
  sshPublicKey?: pulumi.Input<string>;
  /** Login name for `sshPublicKey` on Azure and GCP (checked when it is a plain string). @default "lepton" */
  adminUsername?: pulumi.Input<string>;
  /**
   * Boot script: a `#cloud-config` document or a shell script, encoded as each cloud wants (AWS
   * user data, Azure custom data in base64, GCP `user-data` or `startup-script` metadata). Not
   * available on Kubernetes (a container does not run cloud-init).
   * @default none
   */
  userData?: pulumi.Input<string>;
  /**
   * Declared average CPU utilization, 0–1, carried as the `lepton:expected-utilization` tag for
   * the cost rules (an oversized machine for its load is flagged).
   * @default none
   */
  expectedUtilization?: number;
  /**
   * CPU alarms: CloudWatch alarms on AWS, Azure Monitor metric alerts, GCP Monitoring alert
   * policies; none on Kubernetes (requests and limits there), or `false` for none at all.
   * @default { cpuHighPercent: 80, cpuLowPercent: 10 }
   */
  monitoring?: MonitoringArgs;
  /** Tags (labels on GCP and Kubernetes) added to every child, normalized per cloud. @default none */
  tags?: Record<string, string>;
  /** Explicit provider per target, passed to every child on that target. @default the default providers */
  providers?: ProviderMap;
  /** Per-child escape hatches. @default none */
  transform?: MultiCloudVmTransforms;
  /** Settings used when the machine is placed on GCP. @default see each field */
  gcp?: MultiCloudVmGcpArgs;
  /** Settings used when the machine is placed on Kubernetes. @default see each field */
  kubernetes?: MultiCloudVmKubernetesArgs;
  /**
   * `spot` runs the machine on interruptible spot capacity at the catalog's spot price (placed by
   * spot price, among offers that have one); it needs `spot.acknowledgeInterruptions`. Not on
   * Kubernetes.
   * @default "onDemand"
   */
  capacity?: "onDemand" | "spot";
  /** What a spot machine's owner accepts; required with `capacity: "spot"`. @default none */
  spot?: MultiCloudVmSpotArgs;
}

const BACKENDS: {
  aws: VmBackend<AwsVmResources>;
  azure: VmBackend<AzureVmResources>;
  gcp: VmBackend<GcpVmResources>;
  kubernetes: VmBackend<KubernetesVmResources>;
} = { aws: awsBackend, azure: azureBackend, gcp: gcpBackend, kubernetes: kubernetesBackend };

/**
 * One machine, described by what it needs and placed where it is cheapest (or where you pin it),
 * then built with everything a working, secure machine needs on that target: an EC2 instance
 * with its security group on AWS, a VM with its network interface and security group on Azure, a
 * Compute Engine instance with its firewall rules on GCP, or a one-replica StatefulSet on
 * Kubernetes. Disks are encrypted, IMDSv2 is required on AWS, nothing is reachable beyond
 * `ingress`, no public address unless asked, and every child carries the cost-allocation tags.
 *
 * @example
 * ```ts
 * import { MultiCloudVm } from "lepton-multicloud";
 *
 * const vm = new MultiCloudVm("api", {
 *   unit: { vcpus: 2, memoryGiB: 8, image: "ubuntu-24.04" },
 *   placement: { geography: "eu" },
 *   ingress: [{ port: 443, cidrs: ["0.0.0.0/0"] }],
 *   publicIp: true,
 *   sshPublicKey: "ssh-ed25519 AAAA… me@laptop",
 * });
 * export const where = pulumi.interpolate`${vm.cloud} ${vm.region} ${vm.instanceType}`;
 * export const monthly = vm.monthlyUsd;
 * ```
 */
export class MultiCloudVm extends pulumi.ComponentResource {
  /** The placement decided for the unit, with its price, runner-ups and assumptions. */
  readonly placement: Placement;
  /** Target the machine was placed on. */
  readonly cloud: pulumi.Output<Cloud>;
  /** Region (`cluster` on Kubernetes). */
  readonly region: pulumi.Output<string>;
  /** Instance type (`pod` on Kubernetes). */
  readonly instanceType: pulumi.Output<string>;
  /** List price per hour of the instance and its boot disk (and the Azure public IP when asked), USD. */
  readonly hourlyUsd: pulumi.Output<number>;
  /** The same, for 730 hours a month. */
  readonly monthlyUsd: pulumi.Output<number>;
  /** Private address (the Service's cluster IP on Kubernetes; undefined there without ingress). */
  readonly privateIp: pulumi.Output<string | undefined>;
  /** Public address, when `publicIp` was asked. */
  readonly publicIp?: pulumi.Output<string | undefined>;
  /** The AWS children, when placed on AWS. */
  readonly aws?: AwsVmResources;
  /** The Azure children, when placed on Azure. */
  readonly azure?: AzureVmResources;
  /** The GCP children, when placed on GCP. */
  readonly gcp?: GcpVmResources;
  /** The Kubernetes children, when placed on Kubernetes. */
  readonly kubernetes?: KubernetesVmResources;

  constructor(name: string, args: MultiCloudVmArgs, opts: pulumi.ComponentResourceOptions = {}) {
    // Everything is checked and placed before the component or any child is registered.
    const checked = checkArgs(args);
    const placement = spotPriced(placeVm(lockKey(name, opts.parent), args, checked), checked);
    const cloud = placement.cloud;
    const plan: VmPlan = {
      name,
      args,
      placement,
      unit: placement.unit,
      ...(cloud === "kubernetes"
        ? {}
        : { instanceType: leptonConfig().catalog.instanceType(cloud, placement.instanceType) }),
      ingress: checked.ingress,
      alarms: checked.alarms,
      ...(checked.spot ? { spot: checked.spot } : {}),
      publicIp: args.publicIp ?? false,
      adminUsername: args.adminUsername ?? "lepton",
      tags: childTags(
        cloud,
        { type: TYPE, name, parent: opts.parent },
        unitLabel(placement.unit),
        args.expectedUtilization === undefined
          ? {}
          : { [TAGS.expectedUtilization]: String(args.expectedUtilization) },
        args.tags,
      ),
    };
    const backend = BACKENDS[cloud] as VmBackend<unknown>;
    // The children's names and the user's tags as this cloud takes them, or an error now.
    const names = backend.names(plan);
    const tags = checkTags(cloud, args.tags ?? {}, "tags");
    throwIfIssues(
      [...placedIssues(args, placement), ...backend.check(plan), ...names.issues, ...tags.issues],
      "MultiCloudVm args",
    );
    throwIfIssues(claimChildNames(name, names.claims), "MultiCloudVm args");
    const cost = vmCost(placement, plan.publicIp, leptonConfig().catalog);

    // The engine and the policy pack see the plain arguments and where the unit landed (rules
    // rightsize from `unit`, `placement` and `expectedUtilization`); providers and transforms
    // stay out (resources, functions).
    const { providers: _providers, transform: _transform, ...plainArgs } = args;
    super(
      TYPE,
      name,
      {
        ...plainArgs,
        placed: { cloud, region: placement.region, instanceType: placement.instanceType },
        ...normalizedInput([...names.normalized, ...tags.normalized]),
      },
      opts,
    );
    this.placement = placement;
    reportCost(this, {
      componentType: TYPE,
      name,
      cloud,
      region: placement.region,
      monthlyUsd: cost.monthlyUsd,
      unit: placement.unit,
      count: 1,
      instanceType: placement.instanceType,
      ...(checked.spot ? { spotMonthlyUsd: monthly(placement.instanceHourlyUsd) } : {}),
    });

    const provider = args.providers?.[cloud];
    const built: VmBuild<unknown> = backend.build(
      plan,
      this,
      provider ? { parent: this, provider } : { parent: this },
    );
    if (cloud === "aws") this.aws = built.resources as AwsVmResources;
    else if (cloud === "azure") this.azure = built.resources as AzureVmResources;
    else if (cloud === "gcp") this.gcp = built.resources as GcpVmResources;
    else this.kubernetes = built.resources as KubernetesVmResources;
    this.cloud = pulumi.output(cloud);
    this.region = pulumi.output(placement.region);
    this.instanceType = pulumi.output(placement.instanceType);
    this.hourlyUsd = pulumi.output(cost.hourlyUsd);
    this.monthlyUsd = pulumi.output(cost.monthlyUsd);
    this.privateIp = built.privateIp;
    if (built.publicIp) this.publicIp = built.publicIp;
    this.registerOutputs({
      cloud: this.cloud,
      region: this.region,
      instanceType: this.instanceType,
      hourlyUsd: this.hourlyUsd,
      monthlyUsd: this.monthlyUsd,
      privateIp: this.privateIp,
      ...(this.publicIp ? { publicIp: this.publicIp } : {}),
    });
  }
}

const profileCatalogs = new WeakMap<Catalog, Map<string, Catalog>>();

/** The catalog with a cluster's own price profile, built once per distinct profile. */
function withProfile(catalog: Catalog, profile: MultiCloudVmKubernetesArgs["profile"]): Catalog {
  if (!profile) return catalog;
  let byProfile = profileCatalogs.get(catalog);
  if (!byProfile) profileCatalogs.set(catalog, (byProfile = new Map()));
  const key = JSON.stringify(profile);
  let derived = byProfile.get(key);
  if (!derived) {
    derived = catalog.withOverrides({
      kubernetes: { ...profile, derivation: "the cluster's own profile (kubernetes.profile)" },
    });
    byProfile.set(key, derived);
  }
  return derived;
}

/**
 * Places the machine: on Kubernetes with the cluster's profile; elsewhere under the stack's
 * placement lock (`key`), else with the stack's defaults.
 */
function placeVm(key: string, args: MultiCloudVmArgs, checked: CheckedArgs): Placement {
  let placement: Placement;
  try {
    // A spot machine is placed by spot price (unless the user ranks otherwise), among offers with one.
    const constraints: PlacementArgs | undefined =
      checked.spot && args.placement?.priceBy === undefined
        ? { ...args.placement, priceBy: "spot" }
        : args.placement;
    placement =
      args.placement?.cloud === "kubernetes"
        ? place(args.unit, args.placement, withProfile(leptonConfig().catalog, args.kubernetes?.profile))
        : placeMachineUnderLock(
            key,
            "MultiCloudVm",
            args.unit,
            constraints ?? {},
            () => placeForComponent(args.unit, constraints).placement,
          );
  } catch (e) {
    if (e instanceof PlacementError && e.constraint === "placement.priceBy") throw noSpot(e);
    // The sdk's findings and the component's own go out together, in one error.
    if (e instanceof ValidationError)
      throw new ValidationError([...checked.issues, ...e.issues], "MultiCloudVm args");
    throwIfIssues(checked.issues, "MultiCloudVm args");
    throw e;
  }
  throwIfIssues(checked.issues, "MultiCloudVm args");
  return placement;
}

/** A spot machine where the catalog has no spot price: the error names `capacity` and the fix. */
function noSpot(e: Error): LeptonError {
  return new LeptonError(
    `capacity: "spot" is not valid here: ${e.message.replace(/^no placement for /, "no spot placement for ")}; use capacity "onDemand", or place the machine where the catalog has spot prices`,
  );
}

/**
 * A spot machine's placement at the spot price: placement already ranked by it, but a locked or
 * pinned type is placed as written and re-priced here.
 */
function spotPriced(placement: Placement, checked: CheckedArgs): Placement {
  if (!checked.spot) return placement;
  try {
    return atSpotPrice(placement, leptonConfig().catalog);
  } catch (e) {
    if (e instanceof PlacementError) throw noSpot(e);
    throw e;
  }
}

/** Problems only visible once the target is known, common to every target. */
function placedIssues(args: MultiCloudVmArgs, placement: Placement): Issue[] {
  const cloud = placement.cloud;
  if (cloud === "kubernetes" || !args.network?.[cloud]) return [];
  // An existing network lives in one region: the machine must not be placed in another.
  const pinned = args.placement?.region ?? providerRegions()[cloud];
  if (pinned === placement.region) return [];
  return [
    {
      path: `network.${cloud}`,
      value: args.network[cloud],
      problem: `is an existing network, but placement chose ${cloud} region ${placement.region} freely`,
      expected: `pin placement.region to the network's region (or configure the ${cloud} provider's region), or leave network.${cloud} out`,
    },
  ];
}
