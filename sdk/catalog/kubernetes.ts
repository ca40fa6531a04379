import { LeptonError } from "../errors";
import type { Catalog } from "./catalog";
import type { KubernetesProfile } from "./types";

/**
 * The node the default Kubernetes profile is derived from, and the pair of types that gives the
 * relative cost of a vCPU and a GiB (same generation, 2 vs 8 GiB per vCPU, same region).
 */
export const DEFAULT_PROFILE_BASIS = {
  cloud: "aws",
  region: "us-east-1",
  node: "m6i.xlarge",
  gpuNode: "g4dn.xlarge",
  computeType: "c6i.large",
  memoryType: "r6i.large",
} as const;

/**
 * Splits a node's hourly price into per-vCPU and per-GiB rates, as OpenCost does: the node price is
 * shared between CPU and memory in proportion to their relative costs. The relative costs come from
 * two types of one generation that differ only in memory per vCPU, solved as two linear equations.
 * A GPU node's price beyond its CPU and memory share is the per-GPU rate.
 */
export function deriveKubernetesProfile(catalog: Catalog, basis = DEFAULT_PROFILE_BASIS): KubernetesProfile {
  const spec = (name: string) => {
    const type = catalog.instanceType(basis.cloud, name);
    const offer = catalog.offer(basis.cloud, basis.region, name);
    if (!type || !offer) {
      throw new LeptonError(
        `the Kubernetes price profile cannot be derived: ${name} in ${basis.cloud} ${basis.region} is not in the catalog; give vcpuHourUsd, memoryGiBHourUsd and gpuHourUsd under "kubernetes" in a user catalog`,
      );
    }
    return { ...type, hourlyUsd: offer.hourlyUsd };
  };
  const c = spec(basis.computeType);
  const m = spec(basis.memoryType);
  // c.vcpus*x + c.mem*y = c.price ; m.vcpus*x + m.mem*y = m.price
  const det = c.vcpus * m.memoryGiB - m.vcpus * c.memoryGiB;
  const cpuWeight = (c.hourlyUsd * m.memoryGiB - m.hourlyUsd * c.memoryGiB) / det;
  const memWeight = (c.vcpus * m.hourlyUsd - m.vcpus * c.hourlyUsd) / det;
  const node = spec(basis.node);
  const weighted = node.vcpus * cpuWeight + node.memoryGiB * memWeight;
  const scale = node.hourlyUsd / weighted;
  const vcpuHourUsd = cpuWeight * scale;
  const memoryGiBHourUsd = memWeight * scale;
  const gpu = spec(basis.gpuNode);
  const gpuHourUsd =
    (gpu.hourlyUsd - gpu.vcpus * vcpuHourUsd - gpu.memoryGiB * memoryGiBHourUsd) / gpu.gpuCount;
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    vcpuHourUsd: round(vcpuHourUsd),
    memoryGiBHourUsd: round(memoryGiBHourUsd),
    gpuHourUsd: round(gpuHourUsd),
    derivation:
      `${basis.node} in ${basis.cloud} ${basis.region} ($${node.hourlyUsd}/h) split between vCPU and memory ` +
      `in the cost ratio of ${basis.computeType} vs ${basis.memoryType}; GPU = ${basis.gpuNode} price beyond its vCPU and memory share`,
  };
}
