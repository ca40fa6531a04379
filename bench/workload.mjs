// The reference workload of the savings benchmark: 50 services of mixed sizes, architectures and
// geography constraints, each with a "home" cloud (where a team would put it by default).
// Deterministic: generated from a fixed table, not at random.
const SHAPES = [
  // [vcpus, memoryGiB, extra]
  [2, 4],
  [2, 8],
  [4, 8],
  [4, 16],
  [8, 32],
  [16, 64],
  [2, 16],
  [4, 32],
  [8, 16],
  [16, 32],
];
const GEOS = ["us", "eu", "asia"];
const HOMES = ["aws", "azure", "gcp"];

export function referenceWorkload() {
  const services = [];
  for (let i = 0; i < 50; i++) {
    const [vcpus, memoryGiB] = SHAPES[i % SHAPES.length];
    const service = {
      name: `svc-${String(i + 1).padStart(2, "0")}`,
      unit: { vcpus, memoryGiB, diskGiB: 50 + (i % 4) * 50, diskClass: i % 5 === 0 ? "ssd" : "standard" },
      geography: GEOS[i % GEOS.length],
      home: HOMES[Math.floor(i / 3) % HOMES.length],
      replicas: 1 + (i % 4),
    };
    // Every seventh service runs on Arm when the home cloud's default would allow it.
    if (i % 7 === 3) service.unit.arch = "arm64";
    // Four inference services need one T4.
    if (i % 12 === 11)
      service.unit = { vcpus: 4, memoryGiB: 16, gpu: { count: 1, model: "T4" }, diskGiB: 100 };
    // Services with several replicas behind a load balancer keep no state on their machines; single
    // machines (databases, queues, singletons) and GPU inference do, or need capacity guaranteed.
    service.stateless = service.replicas > 1 && !service.unit.gpu;
    services.push(service);
  }
  return services;
}

/** The region a team picks by default per cloud and geography (the first region most docs show). */
export const DEFAULT_REGION = {
  aws: { us: "us-east-1", eu: "eu-west-1", asia: "ap-southeast-1" },
  azure: { us: "eastus", eu: "westeurope", asia: "southeastasia" },
  gcp: { us: "us-central1", eu: "europe-west1", asia: "asia-southeast1" },
};

/** Each cloud's general-purpose family, by architecture, and its T4 GPU family. */
export const GENERAL_PURPOSE = {
  aws: { x86_64: ["m6i"], arm64: ["m7g"], gpu: ["g4dn"] },
  azure: { x86_64: ["Ds_v5"], arm64: ["Dps_v5"], gpu: ["NCas_T4_v3"] },
  gcp: { x86_64: ["n2"], arm64: ["t2a"], gpu: ["n1"] },
};
