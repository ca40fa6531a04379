import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { DEFAULT_CONTAINER_REQUEST } from "../../../../sdk/cost/kubernetes/pod-resources";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { Priced, ResourcePrice } from "../../../../sdk/cost/types";

const catalog = defaultCatalog();
const ctx = { catalog };
const k = catalog.kubernetes;
const perHour = (cpu: number, gib: number) => cpu * k.vcpuHourUsd + gib * k.memoryGiBHourUsd;

function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(r.reason);
  return r;
}

const container = (resources?: object, name = "app") => ({
  name,
  image: "nginx",
  ...(resources ? { resources } : {}),
});
const template = (...containers: object[]) => ({ template: { spec: { containers } } });

describe("Kubernetes workloads", () => {
  it("prices a container without requests at the stated default request", () => {
    const r = ok(
      priceResource(
        "kubernetes:apps/v1:Deployment",
        { spec: { replicas: 3, ...template(container()) } },
        ctx,
      ),
    );
    const defaultGiB = DEFAULT_CONTAINER_REQUEST.memoryBytes / 2 ** 30;
    expect(r.hourlyUsd).toBeCloseTo(3 * perHour(0.1, defaultGiB), 5);
    expect(r.assumptions.join("\n")).toMatch(
      /has no cpu or memory request: priced at 100m CPU \/ 128Mi each \(an assumption/,
    );
    // The lines, which are the plan's note, say the default was assumed (as Lambda's memorySize does).
    expect(r.lines.map((l) => l.item)).toEqual([
      "0.1 vCPU × 3 (assumed: 1 container without a cpu request, 100m each)",
      "0.125 GiB × 3 (assumed: 1 container without a memory request, 128Mi each)",
    ]);
    // Only the missing resource takes the default; a limit stands in for a missing request.
    const half = ok(
      priceResource(
        "kubernetes:apps/v1:Deployment",
        { spec: template(container({ limits: { cpu: "2" } })) },
        ctx,
      ),
    );
    expect(half.hourlyUsd).toBeCloseTo(perHour(2, defaultGiB), 5);
    expect(half.assumptions.join("\n")).toMatch(/has no memory request/);
    expect(half.lines.map((l) => l.item)).toEqual([
      "2 vCPU × 1",
      "0.125 GiB × 1 (assumed: 1 container without a memory request, 128Mi each)",
    ]);
  });

  it("counts init containers as the scheduler does, and sidecars with the containers", () => {
    const r = ok(
      priceResource(
        "kubernetes:apps/v1:StatefulSet",
        {
          spec: {
            replicas: 1,
            template: {
              spec: {
                containers: [container({ requests: { cpu: "500m", memory: "1Gi" } })],
                initContainers: [
                  container({ requests: { cpu: "2", memory: "512Mi" } }, "migrate"),
                  {
                    ...container({ requests: { cpu: "250m", memory: "256Mi" } }, "proxy"),
                    restartPolicy: "Always",
                  },
                ],
              },
            },
          },
        },
        ctx,
      ),
    );
    // cpu: max(0.5 + 0.25, 2) = 2; memory: max(1 + 0.25, 0.5) = 1.25 GiB.
    expect(r.hourlyUsd).toBeCloseTo(perHour(2, 1.25), 6);
  });

  it("prices a Pod, a ReplicaSet and a DaemonSet (one node assumed, stated)", () => {
    const requests = { requests: { cpu: "1", memory: "2Gi" } };
    const pod = ok(
      priceResource("kubernetes:core/v1:Pod", { spec: { containers: [container(requests)] } }, ctx),
    );
    expect(pod.hourlyUsd).toBeCloseTo(perHour(1, 2), 6);
    const rs = ok(
      priceResource(
        "kubernetes:apps/v1:ReplicaSet",
        { spec: { replicas: 4, ...template(container(requests)) } },
        ctx,
      ),
    );
    expect(rs.hourlyUsd).toBeCloseTo(4 * perHour(1, 2), 6);
    const rc = ok(
      priceResource(
        "kubernetes:core/v1:ReplicationController",
        { spec: { replicas: 2, ...template(container(requests)) } },
        ctx,
      ),
    );
    expect(rc.hourlyUsd).toBeCloseTo(2 * perHour(1, 2), 6);
    const ds = ok(
      priceResource("kubernetes:apps/v1:DaemonSet", { spec: template(container(requests)) }, ctx),
    );
    expect(ds.hourlyUsd).toBeCloseTo(perHour(1, 2), 6);
    expect(ds.assumptions.join("\n")).toMatch(/one pod per node .* 1 node assumed/);
  });

  it("is unpriced, naming the field, on bad or unknown inputs", () => {
    const bad = priceResource(
      "kubernetes:apps/v1:Deployment",
      { spec: template(container({ requests: { cpu: "lots" } })) },
      ctx,
    );
    expect(!bad.priced && bad.reason).toMatch(
      /containers\[0\] \(app\)\.resources cpu: "lots" is not a Kubernetes quantity/,
    );
    const none = priceResource("kubernetes:core/v1:Pod", { spec: {} }, ctx);
    expect(!none.priced && none.reason).toBe("spec.containers is not set");
    const replicas = priceResource(
      "kubernetes:apps/v1:Deployment",
      { spec: { replicas: -2, ...template(container()) } },
      ctx,
    );
    expect(!replicas.priced && replicas.reason).toMatch(/spec\.replicas: -2 is not valid/);
  });
});

describe("Kubernetes Jobs and CronJobs", () => {
  const job = { spec: template(container({ requests: { cpu: "2", memory: "4Gi" } })) };

  it("lists a Job's pod-hour price without usage, and adds the pod-hours given", () => {
    const without = ok(priceResource("kubernetes:batch/v1:Job", job, ctx));
    expect(without.monthlyUsd).toBe(0);
    expect(without.usageUnknown).toBe(true);
    expect(without.usage?.[0]).toMatchObject({ key: "monthlyPodHours", unit: "pod-hour" });
    expect(without.usage?.[0].usdPerUnit).toBeCloseTo(perHour(2, 4), 6);
    const withUsage = ok(
      priceResource("kubernetes:batch/v1:Job", job, { ...ctx, usage: { monthlyPodHours: 100 } }),
    );
    expect(withUsage.monthlyUsd).toBeCloseTo(100 * perHour(2, 4), 1);
  });

  it("reads a CronJob's pod from its job template and states its schedule", () => {
    const r = ok(
      priceResource(
        "kubernetes:batch/v1:CronJob",
        { spec: { schedule: "0 * * * *", jobTemplate: job } },
        ctx,
      ),
    );
    expect(r.usage?.[0].usdPerUnit).toBeCloseTo(perHour(2, 4), 6);
    expect(r.assumptions.join("\n")).toMatch(/runs Jobs on its schedule \(0 \* \* \* \*\)/);
    const missing = priceResource("kubernetes:batch/v1:CronJob", { spec: { schedule: "@daily" } }, ctx);
    expect(!missing.priced && missing.reason).toMatch(
      /spec\.jobTemplate\.spec\.template\.spec\.containers is not set/,
    );
  });
});

describe("Kubernetes workloads on nodes the plan prices", () => {
  const onNodes = { catalog, kubernetesNodesPricedOn: "prod" };
  const deployment = {
    spec: { replicas: 2, ...template(container({ requests: { cpu: "500m", memory: "1Gi" } })) },
  };

  it("adds nothing to the total and says whose nodes carry the requests, and what they would cost alone", () => {
    const alone = ok(priceResource("kubernetes:apps/v1:Deployment", deployment, ctx));
    const r = ok(priceResource("kubernetes:apps/v1:Deployment", deployment, onNodes));
    expect(r.monthlyUsd).toBe(0);
    expect(r.lines).toEqual([]);
    expect(r.count).toBe(2);
    const said = r.assumptions.join("\n");
    expect(said).toContain("runs on the nodes of cluster prod");
    expect(said).toContain(`alone they would be $${alone.monthlyUsd.toFixed(2)}/month`);
  });

  it("does the same for a Job's pod-hours (no usage charge)", () => {
    const job = { spec: template(container({ requests: { cpu: "1", memory: "2Gi" } })) };
    const alone = ok(priceResource("kubernetes:batch/v1:Job", job, ctx));
    expect(alone.usage?.length).toBe(1);
    const r = ok(priceResource("kubernetes:batch/v1:Job", job, onNodes));
    expect(r.usage).toBeUndefined();
    expect(r.usageUnknown).toBeFalsy();
    expect(r.assumptions.join("\n")).toMatch(/on the nodes of cluster prod.*not priced again/);
  });
});
