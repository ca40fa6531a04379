import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Arch, ImageFamily } from "../../sdk/units/compute";

/**
 * Where each image family comes from on each target, per CPU architecture. Only publishers' own
 * images: Canonical for Ubuntu, the Debian cloud team for Debian, and the official Docker Hub
 * images on Kubernetes.
 */

/** An AMI search: the publisher's account and a name pattern that matches only its server images. */
export interface AwsImageQuery {
  owners: string[];
  namePattern: string;
  /** EC2's spelling of the architecture (`x86_64`, `arm64`). */
  architecture: Arch;
}

const CANONICAL = "099720109477";
const DEBIAN = "136693071363";

/** The AMI search for an image family and architecture (Canonical's and Debian's official AMIs). */
export function awsImageQuery(family: ImageFamily, arch: Arch): AwsImageQuery {
  const deb = arch === "arm64" ? "arm64" : "amd64";
  // Canonical publishes under hvm-ssd and hvm-ssd-gp3 depending on the release: match both.
  const ubuntu = (codename: string, version: string) =>
    `ubuntu/images/hvm-ssd*/ubuntu-${codename}-${version}-${deb}-server-*`;
  switch (family) {
    case "ubuntu-22.04":
      return { owners: [CANONICAL], namePattern: ubuntu("jammy", "22.04"), architecture: arch };
    case "ubuntu-24.04":
      return { owners: [CANONICAL], namePattern: ubuntu("noble", "24.04"), architecture: arch };
    case "debian-12":
      return { owners: [DEBIAN], namePattern: `debian-12-${deb}-*`, architecture: arch };
  }
}

const amiCache = new WeakMap<object, Map<string, pulumi.Output<string>>>();
const DEFAULT_PROVIDER = {};

/**
 * The newest AMI of an image family for an architecture in a region, looked up once per provider,
 * region, family and architecture in a program (many machines share one invoke).
 * @param provider the provider the look-up runs with; undefined for the default provider.
 */
export function awsAmiId(
  family: ImageFamily,
  arch: Arch,
  region: string,
  provider: pulumi.ProviderResource | undefined,
): pulumi.Output<string> {
  let byKey = amiCache.get(provider ?? DEFAULT_PROVIDER);
  if (!byKey) {
    byKey = new Map();
    amiCache.set(provider ?? DEFAULT_PROVIDER, byKey);
  }
  const key = `${region}/${family}/${arch}`;
  let id = byKey.get(key);
  if (!id) {
    const q = awsImageQuery(family, arch);
    id = aws.ec2
      .getAmiOutput(
        {
          region,
          mostRecent: true,
          owners: q.owners,
          filters: [
            { name: "name", values: [q.namePattern] },
            { name: "architecture", values: [q.architecture] },
            { name: "virtualization-type", values: ["hvm"] },
            { name: "root-device-type", values: ["ebs"] },
          ],
        },
        provider ? { provider } : {},
      )
      .apply((ami) => ami.id);
    byKey.set(key, id);
  }
  return id;
}

/** An Azure Marketplace image (publisher, offer, SKU), always the latest version. */
export interface AzureImageReference {
  publisher: string;
  offer: string;
  sku: string;
  version: string;
}

/** Generation 2 images on x86 (needed for Trusted Launch); Arm64 images are generation 2 only. */
export function azureImageReference(family: ImageFamily, arch: Arch): AzureImageReference {
  const arm = arch === "arm64";
  switch (family) {
    case "ubuntu-22.04":
      return {
        publisher: "Canonical",
        offer: "0001-com-ubuntu-server-jammy",
        sku: arm ? "22_04-lts-arm64" : "22_04-lts-gen2",
        version: "latest",
      };
    case "ubuntu-24.04":
      return {
        publisher: "Canonical",
        offer: "ubuntu-24_04-lts",
        sku: arm ? "server-arm64" : "server",
        version: "latest",
      };
    case "debian-12":
      return {
        publisher: "Debian",
        offer: "debian-12",
        sku: arm ? "12-arm64" : "12-gen2",
        version: "latest",
      };
  }
}

/**
 * The GCP image family path (`projects/<project>/global/images/family/<family>`); the instance is
 * created from the family's newest image.
 */
export function gcpImage(family: ImageFamily, arch: Arch): string {
  const arm = arch === "arm64";
  switch (family) {
    case "ubuntu-22.04":
      return `projects/ubuntu-os-cloud/global/images/family/ubuntu-2204-lts${arm ? "-arm64" : ""}`;
    case "ubuntu-24.04":
      return `projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-${arm ? "arm64" : "amd64"}`;
    case "debian-12":
      return `projects/debian-cloud/global/images/family/debian-12${arm ? "-arm64" : ""}`;
  }
}

/** Whether the family's GCP images run cloud-init (Debian's use Google's guest agent instead). */
export function gcpImageRunsCloudInit(family: ImageFamily): boolean {
  return family !== "debian-12";
}

/** The official multi-architecture container image of a family (Docker Hub library images). */
export function containerImage(family: ImageFamily): string {
  switch (family) {
    case "ubuntu-22.04":
      return "ubuntu:22.04";
    case "ubuntu-24.04":
      return "ubuntu:24.04";
    case "debian-12":
      return "debian:12";
  }
}
