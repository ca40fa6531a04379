import { throwIfIssues } from "../errors";
import { Checker } from "./checks";

export const ARCHS = ["x86_64", "arm64"] as const;
export type Arch = (typeof ARCHS)[number];

export const DISK_CLASSES = ["standard", "ssd"] as const;
/** `standard`: AWS gp3, Azure Standard SSD, GCP pd-balanced. `ssd`: AWS gp3, Azure Premium SSD, GCP pd-ssd. */
export type DiskClass = (typeof DISK_CLASSES)[number];

export const IMAGE_FAMILIES = ["ubuntu-22.04", "ubuntu-24.04", "debian-12"] as const;
export type ImageFamily = (typeof IMAGE_FAMILIES)[number];

export const GPU_MODELS = ["T4", "L4", "A10", "A10G", "A100", "A100-80GB", "H100"] as const;
export type GpuModel = (typeof GPU_MODELS)[number];

/** GPUs a unit needs. */
export interface GpuRequest {
  /** Number of GPUs, at least 1. */
  count: number;
  /** GPU model; any model when omitted. */
  model?: GpuModel;
}

/** An abstract machine: what it needs, not where it runs. */
export interface ComputeUnit {
  /** Virtual CPUs, greater than 0. */
  vcpus: number;
  /** Memory in GiB, greater than 0. */
  memoryGiB: number;
  /** CPU architecture. @default "x86_64" */
  arch?: Arch;
  /** GPUs. @default none */
  gpu?: GpuRequest;
  /** Boot disk size in GiB. @default 20 */
  diskGiB?: number;
  /** Boot disk class. @default "standard" */
  diskClass?: DiskClass;
  /** OS image family. @default "ubuntu-24.04" */
  image?: ImageFamily;
}

/** A ComputeUnit with every default filled in. */
export interface ResolvedComputeUnit {
  vcpus: number;
  memoryGiB: number;
  arch: Arch;
  gpu?: GpuRequest;
  diskGiB: number;
  diskClass: DiskClass;
  image: ImageFamily;
}

export const COMPUTE_UNIT_DEFAULTS = {
  arch: "x86_64",
  diskGiB: 20,
  diskClass: "standard",
  image: "ubuntu-24.04",
} as const;

const FIELDS = ["vcpus", "memoryGiB", "arch", "gpu", "diskGiB", "diskClass", "image"] as const;

/**
 * Checks a compute unit and fills its defaults. Throws a ValidationError listing every problem,
 * each with the field, the bad value and what is valid.
 * @param path prefix of field names in messages, e.g. `unit` or `args.unit`.
 */
export function validateComputeUnit(input: unknown, path = "unit"): ResolvedComputeUnit {
  const c = new Checker(path);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    c.issues.push({ path, value: input, expected: "use an object such as { vcpus: 2, memoryGiB: 4 }" });
    throwIfIssues(c.issues, path);
  }
  const u = input as Record<string, unknown>;
  c.unknownKeys(u, FIELDS);
  const vcpus = c.number("vcpus", u.vcpus, { exclusiveMin: 0, max: 448 });
  const memoryGiB = c.number("memoryGiB", u.memoryGiB, { exclusiveMin: 0, max: 24576 });
  const arch = u.arch === undefined ? COMPUTE_UNIT_DEFAULTS.arch : c.choice("arch", u.arch, ARCHS);
  const diskGiB =
    u.diskGiB === undefined
      ? COMPUTE_UNIT_DEFAULTS.diskGiB
      : c.number("diskGiB", u.diskGiB, { min: 8, max: 65536, integer: true });
  const diskClass =
    u.diskClass === undefined
      ? COMPUTE_UNIT_DEFAULTS.diskClass
      : c.choice("diskClass", u.diskClass, DISK_CLASSES);
  const image =
    u.image === undefined ? COMPUTE_UNIT_DEFAULTS.image : c.choice("image", u.image, IMAGE_FAMILIES);
  let gpu: GpuRequest | undefined;
  if (u.gpu !== undefined) {
    const g = c.object("gpu", u.gpu);
    if (g) {
      const gc = new Checker(c.at("gpu"));
      gc.unknownKeys(g, ["count", "model"]);
      const count = gc.number("count", g.count, { min: 1, max: 16, integer: true });
      const model = g.model === undefined ? undefined : gc.choice("model", g.model, GPU_MODELS);
      c.issues.push(...gc.issues);
      if (count !== undefined) gpu = model ? { count, model } : { count };
    }
  }
  if (gpu && arch === "arm64") {
    c.add("arch", "arm64", 'GPU machines in the catalog are x86_64; use arch "x86_64" or drop gpu');
  }
  throwIfIssues(c.issues, path);
  return {
    vcpus: vcpus!,
    memoryGiB: memoryGiB!,
    arch: arch!,
    ...(gpu ? { gpu } : {}),
    diskGiB: diskGiB!,
    diskClass: diskClass!,
    image: image!,
  };
}
