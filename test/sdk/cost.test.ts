import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { parseQuantity } from "../../sdk/cost/kubernetes/quantity";
import { cloudOfType, priceResource } from "../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../sdk/cost/types";
import { priceNetworkUnit, priceStorageUnit, cheapestStorage } from "../../sdk/cost/unit-prices";

const catalog = defaultCatalog();
const ctx: PriceContext = { catalog };
const hourly = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
  catalog.offer(cloud, region, type)!.hourlyUsd;
const gbMonth = (
  cloud: "aws" | "azure" | "gcp",
  region: string,
  item: "disk.standard" | "disk.ssd" | "object.hot" | "object.cool" | "object.archive",
) => catalog.service(cloud, region, item)!.usd;

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("priceResource: AWS", () => {
  it("prices an instance with its root and EBS volumes, region from the provider", () => {
    const r = expectPriced(
      priceResource(
        "aws:ec2/instance:Instance",
        {
          instanceType: "m6i.large",
          rootBlockDevice: { volumeSize: 30, volumeType: "gp3" },
          ebsBlockDevices: [{ volumeSize: 100 }],
        },
        { ...ctx, region: "eu-west-1" },
      ),
    );
    const expected =
      hourly("aws", "eu-west-1", "m6i.large") + (gbMonth("aws", "eu-west-1", "disk.standard") * 130) / 730;
    expect(r.region).toBe("eu-west-1");
    expect(r.hourlyUsd).toBeCloseTo(expected, 6);
    expect(r.monthlyUsd).toBeCloseTo(expected * 730, 2);
    expect(r.assumptions.join(" ")).toContain("aws:region");
  });

  it("takes the region from the resource or its zone before the provider", () => {
    expect(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "t3.large", availabilityZone: "ap-south-1b" },
        { ...ctx, region: "us-east-1" },
      ).region,
    ).toBe("ap-south-1");
    expect(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "t3.large", region: "eu-west-2" },
        { ...ctx, region: "us-east-1" },
      ).region,
    ).toBe("eu-west-2");
  });

  it("says why when it cannot price", () => {
    const unknown = priceResource(
      "aws:ec2/instance:Instance",
      { instanceType: UNKNOWN },
      { ...ctx, region: "us-east-1" },
    );
    expect(unknown).toMatchObject({ priced: false, reason: "instanceType is unknown during preview" });
    expect(priceResource("aws:ec2/instance:Instance", { instanceType: "m5.large" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("aws:region"),
    });
    expect(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "z9.huge" },
        { ...ctx, region: "us-east-1" },
      ),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("not in the aws catalog"),
    });
    expect(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "g5.xlarge" },
        { ...ctx, region: "ap-southeast-1" },
      ),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("no price in ap-southeast-1"),
    });
  });

  it("prices an auto-scaling group from its launch template, with the capacity range", () => {
    const resolve = (ref: string) =>
      ref === "lt-1"
        ? { type: "aws:ec2/launchTemplate:LaunchTemplate", props: { instanceType: "c6i.large" } }
        : undefined;
    const r = expectPriced(
      priceResource(
        "aws:autoscaling/group:Group",
        { minSize: 2, maxSize: 6, desiredCapacity: 3, launchTemplate: { id: "lt-1" } },
        { ...ctx, region: "us-east-1", resolve },
      ),
    );
    const each = hourly("aws", "us-east-1", "c6i.large");
    expect(r.count).toBe(3);
    expect(r.hourlyUsd).toBeCloseTo(3 * each, 6);
    expect(r.range!.minMonthlyUsd).toBeCloseTo(2 * each * 730, 1);
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(6 * each * 730, 1);
    const tagged = priceResource(
      "aws:autoscaling/group:Group",
      { minSize: 1, maxSize: 1, tags: [{ key: "lepton:instance-type", value: "t3.large" }] },
      { ...ctx, region: "us-east-1" },
    );
    expect(tagged).toMatchObject({ priced: true, instanceType: "t3.large" });
    expect(
      priceResource(
        "aws:autoscaling/group:Group",
        { minSize: 1, launchTemplate: { id: UNKNOWN } },
        { ...ctx, region: "us-east-1" },
      ),
    ).toMatchObject({ priced: false });
  });

  it("prices volumes, load balancers and buckets", () => {
    expect(
      expectPriced(priceResource("aws:ebs/volume:Volume", { size: 100, availabilityZone: "us-east-1a" }, ctx))
        .monthlyUsd,
    ).toBeCloseTo(100 * gbMonth("aws", "us-east-1", "disk.standard"), 2);
    expect(
      expectPriced(priceResource("aws:lb/loadBalancer:LoadBalancer", {}, { ...ctx, region: "us-east-1" }))
        .monthlyUsd,
    ).toBeCloseTo(0.0225 * 730, 2);
    const bucket = expectPriced(
      priceResource(
        "aws:s3/bucketV2:BucketV2",
        { tags: { "lepton:expected-gb": "1000" } },
        { ...ctx, region: "us-east-1" },
      ),
    );
    expect(bucket.monthlyUsd).toBeCloseTo(1000 * 0.023, 2);
    const bare = expectPriced(priceResource("aws:s3/bucket:Bucket", {}, { ...ctx, region: "us-east-1" }));
    // No volume known: the GB stored is a usage charge listed with its unit price, not a silent 0 GB.
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage?.find((u) => u.key === "storageGb")).toMatchObject({
      usdPerUnit: 0.023,
      unit: "GB-month",
    });
    expect(bare.assumptions.join(" ")).toContain("GB stored not known: $0.023 per GB-month");
  });
});

