// Writes sdk/catalog/data/<cloud>.json, the shipped catalog, from the reference price tables in
// ../shared/data/prices (gathered with their sources; see its README) and sdk/catalog/sources.
// Every figure keeps its source. Run: node scripts/build-catalog.mjs [sharedDataDir]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.argv[2] ?? join(root, "..", "shared", "data");
const READ_ON = "2026-11-27";
const readCsv = (file) => parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });

const REGIONS = {
  aws: {
    "us-east-1": ["us", "N. Virginia"],
    "us-east-2": ["us", "Ohio"],
    "us-west-2": ["us", "Oregon"],
    "eu-west-1": ["eu", "Ireland"],
    "eu-central-1": ["eu", "Frankfurt"],
    "eu-west-2": ["eu", "London"],
    "ap-southeast-1": ["asia", "Singapore"],
    "ap-northeast-1": ["asia", "Tokyo"],
    "ap-south-1": ["asia", "Mumbai"],
  },
  azure: {
    centralus: ["us", "Iowa"],
    eastus: ["us", "Virginia"],
    eastus2: ["us", "Virginia"],
    northcentralus: ["us", "Illinois"],
    southcentralus: ["us", "Texas"],
    westcentralus: ["us", "Wyoming"],
    westus: ["us", "California"],
    westus2: ["us", "Washington"],
    westus3: ["us", "Arizona"],
    westeurope: ["eu", "Netherlands"],
    northeurope: ["eu", "Ireland"],
    uksouth: ["eu", "London"],
    southeastasia: ["asia", "Singapore"],
    japaneast: ["asia", "Tokyo"],
    australiaeast: ["asia", "New South Wales"],
  },
  gcp: {
    "us-central1": ["us", "Iowa"],
    "us-east1": ["us", "South Carolina"],
    "us-west1": ["us", "Oregon"],
    "europe-west1": ["eu", "Belgium"],
    "europe-west4": ["eu", "Netherlands"],
    "europe-west3": ["eu", "Frankfurt"],
    "asia-east1": ["asia", "Taiwan"],
    "asia-southeast1": ["asia", "Singapore"],
    "asia-northeast1": ["asia", "Tokyo"],
    "australia-southeast1": ["asia", "Sydney"],
  },
};

// Azure sizes added from the SkyPilot v6 catalog (US regions only; it has no other regions).
const AZURE_EXTRA = [
  "Standard_B1s",
  "Standard_B1ms",
  "Standard_B2s_v2",
  "Standard_B4s_v2",
  "Standard_B2ps_v2",
  "Standard_B4ps_v2",
  "Standard_D32s_v5",
  "Standard_D8as_v5",
  "Standard_D16as_v5",
  "Standard_D2ds_v5",
  "Standard_D4ds_v5",
  "Standard_D8ps_v5",
  "Standard_D16ps_v5",
  "Standard_D4pls_v5",
  "Standard_D8pls_v5",
  "Standard_E16s_v5",
  "Standard_E32s_v5",
  "Standard_E2ps_v5",
  "Standard_E4ps_v5",
  "Standard_E8ps_v5",
  "Standard_F16s_v2",
  "Standard_F32s_v2",
  "Standard_NC16as_T4_v3",
  "Standard_NC48ads_A100_v4",
];
const AZURE_SAMPLE_SOURCE = "skypilot-catalog v6 azure/vms.csv@098741e70562f65d7af1cceb81e33b284f742604";

function awsFamily(type) {
  const family = type.split(".")[0];
  const category = /^(g|p)/.test(family)
    ? "gpu"
    : /^t/.test(family)
      ? "burstable"
      : /^c/.test(family)
        ? "compute"
        : /^r/.test(family)
          ? "memory"
          : "general";
  return { family, category };
}
function azureFamily(type) {
  const m = /^Standard_([A-Z]+)(\d+)([a-z]*)(?:_([A-Z]\d+[A-Za-z0-9]*))?(?:_(v\d))?$/.exec(type);
  if (!m) throw new Error(`unrecognized Azure size ${type}`);
  const [, letters, , suffix, accel, version] = m;
  const family = `${letters}${suffix}${accel ? "_" + accel : ""}${version ? "_" + version : ""}`;
  const category = /^N/.test(letters)
    ? "gpu"
    : letters === "B"
      ? "burstable"
      : letters === "F"
        ? "compute"
        : letters === "E"
          ? "memory"
          : "general";
  return { family, category };
}
function gcpFamily(type) {
  const [series, kind] = type.split("-");
  const category = ["g2", "a2"].includes(series)
    ? "gpu"
    : ["micro", "small", "medium"].includes(kind)
      ? "burstable"
      : kind === "highcpu" || series === "c3"
        ? "compute"
        : kind === "highmem"
          ? "memory"
          : "general";
  return { family: series, category };
}
const FAMILY = { aws: awsFamily, azure: azureFamily, gcp: gcpFamily };

