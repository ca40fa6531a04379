// Policy overhead: our pack against a pack with one rule that does nothing, both started as the
// Pulumi CLI starts them and driven over the analyzer protocol on the same 5,000 resources.
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { recordedResources } from "./resources.mjs";

async function timePack(harness, packDir, resources) {
  const session = await harness.startPolicyPack(packDir, { config: {} });
  try {
    const t = performance.now();
    await Promise.all(resources.map((r) => session.analyze(r)));
    await session.analyzeStack(resources);
    return performance.now() - t;
  } finally {
    await session.close();
  }
}

export async function benchPolicy(root, require) {
  const harness = require(join(root, "dist", "analyzer", "harness.js"));
  const resources = recordedResources(5000);
  const ours = join(root, "policy");
  const noop = join(root, "bench", "noop-pack");
  // Alternate the two and keep each one's best of two runs, so neither gets the warmer machine.
  const t = { ours: Infinity, noop: Infinity };
  for (let round = 0; round < 2; round++) {
    t.noop = Math.min(t.noop, await timePack(harness, noop, resources));
    t.ours = Math.min(t.ours, await timePack(harness, ours, resources));
  }
  return {
    policyResources: resources.length,
    policyOursMs: Math.round(t.ours),
    policyNoopMs: Math.round(t.noop),
    policyOverheadRatio: Math.round((t.ours / t.noop) * 100) / 100,
  };
}
