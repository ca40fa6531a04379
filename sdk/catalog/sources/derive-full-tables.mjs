// Writes the full pricing tables `<cloud>-full.csv` beside this file from the public source
// files named in README.md (copied out of their repositories at the pinned commits into one folder).
// Run once per refresh: node sdk/catalog/sources/derive-full-tables.mjs <folder with the source files>
// Output: one row per instance type; one column per region, each cell `onDemand/spot` in USD per
// hour (either side empty when the source has no figure). Every check below prints what it dropped.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const here = dirname(fileURLToPath(import.meta.url));
const src = process.argv[2];
if (!src) throw new Error("usage: derive-full-tables.mjs <folder with the source files>");
const read = (name) => readFileSync(join(src, name), "utf8");

/** Regions of each full table (the catalog's regions; geography and location are in the build script). */
export const FULL_TABLE_REGIONS = {
  // AWS: on-demand for every type is at hand for us-east-1 only (the AWS price map); the other regions
  // carry the types transcribed from SkyPilot's catalog (aws-skypilot-v8-transcribed.csv) and spot
  // prices for every type. Every region that transcription has is listed (README.md).
  aws: [
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-east-1",
    "me-central-1",
    "me-south-1",
    "af-south-1",
  ],
  azure: [
    "centralus",
    "eastus",
    "eastus2",
    "northcentralus",
    "southcentralus",
    "westcentralus",
    "westus",
    "westus2",
    "westus3",
    "westeurope",
    "northeurope",
    "uksouth",
    "francecentral",
    "germanywestcentral",
    "swedencentral",
    "southeastasia",
    "eastasia",
    "japaneast",
    "koreacentral",
    "centralindia",
    "australiaeast",
  ],
  gcp: [
    "us-central1",
    "us-east1",
    "us-east4",
    "us-west1",
    "us-west2",
    "us-west4",
    "us-south1",
    "europe-west1",
    "europe-west2",
    "europe-west3",
    "europe-west4",
    "europe-west6",
    "europe-west9",
    "europe-north1",
    "asia-east1",
    "asia-northeast1",
    "asia-northeast3",
    "asia-south1",
    "asia-southeast1",
    "australia-southeast1",
  ],
};

const round = (x) => (x === undefined ? "" : String(Math.round(x * 1e6) / 1e6));

function writeTable(cloud, rows) {
  const regions = FULL_TABLE_REGIONS[cloud];
  const header = ["instanceType", "vcpus", "memoryGiB", "gpuCount", "gpuModel", "arch", ...regions];
  const lines = [header.join(",")];
  for (const r of rows.sort((a, b) => a.name.localeCompare(b.name))) {
    const cells = regions.map((reg) => {
      const p = r.prices[reg];
      return p && (p.od !== undefined || p.spot !== undefined) ? `${round(p.od)}/${round(p.spot)}` : "";
    });
    if (cells.every((c) => c === "")) continue;
    lines.push(
      [
        r.name,
        r.vcpus ?? "",
        r.memoryGiB ?? "",
        r.gpuCount ?? "",
        r.gpuModel ?? "",
        r.arch ?? "",
        ...cells,
      ].join(","),
    );
  }
  writeFileSync(join(here, `${cloud}-full.csv`), lines.join("\n") + "\n");
  console.log(`${cloud}: ${lines.length - 1} types in ${regions.length} regions`);
}