function build(cloud, rows, services) {
  const sources = new Map();
  const sourceId = (text) => {
    if (!sources.has(text))
      sources.set(text, {
        id: `${cloud}-${sources.size + 1}`,
        description: text,
        asOf: /(\d{4}-\d{2}-\d{2})/.exec(text)?.[1],
      });
    return sources.get(text).id;
  };
  const regions = Object.entries(REGIONS[cloud]).map(([name, [geography, location]]) => ({
    cloud,
    name,
    geography,
    location,
  }));
  const types = new Map();
  const offers = [];
  const accelerators = [];
  for (const r of rows) {
    if (!REGIONS[cloud][r.region]) throw new Error(`${cloud} region ${r.region} has no geography`);
    if (r.instanceType.startsWith("accelerator:")) {
      accelerators.push({
        cloud,
        region: r.region,
        accelerator: r.instanceType.slice("accelerator:".length),
        gpuModel: r.gpuModel,
        hourlyUsd: Number(r.hourlyUsd),
        source: sourceId(r.source),
      });
      continue;
    }
    const spec = {
      cloud,
      name: r.instanceType,
      ...FAMILY[cloud](r.instanceType),
      vcpus: Number(r.vcpus),
      memoryGiB: Number(r.memoryGiB),
      arch: r.arch,
      gpuCount: Number(r.gpuCount),
      ...(r.gpuModel ? { gpuModel: r.gpuModel } : {}),
    };
    const known = types.get(spec.name);
    if (known && JSON.stringify(known) !== JSON.stringify(spec))
      throw new Error(`conflicting specs for ${spec.name}`);
    types.set(spec.name, spec);
    offers.push({
      cloud,
      region: r.region,
      instanceType: r.instanceType,
      hourlyUsd: Number(r.hourlyUsd),
      source: sourceId(r.source),
    });
  }
  const svc = services.map((s) => ({ cloud, ...s, source: sourceId(s.source) }));
  return {
    readOn: READ_ON,
    sources: [...sources.values()],
    regions,
    instanceTypes: [...types.values()].sort((a, b) => a.name.localeCompare(b.name)),
    offers: offers.sort(
      (a, b) => a.instanceType.localeCompare(b.instanceType) || a.region.localeCompare(b.region),
    ),
    services: svc,
    accelerators,
  };
}

const prices = join(shared, "prices");
const otherSource = (cloud, match) => {
  const row = readCsv(join(prices, `${cloud}-other.csv`)).find((r) => r.item.includes(match));
  if (!row) throw new Error(`${cloud}-other.csv has no item matching ${match}`);
  return { usd: Number(row.usd), source: row.source, readRegion: row.region };
};
const svc = (item, unit, region, match, cloud, note) => {
  const s = otherSource(cloud, match);
  return {
    region,
    item,
    usd: s.usd,
    unit,
    source: s.source,
    note:
      region === "*" && s.readRegion !== "*"
        ? `${s.readRegion} list price, applied to every region (no per-region figure in the sources). ${note ?? ""}`.trim()
        : note,
  };
};

