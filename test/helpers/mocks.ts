import * as pulumi from "@pulumi/pulumi";

/** A resource registered under the mocks, as the engine would have received it. */
export interface Recorded {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider?: string;
  custom: boolean;
}

/** An invoke (data source call) made under the mocks. */
export interface RecordedInvoke {
  token: string;
  inputs: Record<string, unknown>;
}

/** Every invoke made since the mocks were installed, in order (look-ups a component should cache show here once). */
export const invokes: RecordedInvoke[] = [];

/** Answers to the invokes components make (AMI look-ups, default VPC, zones …). */
function invoke(token: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (token) {
    case "aws:ec2/getAmi:getAmi":
      return { id: "ami-0abc1234", imageId: "ami-0abc1234", architecture: "x86_64", name: "mock" };
    case "aws:ec2/getVpc:getVpc":
      return { id: "vpc-0default", cidrBlock: "172.31.0.0/16" };
    case "aws:ec2/getSubnets:getSubnets":
      return { ids: ["subnet-a", "subnet-b", "subnet-c"] };
    case "aws:index/getAvailabilityZones:getAvailabilityZones":
      return {
        names: ["us-east-1a", "us-east-1b", "us-east-1c"],
        zoneIds: ["use1-az1", "use1-az2", "use1-az3"],
      };
    case "azure-native:authorization:getClientConfig":
      return {
        subscriptionId: "00000000-0000-0000-0000-000000000000",
        tenantId: "11111111-1111-1111-1111-111111111111",
        clientId: "22222222-2222-2222-2222-222222222222",
        objectId: "33333333-3333-3333-3333-333333333333",
      };
    case "aws:route53/getZone:getZone":
      return { zoneId: "Z0LOOKEDUP", name: inputs.name, id: "Z0LOOKEDUP" };
    case "gcp:compute/getZones:getZones":
      return { names: [`${inputs.region ?? "us-central1"}-a`, `${inputs.region ?? "us-central1"}-b`] };
    default:
      return {};
  }
}

/** Outputs the clouds compute (addresses, numeric ids), so components can pass them on under the mocks. */
function outputsOf(type: string, inputs: Record<string, unknown>, name = ""): Record<string, unknown> {
  switch (type) {
    case "aws:s3/bucket:Bucket": {
      const bucket = (inputs.bucket as string | undefined) ?? `${name}-0abc123`;
      return {
        bucket,
        arn: `arn:aws:s3:::${bucket}`,
        bucketRegionalDomainName: `${bucket}.s3.${inputs.region ?? "us-east-1"}.amazonaws.com`,
      };
    }
    case "azure-native:storage:StorageAccount": {
      const account = (inputs.accountName as string | undefined) ?? `${name}0abc123`;
      return { name: account, primaryEndpoints: { blob: `https://${account}.blob.core.windows.net/` } };
    }
    case "azure-native:storage:BlobContainer":
      return { name: inputs.containerName ?? name };
    case "gcp:storage/bucket:Bucket":
      return { name: inputs.name ?? `${name}-0abc123` };
    case "gcp:compute/instance:Instance": {
      const nics = (inputs.networkInterfaces as Record<string, unknown>[] | undefined) ?? [];
      return {
        instanceId: "4242424242424242",
        networkInterfaces: nics.map((n, i) => ({
          ...n,
          networkIp: `10.0.0.${10 + i}`,
          ...(Array.isArray(n.accessConfigs)
            ? { accessConfigs: n.accessConfigs.map((a) => ({ ...(a as object), natIp: "203.0.113.10" })) }
            : {}),
        })),
      };
    }
    case "azure-native:network:NetworkInterface": {
      const configs = (inputs.ipConfigurations as Record<string, unknown>[] | undefined) ?? [];
      return { ipConfigurations: configs.map((c) => ({ ...c, privateIPAddress: "10.0.0.4" })) };
    }
    case "aws:ec2/instance:Instance":
      // EC2 gives an instance a public IPv4 address only when asked to.
      return {
        privateIp: "10.0.0.10",
        ...(inputs.associatePublicIpAddress === true ? { publicIp: "203.0.113.5" } : {}),
      };
    case "aws:ec2/keyPair:KeyPair":
      // The provider names key pairs after the resource when no name is given.
      return { keyName: inputs.keyName ?? "autonamed-key" };
    case "azure-native:network:PublicIPAddress":
      return { ipAddress: "203.0.113.20" };
    case "kubernetes:core/v1:Service": {
      const spec = (inputs.spec ?? {}) as Record<string, unknown>;
      return {
        spec: { ...spec, clusterIP: "10.96.0.20" },
        ...(spec.type === "LoadBalancer"
          ? { status: { loadBalancer: { ingress: [{ ip: "203.0.113.40" }] } } }
          : {}),
      };
    }
    case "aws:lb/loadBalancer:LoadBalancer": {
      const region = inputs.region ?? "us-east-1";
      return {
        arn: `arn:aws:elasticloadbalancing:${region}:123456789012:loadbalancer/${name}`,
        dnsName: `${name}-1234567890.${region}.elb.amazonaws.com`,
        zoneId: "Z35SXDOTRQ7X7K",
      };
    }
    case "aws:lb/targetGroup:TargetGroup":
      return {
        arn: `arn:aws:elasticloadbalancing:${inputs.region ?? "us-east-1"}:123456789012:targetgroup/${name}`,
      };
    case "aws:ec2/launchTemplate:LaunchTemplate":
      return { latestVersion: 1 };
    case "aws:autoscaling/group:Group":
      return { name: inputs.name ?? name };
    case "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate":
      return {
        selfLink: `https://www.googleapis.com/compute/v1/projects/p/regions/${inputs.region}/instanceTemplates/${name}`,
      };
    case "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager":
      return {
        instanceGroup: `https://www.googleapis.com/compute/v1/projects/p/regions/${inputs.region}/instanceGroups/${name}`,
      };
    case "gcp:compute/forwardingRule:ForwardingRule":
      return { ipAddress: "203.0.113.30" };
    case "azure-native:trafficmanager:Profile": {
      const dnsConfig = (inputs.dnsConfig ?? {}) as Record<string, unknown>;
      return { dnsConfig: { ...dnsConfig, fqdn: `${dnsConfig.relativeName}.trafficmanager.net` } };
    }
    default:
      return {};
  }
}

