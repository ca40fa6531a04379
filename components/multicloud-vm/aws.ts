import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { AWS_SG_DESCRIPTION, checkChildNames } from "../../sdk/names";
import { awsCpuAlarmArgs } from "../shared/alarms";
import { awsAmiId } from "../shared/images";
import { awsIngressRules } from "../shared/ingress";
import { child, type Transform } from "../shared/transform";
import { VmBackend, VmPlan } from "./backend";

/** Transforms of the AWS children. */
export interface AwsVmTransforms {
  /** Edits the args of the securityGroup child. @default none */
  securityGroup?: Transform<aws.ec2.SecurityGroupArgs>;
  /** Applied to each ingress rule (one per port and source range). @default none */
  ingressRule?: Transform<aws.vpc.SecurityGroupIngressRuleArgs>;
  /** Edits the args of the egressRule child. @default none */
  egressRule?: Transform<aws.vpc.SecurityGroupEgressRuleArgs>;
  /** Edits the args of the keyPair child. @default none */
  keyPair?: Transform<aws.ec2.KeyPairArgs>;
  /** Edits the args of the instance child. @default none */
  instance?: Transform<aws.ec2.InstanceArgs>;
  /** Applied to both CPU alarms. @default none */
  alarm?: Transform<aws.cloudwatch.MetricAlarmArgs>;
}

/** The AWS children of a MultiCloudVm. */
export interface AwsVmResources {
  instance: aws.ec2.Instance;
  securityGroup: aws.ec2.SecurityGroup;
  ingressRules: aws.vpc.SecurityGroupIngressRule[];
  egressRule: aws.vpc.SecurityGroupEgressRule;
  keyPair?: aws.ec2.KeyPair;
  alarms: aws.cloudwatch.MetricAlarm[];
}

/**
 * An EC2 instance in the placed region (every child sets the v7 per-resource `region`, so one
 * program places machines in several regions with one provider). The AMI is the newest of the
 * image family for the arch; later AMI releases do not replace a running instance.
 */
/** The security group's description, which carries the component's name. */
const sgDescription = (name: string) => `MultiCloudVm ${name}: only the requested ingress`;

export const awsBackend: VmBackend<AwsVmResources> = {
  check(): Issue[] {
    return [];
  },

  // Names are used as given: the security group's (and its description's) rules are the tightest.
  names: ({ name, args, alarms }) => ({
    issues: checkChildNames(name, [
      { type: "aws:ec2/securityGroup:SecurityGroup", name: `${name}-sg` },
      { rule: AWS_SG_DESCRIPTION, name: sgDescription(name), explicit: true },
      ...(args.sshPublicKey === undefined ? [] : [{ type: "aws:ec2/keyPair:KeyPair", name: `${name}-key` }]),
      ...alarms.map((a) => ({
        type: "aws:cloudwatch/metricAlarm:MetricAlarm",
        name: `${name}-cpu-${a.kind}`,
      })),
    ]),
    normalized: [],
    claims: [],
  }),

  build(plan: VmPlan, parent, opts) {
    const { name, args, placement, unit, tags } = plan;
    const region = placement.region;
    const t = args.transform?.aws;
    const network = args.network?.aws;

    const securityGroup = child(
      aws.ec2.SecurityGroup,
      `${name}-sg`,
      {
        region,
        description: sgDescription(name),
        // No vpcId: the region's default VPC, where the instance lands without a subnet.
        ...(network ? { vpcId: network.vpcId } : {}),
        tags,
      },
      opts,
      t?.securityGroup,
    );
    const ingressRules = awsIngressRules(plan.ingress).map((rule, i) =>
      child(
        aws.vpc.SecurityGroupIngressRule,
        `${name}-in-${i}`,
        { region, securityGroupId: securityGroup.id, ...rule, tags },
        opts,
        t?.ingressRule,
      ),
    );
    // Terraform-managed groups start without AWS's allow-all egress: updates and packages need it.
    const egressRule = child(
      aws.vpc.SecurityGroupEgressRule,
      `${name}-out`,
      {
        region,
        securityGroupId: securityGroup.id,
        ipProtocol: "-1",
        cidrIpv4: "0.0.0.0/0",
        description: "outbound to anywhere (package updates)",
        tags,
      },
      opts,
      t?.egressRule,
    );
    const keyPair =
      args.sshPublicKey === undefined
        ? undefined
        : child(
            aws.ec2.KeyPair,
            `${name}-key`,
            { region, publicKey: args.sshPublicKey, tags },
            opts,
            t?.keyPair,
          );

    const provider = opts.provider ?? parent.getProvider("aws::");
    const instance = child(
      aws.ec2.Instance,
      `${name}-vm`,
      {
        region,
        ami: awsAmiId(unit.image, unit.arch, region, provider),
        instanceType: placement.instanceType,
        ...(network ? { subnetId: pulumi.output(network.subnetIds).apply((ids) => ids[0]) } : {}),
        vpcSecurityGroupIds: [securityGroup.id],
        associatePublicIpAddress: plan.publicIp,
        ...(keyPair ? { keyName: keyPair.keyName } : {}),
        ...(args.userData === undefined ? {} : { userData: args.userData }),
        metadataOptions: { httpTokens: "required", httpEndpoint: "enabled", httpPutResponseHopLimit: 1 },
        // Spot: "stop" keeps the instance and its volume through an interruption, which AWS
        // allows only for a persistent request; "delete" terminates it (one-time request).
        ...(plan.spot
          ? {
              instanceMarketOptions: {
                marketType: "spot",
                spotOptions:
                  plan.spot.onInterruption === "stop"
                    ? { instanceInterruptionBehavior: "stop", spotInstanceType: "persistent" }
                    : { instanceInterruptionBehavior: "terminate", spotInstanceType: "one-time" },
              },
            }
          : {}),
        rootBlockDevice: {
          volumeType: "gp3",
          volumeSize: unit.diskGiB,
          encrypted: true,
          deleteOnTermination: true,
          tags,
        },
        // Unlimited CPU credits would bill beyond the list price the placement chose.
        ...(plan.instanceType?.category === "burstable"
          ? { creditSpecification: { cpuCredits: "standard" } }
          : {}),
        tags: { Name: name, ...tags },
      },
      { ...opts, ignoreChanges: ["ami"] },
      t?.instance,
    );
    const alarms = plan.alarms.map((alarm) =>
      child(
        aws.cloudwatch.MetricAlarm,
        `${name}-cpu-${alarm.kind}`,
        awsCpuAlarmArgs(alarm, { InstanceId: instance.id }, region, tags),
        opts,
        t?.alarm,
      ),
    );
    return {
      privateIp: instance.privateIp,
      ...(plan.publicIp ? { publicIp: instance.publicIp as pulumi.Output<string | undefined> } : {}),
      resources: {
        instance,
        securityGroup,
        ingressRules,
        egressRule,
        ...(keyPair ? { keyPair } : {}),
        alarms,
      },
    };
  },
};
