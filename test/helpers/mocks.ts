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
    case "gcp:compute/getZones:getZones":
      return { names: [`${inputs.region ?? "us-central1"}-a`, `${inputs.region ?? "us-central1"}-b`] };
    default:
      return {};
  }
}

/** Outputs the clouds compute (addresses, numeric ids), so components can pass them on under the mocks. */
function outputsOf(type: string, inputs: Record<string, unknown>): Record<string, unknown> {
  switch (type) {
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
    case "azure-native:network:PublicIPAddress":
      return { ipAddress: "203.0.113.20" };
    case "kubernetes:core/v1:Service":
      return { spec: { ...(inputs.spec as object), clusterIP: "10.96.0.20" } };
    default:
      return {};
  }
}

/**
 * Installs Pulumi mocks that record every registered resource (components included) and returns
 * the record. Call before importing or constructing the code under test; `config` is stack config
 * such as `{ "aws:region": "us-east-1" }`.
 */
export function installMocks(
  config: Record<string, string> = {},
  options: { preview?: boolean } = {},
): Recorded[] {
  const recorded: Recorded[] = [];
  pulumi.runtime.setAllConfig(config);
  void pulumi.runtime.setMocks(
    {
      newResource(args: pulumi.runtime.MockResourceArgs) {
        recorded.push({
          type: args.type,
          name: args.name,
          inputs: args.inputs,
          provider: args.provider,
          custom: args.custom ?? true,
        });
        return {
          id: `${args.name}-id`,
          state: {
            ...args.inputs,
            ...(args.type === "aws:ec2/instance:Instance" ? { privateIp: "10.0.0.10" } : {}),
            ...outputsOf(args.type, args.inputs),
          },
        };
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