/** The mock monitor's request and URN methods the transform harness needs. */
interface MockMonitorInternals {
  registerResource(req: { getParent(): string; getType(): string; getName(): string }, cb: unknown): unknown;
  newUrn(parent: string, type: string, name: string): string;
}

/**
 * Installs Pulumi mocks that record every registered resource (components included) and returns
 * the record. Call before importing or constructing the code under test; `config` is stack config
 * such as `{ "aws:region": "us-east-1" }`.
 *
 * With `applyTransforms`, the mocks do what the engine does and the mock monitor does not: each
 * resource's inputs go through its own `transforms`, then those of its parent, up to the root,
 * awaited in that order, before the resource is recorded (and its URN resolves).
 */
export function installMocks(
  config: Record<string, string> = {},
  options: { preview?: boolean; applyTransforms?: boolean } = {},
): Recorded[] {
  const recorded: Recorded[] = [];
  // Per URN: its parent's URN and its own transforms, so a child can walk up the chain.
  const tree = new Map<string, { parent: string; transforms: pulumi.ResourceTransform[] }>();
  let registering: { urn: string; parent: string } | undefined;
  const transformed = async (
    at: { urn: string; parent: string },
    args: pulumi.runtime.MockResourceArgs,
  ): Promise<Record<string, unknown>> => {
    tree.set(at.urn, { parent: at.parent, transforms: args.transforms ?? [] });
    let props = args.inputs;
    let opts: pulumi.ResourceOptions = {
      ...(at.parent ? { parent: new pulumi.DependencyResource(at.parent) } : {}),
      ...(args.provider ? { provider: new pulumi.DependencyProviderResource(args.provider) } : {}),
    };
    for (let urn: string | undefined = at.urn; urn; urn = tree.get(urn)?.parent) {
      for (const transform of tree.get(urn)?.transforms ?? []) {
        const result = await transform({
          custom: args.custom ?? true,
          type: args.type,
          name: args.name,
          props,
          opts,
        });
        if (result) {
          props = result.props;
          opts = result.opts ?? opts;
        }
      }
    }
    return props;
  };
  const record = (args: pulumi.runtime.MockResourceArgs, inputs: Record<string, unknown>) => {
    recorded.push({
      type: args.type,
      name: args.name,
      inputs,
      provider: args.provider,
      custom: args.custom ?? true,
    });
    return {
      id: `${args.name}-id`,
      state: {
        ...inputs,
        ...outputsOf(args.type, inputs, args.name),
      },
    };
  };
  pulumi.runtime.setAllConfig(config);
  void pulumi.runtime.setMocks(
    {
      newResource(args: pulumi.runtime.MockResourceArgs) {
        const at = registering;
        registering = undefined;
        if (!options.applyTransforms || !at) return record(args, args.inputs);
        return transformed(at, args).then((inputs) => record(args, inputs));
      },
      call(args: pulumi.runtime.MockCallArgs) {
        invokes.push({ token: args.token, inputs: args.inputs });
        return invoke(args.token, args.inputs);
      },
    },
    "lepton-test",
    "test",
    options.preview ?? false,
  );
  if (options.applyTransforms) {
    // The mock monitor calls newResource synchronously from registerResource, and only the
    // request knows the parent: note it (and the URN the monitor will give) just before.
    const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitorInternals;
    const register = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => {
      registering = {
        urn: monitor.newUrn(req.getParent(), req.getType(), req.getName()),
        parent: req.getParent(),
      };
      return register(req, cb);
    };
  }
  return recorded;
}

/** The value of an Output (mocks resolve known values; unknown ones never resolve, so don't await those). */
export function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

/** Waits until the resources registered so far have reached the mock monitor. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}

/** The recorded resources of one type. */
export function ofType(recorded: Recorded[], type: string): Recorded[] {
  return recorded.filter((r) => r.type === type);
}

/** Waits until no more registrations arrive (children wait on their parents' ids). */
export async function settleAll(recorded: readonly unknown[]): Promise<void> {
  let seen = -1;
  while (seen !== recorded.length) {
    seen = recorded.length;
    await settle();
    await new Promise((r) => setTimeout(r, 5));
  }
}
