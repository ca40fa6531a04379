import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const V2 = "gcp:cloudrunv2/service:Service";
const V1 = "gcp:cloudrun/service:Service";
const JOB = "gcp:cloudrunv2/job:Job";
const image = "us-docker.pkg.dev/cloudrun/container/hello";
const requestUsage = {
  monthlyRequests: 500000,
  averageRequestDurationMs: 3600,
  concurrentRequestsPerInstance: 1,
};

describe("Cloud Run services (goldens cloud_run_v2_service_test and cloud_run_service_test, 2024-07-01)", () => {
  it("request-based by default: usage lists unit prices, with usage adds them", () => {
    const props = { location: "europe-west3", template: { containers: [{ image }] } };
    // throttling_enabled_no_usage: all three 'depends on usage'
    const bare = expectPriced(price(V2, props));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.0000336, 0.0000035, 0.4]);
    // throttling_enabled: 1,800,000 vCPU-s $60.48 + 900,000 GiB-s $3.15 + 500,000 requests $0.20
    const used = expectPriced(price(V2, props, { usage: requestUsage }));
    expect(used.usageUnknown).toBe(false);
    expect(used.monthlyUsd).toBeCloseTo(63.83, 2);
    // the v1 service golden prices the same usage the same
    const v1 = { location: "europe-west3", template: { spec: { containers: [{ image }] } } };
    expect(expectPriced(price(V1, v1, { usage: requestUsage })).monthlyUsd).toBeCloseTo(63.83, 2);
  });

  it("instance-based (cpuIdle false): minimum instances always on", () => {
    // v2 throttling_disabled: 1 vCPU, 512Mi, min 2: 5,256,000 vCPU-s $113.53 + 2,628,000 GiB-s $6.31
    const r = expectPriced(
      price(V2, {
        location: "europe-west3",
        template: {
          containers: [{ image, resources: { limits: { cpu: "1", memory: "512Mi" }, cpuIdle: false } }],
          scaling: { minInstanceCount: 2 },
        },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(119.84, 2);
    expect(r.usage!.map((u) => u.key)).toEqual(["instanceHours", "instanceHours"]);
  });

  it("states the price tier outside europe-west3 and is unpriced without a location or with a bad limit", () => {
    const r = expectPriced(price(V2, { location: "us-central1", template: { containers: [{ image }] } }));
    expect(r.assumptions.join(" ")).toContain("tier 1 regions");
    expect(expectUnpriced(price(V2, { template: { containers: [{ image }] } })).reason).toContain("location");
    expect(
      expectUnpriced(
        price(V2, {
          location: "us-central1",
          template: { containers: [{ image, resources: { limits: { cpu: "lots" } } }] },
        }),
      ).reason,
    ).toContain('cpu "lots"');
  });
});

describe("gcp:cloudrunv2/job:Job (golden cloud_run_v2_job_test, 2024-07-01)", () => {
  const job = { location: "europe-west3", template: { taskCount: 1, template: { containers: [{ image }] } } };
  it("task seconds from executions × tasks × minutes", () => {
    // no_usage: CPU '$0.0000216 per vCPU-seconds', memory '$0.0000024 per GiB-seconds'
    const bare = expectPriced(price(JOB, job));
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.0000216, 0.0000024]);
    // my_job: 50,000 executions × 10 min: 30,000,000 vCPU-s $648.00 + 15,000,000 GiB-s $36.00
    const used = expectPriced(
      price(JOB, job, { usage: { monthlyJobExecutions: 50000, averageTaskExecutionMinutes: 10 } }),
    );
    expect(used.monthlyUsd).toBeCloseTo(684.0, 2);
  });
});