// ---------- GCP: Cyclenerd pricing.yml (compute.instance) + machinetypes.csv (GCE API specs) ----------
function parseCyclenerdInstances(text) {
  const lines = text.split("\n");
  const out = {};
  let cur, reg;
  for (let i = lines.indexOf("  instance:") + 1; i < lines.length; i++) {
    const l = lines[i];
    if (/^ {0,2}\S/.test(l)) break;
    let m;
    if ((m = /^ {4}(\S+):$/.exec(l))) cur = out[m[1]] = { cost: {} };
    else if (/^ {6}cost:$/.test(l)) continue;
    else if ((m = /^ {6}(\S+): (.*)$/.exec(l))) cur[m[1]] = m[2];
    else if ((m = /^ {8}(\S+):$/.exec(l))) reg = cur.cost[m[1]] = {};
    else if ((m = /^ {10}(\S+): (.*)$/.exec(l))) reg[m[1]] = Number(m[2]);
  }
  return out;
}
{
  const instances = parseCyclenerdInstances(read("gcp-pricing.yml"));
  const specs = new Map(
    read("gcp-machinetypes.csv")
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(";"))
      .map(([name, cpus, shared, mem]) => [
        name,
        { cpus: Number(cpus), shared: shared === "True", mem: Number(mem) },
      ]),
  );
  const GPU_KEYS = {
    a100: "A100",
    "a100-80gb": "A100-80GB",
    "h100-80gb": "H100",
    "h100-80gb-mega": "H100-MEGA",
    l4: "L4",
    rtx6000: "RTX-PRO-6000",
  };
  const rows = [];
  for (const [name, v] of Object.entries(instances)) {
    if (name.startsWith("custom-")) continue; // custom shapes are priced per vCPU and GiB, not as a type
    const spec = specs.get(name);
    const gpu = Object.keys(GPU_KEYS).find((k) => v[k] !== undefined);
    rows.push({
      name,
      vcpus: spec ? spec.cpus : Number(v.cpu),
      memoryGiB: spec ? spec.mem : Number(v.ram),
      gpuCount: gpu ? Number(v[gpu]) : 0,
      gpuModel: gpu ? GPU_KEYS[gpu] : undefined,
      arch: /^(t2a|c4a|n4a)-/.test(name) ? "arm64" : "x86_64",
      prices: Object.fromEntries(
        Object.entries(v.cost).map(([reg, c]) => [
          reg,
          { od: c.hour || undefined, spot: c.hour_spot || undefined },
        ]),
      ),
    });
  }
  writeTable("gcp", rows);
}

// ---------- Azure: Karpenter for Azure generated prices + SkyPilot v6 specs and US spot prices ----------
{
  const karpenter = {};
  let reg;
  for (const l of read("azure-karpenter-pricing.go").split("\n")) {
    let m;
    if ((m = /^\tinitialOnDemandPrices\["(\w+)"\]/.exec(l))) reg = karpenter[m[1]] = {};
    else if (reg && (m = /^\t\t"([^"]+)":\s+([0-9.]+),/.exec(l))) reg[m[1]] = Number(m[2]);
  }
  const sky = parse(read("azure-vms.csv"), { columns: true, skip_empty_lines: true });
  const specs = new Map(sky.map((r) => [r.InstanceType, r]));
  const skySpot = new Map(
    sky.map((r) => [`${r.InstanceType}|${r.Region}`, Number(r.SpotPrice) || undefined]),
  );
  const names = new Set();
  for (const region of FULL_TABLE_REGIONS.azure)
    for (const n of Object.keys(karpenter[region] ?? {})) if (/^Standard_/.test(n)) names.add(n);
  // Guard against the generator's collisions (one armSkuName, several meters, one kept at random):
  // within a versioned D/E/F size series (D2as_v5, D4as_v5 …) in one region the price per vCPU is
  // constant, so a cell off the series median by more than 40 % is dropped (and counted). Other
  // series (A, B, M, G, N, unversioned D11…) are not linear in their names and are kept as read.
  const series = (n) => n.replace(/^Standard_([A-Z]+)(\d+)(-\d+)?/, "Standard_$1#");
  const vcpusOf = (n) => Number(/^Standard_[A-Z]+(\d+)/.exec(n)?.[1]);
  let dropped = 0;
  const drop = new Set();
  for (const region of FULL_TABLE_REGIONS.azure) {
    const bySeries = new Map();
    for (const n of names) {
      const p = karpenter[region]?.[n];
      const v = vcpusOf(n);
      if (p === undefined || !(v > 0) || !/^Standard_[DEF][a-z]*\d+[a-z]*_v\d+$/.test(n)) continue;
      const s = series(n);
      if (!bySeries.has(s)) bySeries.set(s, []);
      bySeries.get(s).push({ n, perVcpu: p / v });
    }
    for (const members of bySeries.values()) {
      if (members.length < 3) continue;
      const sorted = members.map((m) => m.perVcpu).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      for (const m of members)
        if (m.perVcpu > median * 1.4 || m.perVcpu < median / 1.4) {
          drop.add(`${m.n}|${region}`);
          dropped++;
        }
    }
  }
  console.log(`azure: ${dropped} cells dropped by the series check`);
  const rows = [];
  for (const name of names) {
    const s = specs.get(name);
    rows.push({
      name,
      vcpus: s ? Number(s.vCPUs) : undefined,
      memoryGiB: s ? Number(s.MemoryGiB) : undefined,
      gpuCount: s ? Number(s.AcceleratorCount || 0) : undefined,
      gpuModel: s?.AcceleratorName || undefined,
      arch: s ? (/^Standard_[A-Z]+\d+a?p/.test(name) ? "arm64" : "x86_64") : undefined,
      prices: Object.fromEntries(
        FULL_TABLE_REGIONS.azure.map((region) => [
          region,
          {
            od: drop.has(`${name}|${region}`) ? undefined : karpenter[region]?.[name],
            spot: skySpot.get(`${name}|${region}`),
          },
        ]),
      ),
    });
  }
  writeTable("azure", rows);
}

