// Savings of `lepton-mc optimize` on observed data: a reference fleet of 200 MultiCloudVm and 12
// BalancedPool (31 members) as deployed, two weeks of hourly CPU and memory exported in each
// cloud's own format (CloudWatch get-metric-data, az monitor metrics list with az vm list,
// Cloud Monitoring timeSeries.list), imported with `lepton-mc utilization import`, then
// `lepton-mc optimize --json`. The saving is optimize's own figure; "p95 after within target" is
// checked apart, from the generated series and the catalog's vCPUs and memory of the proposed types.
//
// The utilization spread (an assumption, stated here and in the README): most VMs in public
// clouds are lightly used. Resource Central (Cortez et al., SOSP 2017; the Azure Public Dataset V1
// it released, github.com/Azure/AzurePublicDataset) plots, per VM, the average CPU and the p95 of
// the 5-minute maxima: a large share of VMs have a low average CPU, with p95s spread up to 100 %.
// The paper's exact quantiles are not transcribed here, so the mixture below is ours, chosen to
// have that shape: p95 CPU 45 % of VMs in 3–15 %, 30 % in 15–35 %, 17 % in 35–60 %, 8 % in
// 60–90 % (these need a larger size); p95 memory 40 % in 15–35 %, 40 % in 35–60 %, 20 % in 60–85 %.
// Sizes as deployed: 2–16 vCPU, general purpose, memory-heavy or compute-heavy shapes.
//
// Run standalone: npm run build && node bench/optimize.mjs
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const HOURS = 14 * 24;
const END = Date.parse("2026-11-16T00:00:00Z");
const VMS = 200;
const POOLS = 12;

/** mulberry32: a small deterministic generator. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  ["aws", "us-east-1"],
  ["aws", "eu-west-1"],
  ["azure", "eastus"],
  ["azure", "westeurope"],
  ["gcp", "us-central1"],
  ["gcp", "europe-west1"],
];
const SHAPES = [
  [2, 8],
  [4, 16],
  [8, 32],
  [16, 64],
  [4, 32],
  [8, 64],
  [4, 8],
  [8, 16],
];

/** A band of a mixture, drawn with weight `w`, uniform in [lo, hi]. */
function draw(r, bands) {
  let x = r();
  for (const [w, lo, hi] of bands) {
    if (x < w) return lo + r() * (hi - lo);
    x -= w;
  }
  const [, lo, hi] = bands[bands.length - 1];
  return lo + r() * (hi - lo);
}
const CPU_BANDS = [
  [0.45, 3, 15],
  [0.3, 15, 35],
  [0.17, 35, 60],
  [0.08, 60, 90],
];
const MEM_BANDS = [
  [0.4, 15, 35],
  [0.4, 35, 60],
  [0.2, 60, 85],
];

/** An hourly series (oldest first) whose p95 is close to `p95`: a daily curve plus noise. */
function series(r, p95) {
  const raw = Array.from({ length: HOURS }, (_, h) => {
    const day = Math.max(0, Math.sin((((h % 24) - 7) / 24) * 2 * Math.PI));
    return 0.35 + 0.65 * day + (r() - 0.5) * 0.25;
  });
  const sorted = [...raw].sort((a, b) => a - b);
  const scale = p95 / sorted[Math.ceil(0.95 * HOURS) - 1];
  return raw.map((v) => Math.min(100, Math.max(0.05, Math.round(v * scale * 100) / 100)));
}

const p95Of = (values) => [...values].sort((a, b) => a - b)[Math.ceil(0.95 * values.length) - 1];
const times = Array.from({ length: HOURS }, (_, i) => END - (HOURS - i) * 3600e3);

