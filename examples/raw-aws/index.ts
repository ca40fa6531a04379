// A plain Pulumi program: one web server on EC2 with its data volume, in the default VPC.
// `lepton-mc plan examples/raw-aws` prices it and runs the policy pack without credentials.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const instanceType = config.get("instanceType") ?? "t3.large";

const ami = aws.ec2.getAmiOutput({
  mostRecent: true,
  owners: ["099720109477"],
  filters: [{ name: "name", values: ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"] }],
});
const vpc = aws.ec2.getVpcOutput({ default: true });

const web = new aws.ec2.SecurityGroup("web", {
  vpcId: vpc.id,
  description: "HTTPS in, anything out",
  ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
  egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
  tags: { owner: "storefront", "cost-center": "cc-101" },
});

const server = new aws.ec2.Instance("web", {
  ami: ami.id,
  instanceType,
  vpcSecurityGroupIds: [web.id],
  metadataOptions: { httpTokens: "required" },
  rootBlockDevice: { volumeSize: 30, volumeType: "gp3", encrypted: true },
  tags: { Name: "web", owner: "storefront", "cost-center": "cc-101" },
});

const data = new aws.ebs.Volume("web-data", {
  availabilityZone: server.availabilityZone,
  size: 100,
  type: "gp3",
  encrypted: true,
  tags: { owner: "storefront", "cost-center": "cc-101" },
});

new aws.ec2.VolumeAttachment("web-data", {
  instanceId: server.id,
  volumeId: data.id,
  deviceName: "/dev/sdf",
});

export const serverId = server.id;
export const amiId = ami.id;
