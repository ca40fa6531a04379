import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

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
    ).toMatchObject({ priced: false, reason: expect.stringContaining("cpu (lots)") });
  });
});
