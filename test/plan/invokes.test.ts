import { describe, expect, it } from "vitest";
import { answerInvoke } from "../../cli/plan/mocks";

const aws = { region: "us-east-1", config: {} };

describe("plan mocks: look-ups shaped as the providers return them", () => {
  it("answers the ECS- and EKS-optimized AMI parameters with their JSON documents, and image_id with the AMI", () => {
    const ecs = answerInvoke(
      "aws:ssm/getParameter:getParameter",
      { name: "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended" },
      aws,
    )!;
    const doc = JSON.parse(ecs.value as string) as Record<string, unknown>;
    expect(doc.image_id).toMatch(/^ami-0[0-9a-f]{16}$/);
    expect(doc).toHaveProperty("ecs_agent_version");
    const id = answerInvoke(
      "aws:ssm/getParameter:getParameter",
      { name: "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id" },
      aws,
    )!;
    expect(id.value).toBe(doc.image_id);
    const eks = answerInvoke(
      "aws:ssm/getParameter:getParameter",
      { name: "/aws/service/eks/optimized-ami/1.30/amazon-linux-2/recommended" },
      aws,
    )!;
    expect(JSON.parse(eks.value as string)).toHaveProperty("release_version");
    const bottlerocket = answerInvoke(
      "aws:ssm/getParameter:getParameter",
      { name: "/aws/service/bottlerocket/aws-k8s-1.30/x86_64/latest/image_id" },
      aws,
    )!;
    expect(bottlerocket.value).toMatch(/^ami-/);
    expect(answerInvoke("aws:ssm/getParameter:getParameter", { name: "/app/db-host" }, aws)!.value).toBe(
      "lepton-plan-parameter",
    );
  });

  it("renders IAM policy documents as IAM JSON", () => {
    const r = answerInvoke(
      "aws:iam/getPolicyDocument:getPolicyDocument",
      {
        statements: [
          {
            actions: ["sts:AssumeRole"],
            principals: [{ type: "Service", identifiers: ["ecs-tasks.amazonaws.com"] }],
          },
          {
            sid: "Read",
            actions: ["s3:GetObject", "s3:ListBucket"],
            resources: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
            conditions: [{ test: "Bool", variable: "aws:SecureTransport", values: ["true"] }],
          },
        ],
      },
      aws,
    )!;
    expect(JSON.parse(r.json as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: "ecs-tasks.amazonaws.com" } },
        {
          Sid: "Read",
          Effect: "Allow",
          Action: ["s3:GetObject", "s3:ListBucket"],
          Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
          Condition: { Bool: { "aws:SecureTransport": "true" } },
        },
      ],
    });
    expect(r.minifiedJson).toBe(JSON.stringify(JSON.parse(r.json as string)));
  });

  it("answers zones, the region, the caller, awsx's default VPC and Azure/GCP client look-ups", () => {
    const zones = answerInvoke(
      "aws:index/getAvailabilityZones:getAvailabilityZones",
      {},
      { region: "eu-west-1", config: {} },
    )!;
    expect(zones.names).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    expect((zones.zoneIds as string[]).length).toBe(3);
    expect(answerInvoke("aws:index/getRegion:getRegion", {}, aws)).toMatchObject({ name: "us-east-1" });
    expect(answerInvoke("aws:index/getCallerIdentity:getCallerIdentity", {}, aws)).toMatchObject({
      accountId: "123456789012",
    });
    const vpc = answerInvoke("awsx:ec2:getDefaultVpc", {}, aws)!;
    expect(vpc.vpcId).toMatch(/^vpc-/);
    expect((vpc.publicSubnetIds as string[]).length).toBe(3);
    expect(answerInvoke("azure-native:authorization:getClientConfig", {}, { config: {} })).toHaveProperty(
      "tenantId",
    );
    expect(
      answerInvoke("gcp:compute/getZones:getZones", {}, { region: "europe-west1", config: {} })?.names,
    ).toEqual(["europe-west1-a", "europe-west1-b", "europe-west1-c"]);
    expect(
      answerInvoke("gcp:container/getEngineVersions:getEngineVersions", {}, { config: {} })
        ?.latestMasterVersion,
    ).toMatch(/^1\.\d+\.\d+-gke\./);
  });

  it("decodes Kubernetes YAML; what Helm and kustomize render is unknown (their tools do not run offline)", () => {
    const r = answerInvoke(
      "kubernetes:yaml:decode",
      { text: "kind: A\n---\n---\nkind: B\n" },
      { config: {} },
    )!;
    expect(r.result).toEqual([{ kind: "A" }, { kind: "B" }]);
    expect(() => answerInvoke("kubernetes:yaml:decode", { text: "a: [1" }, { config: {} })).toThrow(
      /kubernetes:yaml:decode/,
    );
    // The engine's unknown-value sentinel: the SDK reads it as an unknown output during a preview.
    for (const token of ["kubernetes:helm:template", "kubernetes:kustomize:directory"])
      expect(answerInvoke(token, { jsonOpts: "{}" }, { config: {} })).toEqual({
        result: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
      });
  });
});