/** The fleet: every VM and pool with where it runs, its unit, and its true utilization series. */
function fleet(sdk, catalog) {
  const r = rng(20261116);
  const vms = [];
  for (let i = 0; i < VMS; i++) {
    const [cloud, region] = PLACES[Math.floor(r() * PLACES.length)];
    const [vcpus, memoryGiB] = SHAPES[Math.floor(r() * SHAPES.length)];
    const unit = { vcpus, memoryGiB };
    const placed = sdk.place(unit, { cloud, region }, catalog);
    vms.push({
      name: `vm-${String(i).padStart(3, "0")}`,
      cloud,
      region,
      unit,
      type: placed.instanceType,
      cpu: series(r, draw(r, CPU_BANDS)),
      mem: series(r, draw(r, MEM_BANDS)),
    });
  }
  const pools = [];
  for (let i = 0; i < POOLS; i++) {
    const k = 2 + (i % 2);
    const start = Math.floor(r() * PLACES.length);
    const members = Array.from({ length: k }, (_, j) => PLACES[(start + j * 2) % PLACES.length]);
    const [vcpus, memoryGiB] = SHAPES[i % 4];
    const min = k * (1 + (i % 3));
    // Weighted DNS spreads the load evenly: every member's instances see the pool's utilization.
    const cpu = series(r, draw(r, CPU_BANDS));
    const mem = series(r, draw(r, MEM_BANDS));
    pools.push({
      name: `pool-${String(i).padStart(2, "0")}`,
      unit: { vcpus, memoryGiB },
      members: members.map(([cloud, region]) => {
        const placed = sdk.place({ vcpus, memoryGiB }, { cloud, region }, catalog);
        return { cloud, region, type: placed.instanceType, cpu, mem };
      }),
      scaling: { min, max: min * 3 },
    });
  }
  return { vms, pools };
}

function program(f) {
  return `const { BalancedPool, MultiCloudVm } = require("lepton-multicloud");
const vms = ${JSON.stringify(f.vms.map((v) => [v.name, v.cloud, v.region, v.unit]))};
for (const [name, cloud, region, unit] of vms) new MultiCloudVm(name, { unit, placement: { cloud, region }, monitoring: false });
const pools = ${JSON.stringify(f.pools.map((p) => [p.name, p.unit, p.members.map((m) => ({ cloud: m.cloud, region: m.region, weight: 1 })), p.scaling]))};
for (const [name, unit, placements, scaling] of pools) new BalancedPool(name, { unit, placements, scaling });
`;
}

/** Every machine's series in its cloud's export format, plus the map and inventory that name them. */
function exports(f, catalog, dir) {
  const files = [];
  const map = {};
  const write = (name, doc) => {
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(doc));
    files.push(file);
  };
  const machines = [
    ...f.vms.map((v) => ({ ...v, key: v.name, id: v.name.replace(/-/g, "_"), host: v.name })),
    ...f.pools.flatMap((p) =>
      p.members.map((m, j) => ({
        ...m,
        key: `${p.name}[${j}]`,
        id: `${p.name.replace(/-/g, "_")}_${j}`,
        host: `${p.name}-${j}`,
      })),
    ),
  ];
  // AWS: get-metric-data, 100 results a page; query Ids cpu_<id> / mem_<id>, mapped to names.
  const aws = machines.filter((m) => m.cloud === "aws");
  const iso = (t) => new Date(t).toISOString().replace(".000Z", "+00:00");
  const results = aws.flatMap((m) => {
    map[m.id] = m.key;
    const desc = [...times].reverse().map(iso);
    return [
      {
        Id: `cpu_${m.id}`,
        Label: "CPUUtilization",
        Timestamps: desc,
        Values: [...m.cpu].reverse(),
        StatusCode: "Complete",
      },
      {
        Id: `mem_${m.id}`,
        Label: "mem_used_percent",
        Timestamps: desc,
        Values: [...m.mem].reverse(),
        StatusCode: "Complete",
      },
    ];
  });
  for (let p = 0; p * 100 < results.length; p++)
    write(`cloudwatch-${p}.json`, {
      MetricDataResults: results.slice(p * 100, p * 100 + 100),
      ...((p + 1) * 100 < results.length ? { NextToken: `page-${p + 1}` } : {}),
      Messages: [],
    });
  // Azure: one az monitor metrics list per VM (CPU and Available Memory Bytes), az vm list with tags.
  const azure = machines.filter((m) => m.cloud === "azure");
  const inventory = [];
  for (const m of azure) {
    const id = `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-bench/providers/Microsoft.Compute/virtualMachines/${m.host}-vm`;
    const bytes = catalog.instanceType("azure", m.type).memoryGiB * 2 ** 30;
    const point = (t, v) => ({
      average: v,
      count: null,
      maximum: null,
      minimum: null,
      timeStamp: iso(t),
      total: null,
    });
    const metric = (name, unit, values) => ({
      errorCode: "Success",
      id: `${id}/providers/Microsoft.Insights/metrics/${name}`,
      name: { localizedValue: name, value: name },
      resourceGroup: "rg-bench",
      timeseries: [{ data: times.map((t, i) => point(t, values[i])), metadatavalues: [] }],
      type: "Microsoft.Insights/metrics",
      unit,
    });
    write(`azure-${m.id}.json`, {
      cost: 0,
      interval: "PT1H",
      namespace: "Microsoft.Compute/virtualMachines",
      resourceregion: m.region,
      timespan: `${new Date(times[0]).toISOString()}/${new Date(END).toISOString()}`,
      value: [
        metric("Percentage CPU", "Percent", m.cpu),
        metric(
          "Available Memory Bytes",
          "Bytes",
          m.mem.map((u) => Math.round(bytes * (1 - u / 100))),
        ),
      ],
    });
    // Components tag their VMs lepton:component = MultiCloudVm/<name>; pool members are mapped by id.
    const vm = !m.key.includes("[");
    inventory.push({
      hardwareProfile: { vmSize: m.type },
      id,
      location: m.region,
      name: id.split("/").pop(),
      resourceGroup: "RG-BENCH",
      tags: vm ? { "lepton:component": `MultiCloudVm/${m.key}` } : {},
      type: "Microsoft.Compute/virtualMachines",
    });
    if (!vm) map[id] = m.key;
  }
  write("azure-vm-list.json", inventory);
  // GCP: CPU (0–1 fraction) and the Ops Agent's memory (percent) listings, 50 series a page.
  const gcp = machines.filter((m) => m.cloud === "gcp");
  const z = (t) => new Date(t).toISOString().replace(".000Z", "Z");
  const listing = (prefix, type, unit, pick, labels) => {
    const all = gcp.map((m, i) => {
      map[`${m.host}-vm`] = m.key;
      return {
        metric: { labels: { instance_name: `${m.host}-vm`, ...labels }, type },
        resource: {
          type: "gce_instance",
          labels: {
            project_id: "bench",
            instance_id: String(7000000000000000000 + i),
            zone: `${m.region}-b`,
          },
        },
        metricKind: "GAUGE",
        valueType: "DOUBLE",
        points: times
          .map((t, h) => ({
            interval: { startTime: z(t - 3600e3), endTime: z(t) },
            value: { doubleValue: pick(m, h) },
          }))
          .reverse(),
      };
    });
    for (let p = 0; p * 50 < all.length; p++)
      write(`${prefix}-${p}.json`, {
        timeSeries: all.slice(p * 50, p * 50 + 50),
        ...((p + 1) * 50 < all.length ? { nextPageToken: `${prefix}-${p + 1}` } : {}),
        unit,
      });
  };
  listing(
    "gcp-cpu",
    "compute.googleapis.com/instance/cpu/utilization",
    "10^2.%",
    (m, i) => Math.round(m.cpu[i] * 100) / 10000,
    {},
  );
  listing("gcp-mem", "agent.googleapis.com/memory/percent_used", "%", (m, i) => m.mem[i], { state: "used" });
  const mapFile = join(dir, "map.json");
  writeFileSync(mapFile, JSON.stringify(map));
  return { files, mapFile, machines };
}

