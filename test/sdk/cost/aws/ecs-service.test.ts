import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const T = "aws:ecs/service:Service";
const TASK = "aws:ecs/taskDefinition:TaskDefinition";
const task = (props: Record<string, unknown>): PriceContext => ({
  catalog: defaultCatalog(),
  region: "us-east-1",
  resolve: (ref, path) => (path === "taskDefinition" && ref === "td-arn" ? { type: TASK, props } : undefined),
});

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:ecs/service:Service", () => {
  it("prices Fargate tasks from the task definition (golden ecs_service_test ecs_fargate5: $147.75 + $32.45)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { launchType: "FARGATE", taskDefinition: "td-arn", desiredCount: 5 },
        task({ requiresCompatibilities: ["FARGATE"], cpu: "1 vCPU", memory: "2 GB" }),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(147.75 + 32.45, 2);
    expect(r.count).toBe(5);
  });

  it("reads CPU units and MiB, and a FARGATE capacity provider (golden ecs_fargate_no_cluster_2: 2 tasks $59.10 + $12.98)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          capacityProviderStrategies: [{ capacityProvider: "FARGATE", weight: 1 }],
          taskDefinition: "td-arn",
          desiredCount: 2,
        },
        task({ cpu: "1024", memory: "2048" }),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(59.1 + 12.98, 1);
  });

  it("prices an EC2 service at 0 and says the instances carry the cost", () => {
    const r = expectPriced(
      priceResource(
        T,
        { launchType: "EC2", taskDefinition: "td-arn", desiredCount: 3 },
        task({ cpu: "256", memory: "512" }),
      ),
    );
    expect(r.monthlyUsd).toBe(0);
    expect(r.assumptions.join(" ")).toContain("EC2");
  });

  it("is unpriced when the task definition cannot be resolved or has no size", () => {
    expect(
      priceResource(T, { launchType: "FARGATE", taskDefinition: "other", desiredCount: 1 }, task({})),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("taskDefinition"),
    });
    expect(
      priceResource(
        T,
        { launchType: "FARGATE", taskDefinition: "td-arn", desiredCount: 1 },
        task({ cpu: "lots", memory: "512" }),
      ),
    ).toMatchObject({ priced: false, reason: expect.stringContaining('cpu ("lots")') });
  });

  // Finding 7 of the real-program trial (aws-ts-hello-fargate): awsx.classic's FargateService sizes
  // the task from its containers in an apply, so the task definition's cpu is Pulumi's placeholder.
  it("says a task size unknown during preview is unknown, names the component, and never prints the placeholder", () => {
    const ctx: PriceContext = {
      catalog: defaultCatalog(),
      region: "us-east-1",
      resolve: (_ref, path) =>
        path === "taskDefinition"
          ? {
              type: TASK,
              props: { cpu: UNKNOWN, memory: UNKNOWN, requiresCompatibilities: ["FARGATE"] },
              component: "awsx:x:ecs:FargateTaskDefinition",
            }
          : undefined,
    };
    const r = priceResource(T, { taskDefinition: UNKNOWN, desiredCount: 5 }, ctx);
    if (r.priced) throw new Error("expected unpriced");
    expect(r.reason).toContain("cpu and memory are unknown during preview");
    expect(r.reason).toContain("awsx:x:ecs:FargateTaskDefinition component");
    expect(r.reason).not.toContain(UNKNOWN);
  });

  it("says only memory is unknown when cpu is known, without a component when there is none", () => {
    const r = priceResource(
      T,
      { launchType: "FARGATE", taskDefinition: "td-arn", desiredCount: 1 },
      task({ cpu: "256", memory: UNKNOWN }),
    );
    if (r.priced) throw new Error("expected unpriced");
    expect(r.reason).toMatch(
      /^the task definition's memory is unknown during preview: computed from other resources' outputs;/,
    );
  });
});