// ---------- AWS: the AWS pricing page's on-demand map (us-east-1), its spot map, autoscaler specs ----------
{
  const od = JSON.parse(read("aws-ondemand-us-east-1.json")).regions["US East (N. Virginia)"];
  const specs = new Map();
  const goSpec =
    /"([a-z0-9.-]+)": \{\s+InstanceType: +"[^"]+",\s+VCPU: +(\d+),\s+MemoryMb: +(\d+),\s+GPU: +(\d+),\s+Architecture: +"(\w+)",/g;
  for (const m of read("aws-ec2-instance-types.go").matchAll(goSpec))
    specs.set(m[1], { vcpus: Number(m[2]), mem: Number(m[3]) / 1024, gpu: Number(m[4]), arch: m[5] });
  const karpenter = new Map(
    [...read("aws-karpenter-pricing.go").matchAll(/"([a-z0-9.-]+)": ([0-9.]+)/g)].map((m) => [
      m[1],
      Number(m[2]),
    ]),
  );
  const spot = new Map();
  for (const r of JSON.parse(read("aws-spot.json")).config.regions)
    for (const t of r.instanceTypes)
      for (const s of t.sizes) {
        const linux = Number(s.valueColumns.find((c) => c.name === "linux")?.prices.USD);
        if (linux > 0) spot.set(`${s.size}|${r.region}`, linux);
      }
  const rows = new Map();
  let agree = 0;
  const disagree = [];
  for (const v of Object.values(od)) {
    const name = v["Instance Type"];
    const price = Number(v.price);
    if (!(price > 0)) continue;
    const s = specs.get(name);
    const k = karpenter.get(name);
    if (k !== undefined && Math.abs(k - price) / price > 0.01) disagree.push(`${name} ${price} vs ${k}`);
    else if (k !== undefined) agree++;
    rows.set(name, {
      name,
      vcpus: Number(v.vCPU),
      memoryGiB: Number(String(v.Memory).replace(/ GiB$/, "").replace(/,/g, "")),
      gpuCount: s?.gpu,
      arch: s ? (s.arch === "amd64" ? "x86_64" : s.arch) : undefined,
      prices: { "us-east-1": { od: price } },
    });
  }
  console.log(
    `aws: us-east-1 on-demand agrees with Karpenter within 1 % for ${agree} types; differs for ${disagree.length}: ${disagree.slice(0, 20).join("; ")}`,
  );
  // On-demand outside us-east-1, transcribed by hand from SkyPilot's AWS catalog (README.md). Where
  // us-east-1 is in both, the AWS map is kept and the transcription must agree with it within 1 %
  // (a larger gap is a transcription error, so it stops the run).
  const transcribed = parse(readFileSync(join(here, "aws-skypilot-v8-transcribed.csv"), "utf8"), {
    columns: true,
  });
  const mismatches = [];
  let checked = 0;
  for (const t of transcribed) {
    const r = rows.get(t.instanceType);
    if (!r) throw new Error(`transcribed ${t.instanceType} is not in the us-east-1 map`);
    if (!FULL_TABLE_REGIONS.aws.includes(t.region))
      throw new Error(`transcribed ${t.instanceType} ${t.region}: region not in FULL_TABLE_REGIONS.aws`);
    const price = Number(t.hourlyUsd);
    const known = r.prices[t.region]?.od;
    if (known !== undefined) {
      checked++;
      if (Math.abs(known - price) / known > 0.01)
        mismatches.push(`${t.instanceType} ${t.region}: ${price} transcribed, ${known} in the AWS map`);
      continue;
    }
    r.prices[t.region] = { ...r.prices[t.region], od: price };
  }
  console.log(
    `aws: ${transcribed.length} transcribed cells; ${checked} also in the us-east-1 map, ${mismatches.length} differ by more than 1 %`,
  );
  if (mismatches.length)
    throw new Error(`transcription disagrees with the AWS map: ${mismatches.join("; ")}`);
  for (const [key, p] of spot) {
    const [name, region] = key.split("|");
    if (!FULL_TABLE_REGIONS.aws.includes(region) || !rows.has(name)) continue;
    const r = rows.get(name);
    r.prices[region] = { ...r.prices[region], spot: p };
  }
  writeTable("aws", [...rows.values()]);
}