// AWS
const awsServices = [
  svc(
    "disk.standard",
    "GB-month",
    "*",
    "ebs-gp3-storage",
    "aws",
    "gp3; boot volumes cannot use st1/sc1, so standard and ssd both map to gp3.",
  ),
  svc("disk.ssd", "GB-month", "*", "ebs-gp3-storage", "aws", "gp3 at its included 3000 IOPS / 125 MB/s."),
  svc("object.hot", "GB-month", "*", "s3-standard-storage", "aws", "S3 Standard; requests not included."),
  svc(
    "object.cool",
    "GB-month",
    "*",
    "s3-standard-ia-storage",
    "aws",
    "S3 Standard-IA; retrieval not included.",
  ),
  svc(
    "object.archive",
    "GB-month",
    "*",
    "s3-glacier-flexible-retrieval-storage",
    "aws",
    "S3 Glacier Flexible Retrieval; retrieval not included.",
  ),
  svc("lb.hour", "hour", "*", "alb-hour", "aws", "ALB hourly charge; LCU usage not included."),
  ...readCsv(join(prices, "aws-other.csv"))
    .filter((r) => r.item === "data-transfer-out-internet-first-10TB")
    .map((r) => ({
      region: r.region,
      item: "egress.gb",
      usd: Number(r.usd),
      unit: "GB",
      source: r.source,
      note: "internet egress, first 10 TB tier",
    })),
];
// Azure
const azureServices = [
  svc(
    "disk.standard",
    "GB-month",
    "*",
    "standard-ssd E4/E30 LRS (derived per GiB)",
    "azure",
    "Standard SSD LRS; managed disks bill per size tier, this is the per-GiB rate of E4/E30.",
  ),
  svc(
    "disk.ssd",
    "GB-month",
    "*",
    "premium-ssd P10 LRS (derived per GiB)",
    "azure",
    "Premium SSD LRS; managed disks bill per size tier, this is the per-GiB rate of P10.",
  ),
  svc(
    "object.hot",
    "GB-month",
    "*",
    "StorageV2 Standard LRS Hot; first 50TB",
    "azure",
    "Blob Hot LRS, first 50 TB.",
  ),
  svc("object.cool", "GB-month", "*", "StorageV2 Standard LRS Cool", "azure", "Blob Cool LRS."),
  svc("publicIp.hour", "hour", "*", "public-ip standard static IPv4", "azure"),
];
// GCP
const gcpServices = [
  svc("disk.standard", "GB-month", "*", "pd-balanced", "gcp", "pd-balanced."),
  svc("disk.ssd", "GB-month", "*", "pd-ssd", "gcp", "pd-ssd."),
  ...["us-central1", "europe-west1"].flatMap((region) =>
    [
      ["object.hot", "Standard"],
      ["object.cool", "Nearline"],
      ["object.archive", "Archive"],
    ].map(([item, cls]) => {
      const row = readCsv(join(prices, "gcp-other.csv")).find(
        (r) => r.region === region && r.item === `Cloud Storage ${cls} storage (regional bucket)`,
      );
      return {
        region,
        item,
        usd: Number(row.usd),
        unit: "GB-month",
        source: row.source,
        note: `GCS ${cls}, regional bucket.`,
      };
    }),
  ),
  svc(
    "object.hot",
    "GB-month",
    "*",
    "Cloud Storage Standard storage (regional bucket)",
    "gcp",
    "GCS Standard, regional bucket.",
  ),
  svc(
    "object.cool",
    "GB-month",
    "*",
    "Cloud Storage Nearline storage (regional bucket)",
    "gcp",
    "GCS Nearline, regional bucket.",
  ),
  svc(
    "object.archive",
    "GB-month",
    "*",
    "Cloud Storage Archive storage (regional bucket)",
    "gcp",
    "GCS Archive, regional bucket.",
  ),
  svc(
    "lb.hour",
    "hour",
    "*",
    "Forwarding rule (regional",
    "gcp",
    "one forwarding rule; data processed not included.",
  ),
  svc(
    "egress.gb",
    "GB",
    "*",
    "Cloud Functions outbound data transfer",
    "gcp",
    "Premium tier internet egress, first tier.",
  ),
];

const azureSample = readCsv(join(shared, "skypilot-samples", "azure-vms.csv"));
const azureExtra = azureSample
  .filter((r) => AZURE_EXTRA.includes(r.InstanceType) && REGIONS.azure[r.Region])
  .map((r) => ({
    cloud: "azure",
    region: r.Region,
    instanceType: r.InstanceType,
    vcpus: r.vCPUs,
    memoryGiB: r.MemoryGiB,
    gpuCount: r.AcceleratorCount || "0",
    gpuModel: r.AcceleratorName,
    arch: /^Standard_[A-Z]+\d+a?p/.test(r.InstanceType) ? "arm64" : "x86_64",
    hourlyUsd: r.Price,
    source: AZURE_SAMPLE_SOURCE,
  }));
for (const name of AZURE_EXTRA)
  if (!azureExtra.some((r) => r.instanceType === name)) throw new Error(`${name} not in sample`);

const gcpExtraFile = join(root, "sdk", "catalog", "sources", "gcp-extra-instances.csv");
const out = {
  aws: build("aws", readCsv(join(prices, "aws-instances.csv")), awsServices),
  azure: build("azure", [...readCsv(join(prices, "azure-instances.csv")), ...azureExtra], azureServices),
  gcp: build(
    "gcp",
    [
      ...readCsv(join(prices, "gcp-instances.csv")),
      ...(existsSync(gcpExtraFile) ? readCsv(gcpExtraFile) : []),
    ],
    gcpServices,
  ),
};
for (const [cloud, data] of Object.entries(out)) {
  writeFileSync(join(root, "sdk", "catalog", "data", `${cloud}.json`), JSON.stringify(data, null, 1) + "\n");
  console.log(
    `${cloud}: ${data.instanceTypes.length} types, ${data.regions.length} regions, ${data.offers.length} offers, ${data.services.length} service prices, ${data.accelerators.length} accelerator prices`,
  );
}