describe("priceResource: Azure", () => {
  it("prices a VM with its OS disk from any spelling of the location", () => {
    const r = expectPriced(
      priceResource(
        "azure-native:compute:VirtualMachine",
        {
          location: "West Europe",
          hardwareProfile: { vmSize: "Standard_D2s_v5" },
          storageProfile: { osDisk: { diskSizeGB: 64, managedDisk: { storageAccountType: "Premium_LRS" } } },
        },
        ctx,
      ),
    );
    expect(r.region).toBe("westeurope");
    expect(r.hourlyUsd).toBeCloseTo(
      hourly("azure", "westeurope", "Standard_D2s_v5") +
        (64 * gbMonth("azure", "westeurope", "disk.ssd")) / 730,
      6,
    );
  });

  it("prices a scale set at its capacity and with the tagged range", () => {
    const r = expectPriced(
      priceResource(
        "azure-native:compute:VirtualMachineScaleSet",
        {
          location: "eastus",
          sku: { name: "Standard_F2s_v2", capacity: 4 },
          tags: { "lepton:capacity-min": "2", "lepton:capacity-max": "8" },
        },
        ctx,
      ),
    );
    expect(r.count).toBe(4);
    expect(r.range).toBeDefined();
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(2 * r.monthlyUsd, 0);
  });

  it("prices disks, storage accounts and a Standard load balancer's rules", () => {
    expect(
      expectPriced(
        priceResource(
          "azure-native:compute:Disk",
          { location: "eastus", diskSizeGB: 128, sku: { name: "StandardSSD_LRS" } },
          ctx,
        ),
      ).monthlyUsd,
    ).toBeCloseTo(128 * 0.075, 2);
    expect(
      expectPriced(
        priceResource(
          "azure-native:storage:StorageAccount",
          { location: "eastus", accessTier: "Cool", tags: { "lepton:expected-gb": "100" } },
          ctx,
        ),
      ).monthlyUsd,
    ).toBeCloseTo(1.15, 2);
    expect(
      priceResource(
        "azure-native:network:LoadBalancer",
        { location: "eastus", sku: { name: "Standard" }, loadBalancingRules: [{ name: "http" }] },
        ctx,
      ),
    ).toMatchObject({ priced: true, monthlyUsd: 7.3 });
  });
});

