// Writes sdk/catalog/data/<cloud>.json, the curated catalog placement chooses from, and
// sdk/catalog/data/<cloud>-full.json, the full pricing table of every type (read lazily), from the
// tables in sdk/catalog/sources (reference/ holds copies of ../shared/data/prices, each row with its
// source; <cloud>-full.csv the full tables; see sources/README.md). Every figure keeps its source.
// Run: node scripts/build-catalog.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "sdk", "catalog", "sources");
const reference = join(sources, "reference");
const READ_ON = "2026-11-27";
const readCsv = (file) => parse(readFileSync(file, "utf8"), { columns: true, skip_empty_lines: true });

const REGIONS = {
  aws: {
    "us-east-1": ["us", "N. Virginia"],
    "us-east-2": ["us", "Ohio"],
    "us-west-1": ["us", "N. California"],
    "us-west-2": ["us", "Oregon"],
    "ca-central-1": ["canada", "Montréal"],
    "eu-west-1": ["eu", "Ireland"],
    "eu-central-1": ["eu", "Frankfurt"],
    "eu-west-2": ["eu", "London"],
    "eu-west-3": ["eu", "Paris"],
    "eu-north-1": ["eu", "Stockholm"],
    "eu-south-1": ["eu", "Milan"],
    "eu-south-2": ["eu", "Aragón"],
    "ap-southeast-1": ["asia", "Singapore"],
    "ap-southeast-2": ["asia", "Sydney"],
    "ap-southeast-3": ["asia", "Jakarta"],
    "ap-northeast-1": ["asia", "Tokyo"],
    "ap-northeast-2": ["asia", "Seoul"],
    "ap-northeast-3": ["asia", "Osaka"],
    "ap-south-1": ["asia", "Mumbai"],
    "ap-east-1": ["asia", "Hong Kong"],
    "me-central-1": ["middle-east", "UAE"],
    "me-south-1": ["middle-east", "Bahrain"],
    "af-south-1": ["africa", "Cape Town"],
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
    francecentral: ["eu", "Paris"],
    germanywestcentral: ["eu", "Frankfurt"],
    swedencentral: ["eu", "Gävle"],
    eastasia: ["asia", "Hong Kong"],
    koreacentral: ["asia", "Seoul"],
    centralindia: ["asia", "Pune"],
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
    "us-east4": ["us", "N. Virginia"],
    "us-west2": ["us", "Los Angeles"],
    "us-west4": ["us", "Las Vegas"],
    "us-south1": ["us", "Dallas"],
    "europe-west2": ["eu", "London"],
    "europe-west6": ["eu", "Zurich"],
    "europe-west9": ["eu", "Paris"],
    "europe-north1": ["eu", "Hamina"],
    "asia-northeast3": ["asia", "Seoul"],
    "asia-south1": ["asia", "Mumbai"],
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

const prices = reference;
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

// Rows of the SkyPilot v6 Azure catalog for AZURE_EXTRA (the sample in ../shared/data/skypilot-samples).
const azureSample = readCsv(join(reference, "azure-skypilot-v6-extra.csv"));
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

// Full pricing tables (sources/<cloud>-full.csv, written by sources/derive-full-tables.mjs): every
// type the source lists, one column per region, each cell `onDemand/spot`.
const FULL_SOURCES = {
  aws: {
    onDemand: {
      id: "aws-full-ondemand",
      description:
        "AWS EC2 pricing page on-demand price map (ec2-ondemand-without-sec-sel, Linux, US East (N. Virginia), manifest published 2026-08-06T17:17:52Z) as saved in ybastide/cloud-pricing fixtures/aws/index.json@c208253d; specs (GPU count, architecture) from kubernetes/autoscaler cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go@e964265b (static list 2026-01-22); outside us-east-1: 55 types (t2, t3, t3a, t4g and the placement families m6i, m7i, m7g, c6i, r6i, r6g, r7g, mostly large-4xlarge) in 22 more regions, transcribed from skypilot-catalog v8 aws/vms.csv@e385a0d3 (sources/aws-skypilot-v8-transcribed.csv; us-east-1 rows agree with the AWS map within 1 %)",
      asOf: "2026-08-06",
    },
    spot: {
      id: "aws-full-spot",
      description:
        "AWS EC2 spot pricing page price map (linux column) as saved in ybastide/cloud-pricing fixtures/aws/spot.json@c208253d (committed 2026-08-09)",
      asOf: "2026-08-09",
    },
  },
  azure: {
    onDemand: {
      id: "azure-full-ondemand",
      description:
        "Karpenter for Azure pkg/providers/pricing/zz_generated.pricing.go@2b431da1 (Azure Retail Prices API, Consumption, Linux, generated 2026-06-18); specs from skypilot-catalog v6 azure/vms.csv@098741e7",
      asOf: "2026-06-18",
    },
    spot: {
      id: "azure-full-spot",
      description: "skypilot-catalog v6 azure/vms.csv@098741e7 SpotPrice column (US regions only)",
    },
  },
  gcp: {
    onDemand: {
      id: "gcp-full-ondemand",
      description:
        "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml@fd66b26f (Cloud Billing Catalog API, generated 2026-07-30), compute.instance.<type>.cost.<region>.hour; vCPUs and memory from its tools/machinetypes.csv (Compute Engine API)",
      asOf: "2026-07-30",
    },
    spot: {
      id: "gcp-full-spot",
      description:
        "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml@fd66b26f (generated 2026-07-30), cost.<region>.hour_spot",
      asOf: "2026-07-30",
    },
  },
};

function fullFamily(cloud, name) {
  if (cloud === "aws") return name.split(".")[0];
  if (cloud === "gcp") return name.split("-")[0];
  const m = /^(?:Standard|Basic)_([A-Z]+)\d+(?:-\d+)?([a-z]*)(?:_([A-Za-z0-9]+))?(?:_(v\d+))?/.exec(name);
  return m ? `${m[1]}${m[2]}${m[3] ? "_" + m[3] : ""}${m[4] ? "_" + m[4] : ""}` : name;
}
function fullCategory(cloud, name, gpuCount) {
  if (gpuCount > 0) return "gpu";
  if (cloud === "aws")
    return /^(p|g|inf|trn|dl|f)\d/.test(name)
      ? "gpu"
      : /^t\d/.test(name)
        ? "burstable"
        : /^c\d/.test(name)
          ? "compute"
          : /^(r|x|u|z)\d/.test(name)
            ? "memory"
            : "general";
  if (cloud === "azure")
    return /^Standard_N/.test(name)
      ? "gpu"
      : /^Standard_B/.test(name)
        ? "burstable"
        : /^Standard_F/.test(name)
          ? "compute"
          : /^Standard_(E|M|G)/.test(name)
            ? "memory"
            : "general";
  return /^(e2|f1|g1)-(micro|small|medium)$/.test(name)
    ? "burstable"
    : /highcpu|^c\d/.test(name)
      ? "compute"
      : /highmem|megamem|ultramem|hypermem|^m\d/.test(name)
        ? "memory"
        : /^(a\d|g\d)-/.test(name)
          ? "gpu"
          : "general";
}

function readFull(cloud) {
  const rows = readCsv(join(sources, `${cloud}-full.csv`));
  const regions = Object.keys(rows[0]).slice(6);
  for (const r of regions)
    if (!REGIONS[cloud][r]) throw new Error(`${cloud}-full.csv region ${r} has no geography`);
  const cell = (row, region) => {
    const [od, spot] = (row[region] ?? "").split("/");
    return { od: od ? Number(od) : 0, spot: spot ? Number(spot) : 0 };
  };
  return { rows, regions, cell };
}

/** Offers for the curated types in regions the curated tables lack, read from the full table. */
function fillFromFull(cloud, curatedRows, full) {
  const have = new Set(curatedRows.map((r) => `${r.instanceType}|${r.region}`));
  const specs = new Map(
    curatedRows.filter((r) => !r.instanceType.startsWith("accelerator:")).map((r) => [r.instanceType, r]),
  );
  const byName = new Map(full.rows.map((r) => [r.instanceType, r]));
  const added = [];
  for (const [name, spec] of specs) {
    const row = byName.get(name);
    if (!row) continue;
    for (const region of full.regions) {
      const { od } = full.cell(row, region);
      if (have.has(`${name}|${region}`) || !(od > 0)) continue;
      added.push({
        ...spec,
        region,
        hourlyUsd: String(od),
        source: FULL_SOURCES[cloud].onDemand.description,
      });
    }
  }
  return added;
}

/** Curated offers the full table also prices in the same region, and those more than 1 % apart. */
function crossCheck(cloud, curatedRows, full) {
  const byName = new Map(full.rows.map((r) => [r.instanceType, r]));
  const differ = [];
  let checked = 0;
  for (const c of curatedRows) {
    const row = byName.get(c.instanceType);
    if (!row || !full.regions.includes(c.region)) continue;
    const { od } = full.cell(row, c.region);
    if (!(od > 0)) continue;
    checked++;
    const curated = Number(c.hourlyUsd);
    if (Math.abs(od - curated) / curated > 0.01)
      differ.push(`${c.instanceType} ${c.region} ${curated} vs ${od}`);
  }
  return { checked, differ };
}

/** The compact full table shipped as data/<cloud>-full.json (columns, not objects, to stay small). */
function fullTable(cloud, full) {
  const num = (v) => (v === "" || v === undefined ? null : Number(v));
  const types = [];
  const onDemand = [];
  const spot = [];
  for (const row of full.rows) {
    const gpuCount = num(row.gpuCount);
    types.push([
      row.instanceType,
      fullFamily(cloud, row.instanceType),
      fullCategory(cloud, row.instanceType, gpuCount ?? 0),
      num(row.vcpus),
      num(row.memoryGiB),
      gpuCount,
      row.gpuModel || null,
      row.arch || null,
    ]);
    onDemand.push(full.regions.map((r) => full.cell(row, r).od));
    spot.push(full.regions.map((r) => full.cell(row, r).spot));
  }
  return {
    cloud,
    readOn: READ_ON,
    sources: [FULL_SOURCES[cloud].onDemand, FULL_SOURCES[cloud].spot],
    onDemandSource: FULL_SOURCES[cloud].onDemand.id,
    spotSource: FULL_SOURCES[cloud].spot.id,
    regions: full.regions,
    columns: ["name", "family", "category", "vcpus", "memoryGiB", "gpuCount", "gpuModel", "arch"],
    types,
    onDemand,
    spot,
  };
}

const gcpExtraFile = join(reference, "gcp-extra-instances.csv");
const full = { aws: readFull("aws"), azure: readFull("azure"), gcp: readFull("gcp") };
const curatedRows = {
  aws: readCsv(join(prices, "aws-instances.csv")),
  azure: [...readCsv(join(prices, "azure-instances.csv")), ...azureExtra],
  gcp: [...readCsv(join(prices, "gcp-instances.csv")), ...readCsv(gcpExtraFile)],
};
const services = { aws: awsServices, azure: azureServices, gcp: gcpServices };
const out = {};
for (const cloud of Object.keys(curatedRows)) {
  const filled = fillFromFull(cloud, curatedRows[cloud], full[cloud]);
  const gaps = crossCheck(cloud, curatedRows[cloud], full[cloud]);
  console.log(
    `${cloud}: ${gaps.checked} curated offers also in the full table, ${gaps.differ.length} differ by > 1 %`,
  );
  if (cloud === "aws" && gaps.differ.length) console.log(`  ${gaps.differ.slice(0, 20).join("; ")}`);
  out[cloud] = build(cloud, [...curatedRows[cloud], ...filled], services[cloud]);
  const table = fullTable(cloud, full[cloud]);
  writeFileSync(join(root, "sdk", "catalog", "data", `${cloud}-full.json`), JSON.stringify(table) + "\n");
  console.log(
    `${cloud}-full: ${table.types.length} types in ${table.regions.length} regions; ${filled.length} curated offers added from it`,
  );
}
for (const [cloud, data] of Object.entries(out)) {
  writeFileSync(join(root, "sdk", "catalog", "data", `${cloud}.json`), JSON.stringify(data, null, 1) + "\n");
  console.log(
    `${cloud}: ${data.instanceTypes.length} types, ${data.regions.length} regions, ${data.offers.length} offers, ${data.services.length} service prices, ${data.accelerators.length} accelerator prices`,
  );
}