/** The p95 after, recomputed from the generated series and the catalog (not optimize's own figure). */
function checkAfter(item, f, sdk, catalog, settings) {
  const spec = (m) => catalog.instanceType(m.cloud, m.instanceType);
  if (item.kind === "MultiCloudVm") {
    const vm = f.vms.find((v) => v.name === item.key);
    const was = catalog.instanceType(vm.cloud, vm.type);
    const now = spec(item.proposed[0]);
    return [
      { metric: "cpu", after: (p95Of(vm.cpu) * was.vcpus) / now.vcpus, target: settings.cpuTargetPct },
      {
        metric: "memory",
        after: (p95Of(vm.mem) * was.memoryGiB) / now.memoryGiB,
        target: settings.memoryTargetPct,
      },
    ];
  }
  // A pool: per member, the load at the p95 moment (p95 of the deployed instances' share) on the
  // proposed instances, as many as the autoscaler (target `a`) would run between the new min and max.
  const pool = f.pools.find((p) => p.name === item.key);
  const caps = sdk.splitCapacity(
    { min: item.scaling.min[1], desired: item.scaling.desired[1], max: item.scaling.max[1] },
    pool.members.map(() => 1),
  );
  const deployed = sdk.splitCapacity(
    { min: pool.scaling.min, desired: pool.scaling.min, max: pool.scaling.max },
    pool.members.map(() => 1),
  );
  const a = item.scaling.autoscalerTargetPct / 100;
  return pool.members.flatMap((m, i) => {
    const was = catalog.instanceType(m.cloud, m.type);
    const now = spec(item.proposed[i]);
    const load = (p95Of(m.cpu) / 100) * was.vcpus * deployed[i].desired;
    const running = Math.min(caps[i].max, Math.max(caps[i].min, Math.ceil(load / (now.vcpus * a)), 1));
    return [
      {
        metric: "memory",
        after: (p95Of(m.mem) * was.memoryGiB) / now.memoryGiB,
        target: settings.memoryTargetPct,
      },
      {
        metric: `cpu (${running} instance(s) at p95)`,
        after: (load / (running * now.vcpus)) * 100,
        target: settings.cpuTargetPct,
      },
    ];
  });
}