describe("priceResource: GCP", () => {
  it("prices an instance with accelerators the way GCP bills them", () => {
    const r = expectPriced(
      priceResource(
        "gcp:compute/instance:Instance",
        {
          machineType: "n1-standard-8",
          zone: "europe-west4-b",
          bootDisk: { initializeParams: { size: 50, type: "pd-ssd" } },
          guestAccelerators: [{ type: "nvidia-tesla-t4", count: 2 }],
        },
        ctx,
      ),
    );
    const t4 = catalog.accelerator("gcp", "europe-west4", "nvidia-tesla-t4")!.hourlyUsd;
    expect(r.region).toBe("europe-west4");
    expect(r.hourlyUsd).toBeCloseTo(
      hourly("gcp", "europe-west4", "n1-standard-8") + 2 * t4 + (50 * 0.17) / 730,
      6,
    );
  });

  it("prices managed instance groups and buckets; multi-regions say so", () => {
    const resolve = (ref: string) =>
      ref === "tmpl"
        ? { type: "gcp:compute/instanceTemplate:InstanceTemplate", props: { machineType: "e2-standard-4" } }
        : undefined;
    const r = expectPriced(
      priceResource(
        "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
        { region: "us-east1", targetSize: 3, versions: [{ instanceTemplate: "tmpl" }] },
        { ...ctx, resolve },
      ),
    );
    expect(r.hourlyUsd).toBeCloseTo(3 * hourly("gcp", "us-east1", "e2-standard-4"), 6);
    const multi = expectPriced(
      priceResource(
        "gcp:storage/bucket:Bucket",
        { location: "EU", storageClass: "NEARLINE", labels: { "lepton_expected-gb": "10" } },
        ctx,
      ),
    );
    expect(multi.monthlyUsd).toBeCloseTo(0.1, 2);
    expect(multi.assumptions.join(" ")).toContain("multi-region");
    expect(
      priceResource("gcp:storage/bucket:Bucket", { location: "US", storageClass: "COLDLINE" }, ctx),
    ).toMatchObject({ priced: false });
  });
});

describe("priceResource: Kubernetes and the rest", () => {
  it("prices workloads as requests × replicas × profile", () => {
    const k = catalog.kubernetes;
    const r = expectPriced(
      priceResource(
        "kubernetes:apps/v1:StatefulSet",
        {
          spec: {
            replicas: 2,
            template: {
              spec: {
                containers: [
                  {
                    name: "db",
                    resources: { requests: { cpu: "1500m", memory: "3Gi" }, limits: { "nvidia.com/gpu": 1 } },
                  },
                ],
              },
            },
          },
        },
        ctx,
      ),
    );
    expect(r.hourlyUsd).toBeCloseTo(2 * (1.5 * k.vcpuHourUsd + 3 * k.memoryGiBHourUsd + k.gpuHourUsd), 6);
    expect(
      priceResource(
        "kubernetes:apps/v1:Deployment",
        { spec: { template: { spec: { containers: [{ name: "x" }] } } } },
        ctx,
      ),
    ).toMatchObject({
      // No requests: priced at the stated default request (see test/sdk/cost/kubernetes).
      priced: true,
      assumptions: expect.arrayContaining([expect.stringContaining("set resources.requests")]),
    });
  });

  it("parses Kubernetes quantities", () => {
    expect(parseQuantity("500m")).toBe(0.5);
    expect(parseQuantity("2Gi")).toBe(2 * 2 ** 30);
    expect(parseQuantity("1G")).toBe(1e9);
    expect(parseQuantity(3)).toBe(3);
    expect(parseQuantity("lots")).toBeUndefined();
  });

  it("states free types and never prices unknown types at 0", () => {
    const vpc = expectPriced(priceResource("aws:ec2/vpc:Vpc", {}, ctx));
    expect(vpc.monthlyUsd).toBe(0);
    expect(vpc.assumptions.join(" ")).toContain("not billed");
    expect(priceResource("aws:sagemaker/endpoint:Endpoint", {}, ctx)).toMatchObject({
      priced: false,
      cloud: "aws",
      reason: expect.stringContaining("not priced"),
    });
    expect(priceResource("aws:budgets/budget:Budget", {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("no price in the catalog"),
    });
    expect(priceResource("aws:s3/bucketVersioning:BucketVersioning", {}, ctx)).toMatchObject({
      priced: true,
      monthlyUsd: 0,
    });
    expect(cloudOfType("azure-native:compute:VirtualMachine")).toBe("azure");
    expect(cloudOfType("pulumi:providers:gcp")).toBe("gcp");
  });

  it("answers odd inputs unpriced, naming the field it needs: not a crash, a throw or a silent $0", () => {
    const needs: Record<string, string> = {
      "aws:ec2/instance:Instance": "instanceType",
      "azure-native:compute:VirtualMachineScaleSet": "sku.name",
      "gcp:compute/instance:Instance": "machineType",
      "kubernetes:apps/v1:Deployment": "spec.template.spec.containers",
    };
    for (const props of [{}, { instanceType: 42 }, { rootBlockDevice: "x" }, { spec: null }]) {
      for (const [type, field] of Object.entries(needs)) {
        const r = priceResource(type, props as Record<string, unknown>, { ...ctx, region: "us-east-1" });
        // A reason that starts with the field is the pricer's own answer; a crash the engine
        // caught reads "could not price <type>: <error>".
        expect(r, `${type} with ${JSON.stringify(props)}`).toMatchObject({
          priced: false,
          reason: expect.stringMatching(new RegExp(`^${field.replace(/\./g, "\\.")} `)),
        });
      }
    }
  });
});

describe("storage and network units", () => {
  it("prices storage per class and finds the cheapest region", () => {
    expect(
      priceStorageUnit({ expectedGb: 1000, class: "cool" }, "aws", "us-east-1", catalog).monthlyUsd,
    ).toBe(12.5);
    expect(() => priceStorageUnit({ expectedGb: 1, class: "archive" }, "azure", "eastus", catalog)).toThrow(
      /storage.class: "archive" has no azure price/,
    );
    const cheapest = cheapestStorage({ expectedGb: 100, class: "archive" }, catalog, { geography: "eu" });
    expect(cheapest.cloud).toBe("gcp");
    expect(cheapest.usdPerGbMonth).toBe(0.0012);
  });

  it("prices egress where a source exists", () => {
    expect(
      priceNetworkUnit({ egressGbPerMonth: 100 }, "aws", "ap-southeast-1", catalog).monthlyUsd,
    ).toBeCloseTo(12, 2);
    expect(() => priceNetworkUnit({ egressGbPerMonth: 100 }, "azure", "eastus", catalog)).toThrow(
      /no price in the catalog/,
    );
  });
});

describe("numeric tags in every spelling", () => {
  it("reads GCP's underscore decimals back as numbers", async () => {
    const { normalizeTags, readNumericTag } = await import("../../sdk/tags");
    const labels = normalizeTags("gcp", { "lepton:expected-gb": "2.5" });
    expect(labels).toEqual({ "lepton_expected-gb": "2_5" });
    expect(readNumericTag({ labels }, "lepton:expected-gb")).toBe(2.5);
    const r = priceResource("gcp:storage/bucket:Bucket", { location: "us-central1", labels }, ctx);
    expect(r.priced && r.monthlyUsd).toBeCloseTo(2.5 * 0.02, 4);
  });
});

describe("region names", () => {
  it("reads zones and Azure location spellings as catalog regions", async () => {
    const { azureLocation, regionOfZone } = await import("../../sdk/catalog/region-names");
    expect(regionOfZone("us-east-1a")).toBe("us-east-1");
    expect(regionOfZone("europe-west4-b")).toBe("europe-west4");
    expect(regionOfZone("projects/p/zones/asia-east1-c")).toBe("asia-east1");
    expect(azureLocation("West Europe")).toBe("westeurope");
  });
});