/** The savings benchmark: returns the figures (and prints them when run standalone). */
export function benchOptimize(root) {
  const require = createRequire(join(root, "package.json"));
  const sdk = require(join(root, "dist", "sdk"));
  const catalog = sdk.defaultCatalog();
  const base = join(root, ".tmp", "bench-optimize");
  rmSync(base, { recursive: true, force: true });
  const prog = join(base, "program");
  const data = join(base, "exports");
  mkdirSync(prog, { recursive: true });
  mkdirSync(data, { recursive: true });
  const f = fleet(sdk, catalog);
  writeFileSync(join(prog, "Pulumi.yaml"), "name: optimize-bench\nruntime: nodejs\n");
  writeFileSync(join(prog, "Pulumi.bench.yaml"), "config:\n  gcp:project: bench\n");
  writeFileSync(join(prog, "index.js"), program(f));
  const ex = exports(f, catalog, data);
  const cli = join(root, "dist", "cli", "main.js");
  const util = join(base, "utilization.json");
  const t0 = performance.now();
  execFileSync(
    process.execPath,
    [cli, "utilization", "import", ...ex.files, "--map", ex.mapFile, "--out", util],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const t1 = performance.now();
  const out = execFileSync(process.execPath, [cli, "optimize", prog, "--utilization", util, "--json"], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: "utf8",
  });
  const t2 = performance.now();
  const result = JSON.parse(out);
  const above = [];
  for (const item of result.items)
    for (const c of checkAfter(item, f, sdk, catalog, result.settings))
      if (c.after > c.target + 0.05)
        above.push(`${item.key} ${c.metric} ${Math.round(c.after * 10) / 10} % > ${c.target} %`);
  const count = (a) => result.items.filter((i) => i.action === a).length;
  // Machines optimize could not size (named in its notes), with their p95 as deployed.
  const sized = new Set(result.items.map((i) => i.key));
  const notSized = [
    ...f.vms.map((v) => ({ key: v.name, cpu: p95Of(v.cpu) })),
    ...f.pools.map((p) => ({ key: p.name, cpu: p95Of(p.members[0].cpu) })),
  ]
    .filter((m) => !sized.has(m.key))
    .map(
      (m) =>
        `${m.key} (p95 CPU ${m.cpu} % as deployed): ${result.notes.find((n) => n.startsWith(`${m.key}:`)) ?? "no note"}`,
    );
  return {
    optimizeFleetVms: f.vms.length,
    optimizeFleetPools: f.pools.length,
    optimizeFleetPoolMembers: f.pools.reduce((n, p) => n + p.members.length, 0),
    optimizeExportFiles: ex.files.length,
    optimizeObserved: result.items.length,
    optimizeCurrentMonthlyUsd: result.totals.currentMonthlyUsd,
    optimizeProposedMonthlyUsd: result.totals.proposedMonthlyUsd,
    optimizeSavingPct: result.totals.savingPct,
    optimizeActions: {
      resize: count("resize"),
      upsize: count("upsize"),
      rescale: count("rescale"),
      keep: count("keep"),
    },
    optimizeArm64Proposals: result.items.filter(
      (i) => i.proposed.some((m) => m.arch === "arm64") && i.current.every((m) => m.arch !== "arm64"),
    ).length,
    optimizeAboveTarget: above.length,
    optimizeNotSized: notSized,
    optimizeAboveTargetExamples: above.slice(0, 5),
    optimizeImportSeconds: Math.round((t1 - t0) / 100) / 10,
    optimizeRunSeconds: Math.round((t2 - t1) / 100) / 10,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const r = benchOptimize(root);
  for (const [k, v] of Object.entries(r))
    console.log(`${k.padEnd(30)} ${typeof v === "object" ? JSON.stringify(v) : v}`);
  const met = r.optimizeSavingPct >= 30 && r.optimizeAboveTarget === 0;
  console.log(
    `goal (≥ 30 % saving, no proposal above its target): ${met ? "met" : "missed"}; ${r.optimizeNotSized.length} machine(s) not sized (see optimizeNotSized)`,
  );
}
