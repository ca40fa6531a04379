import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { fargateSizeFor } from "../../../../sdk/cost/awsx/fargate-service";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const SERVICE = "awsx:ecs:FargateService";

describe("awsx:ecs:FargateService", () => {
  it("prices desiredCount tasks of the task-level cpu and memory", () => {
    const one = priceResource(
      SERVICE,
      {
        desiredCount: 1,
        taskDefinitionArgs: { cpu: "1024", memory: "2048", container: { name: "app", image: "nginx" } },
      },
      ctx,
    );
    if (!one.priced) throw new Error(one.reason);
    // ecs_service_test golden: aws_ecs_service.ecs_fargate1 (1 vCPU, 2 GB): $29.55 + $6.49.
    expect(one.monthlyUsd).toBeCloseTo(36.04, 2);
    const five = priceResource(
      SERVICE,
      { desiredCount: 5, taskDefinitionArgs: { cpu: "1 vCPU", memory: "2 GB" } },
      ctx,
    );
    // ecs_service_test golden: aws_ecs_service.ecs_fargate5: $147.75 + $32.45.
    expect(five.priced && five.monthlyUsd).toBeCloseTo(180.2, 2);
    expect(five.priced && five.count).toBe(5);
  });

  it("defaults to one task, sized from the containers as awsx sizes it", () => {
    const r = priceResource(
      SERVICE,
      {
        taskDefinitionArgs: {
          containers: { web: { cpu: 512, memory: 1024 }, sidecar: { cpu: 256, memoryReservation: 512 } },
        },
      },
      ctx,
    );
    if (!r.priced) throw new Error(r.reason);
    // 0.75 vCPU and 1.5 GB fit 1 vCPU / 2 GB at the least cost.
    expect(r.lines.map((l) => l.item)).toEqual(["1 vCPU × 1", "2 GB × 1"]);
    expect(r.monthlyUsd).toBeCloseTo(36.04, 2);
    expect(r.assumptions.join("\n")).toMatch(/desiredCount not set: awsx's default of 1 task/);
    // The smallest size when the containers ask for nothing.
    expect(fargateSizeFor(0, 0)).toEqual({ vcpu: 0.25, gb: 0.5 });
    expect(fargateSizeFor(2, 1)).toEqual({ vcpu: 2, gb: 4 });
  });

  it("reads a task definition given by reference when the plan can see it", () => {
    const resolve: PriceContext["resolve"] = (ref) =>
      ref === "arn:task"
        ? { type: "aws:ecs/taskDefinition:TaskDefinition", props: { cpu: "512", memory: "1024" } }
        : undefined;
    const r = priceResource(SERVICE, { desiredCount: 2, taskDefinition: "arn:task" }, { ...ctx, resolve });
    // 0.5 vCPU and 1 GB, twice: 2 × (0.5 × $29.55 + 1 × $3.245).
    expect(r.priced && r.monthlyUsd).toBeCloseTo(2 * (0.5 * 29.55 + 3.245), 2);
    const unseen = priceResource(SERVICE, { taskDefinition: "arn:elsewhere" }, { ...ctx, resolve });
    expect(!unseen.priced && unseen.reason).toMatch(/task definition the plan cannot see/);
  });

  it("is unpriced, naming the field, without a task size", () => {
    const none = priceResource(SERVICE, { desiredCount: 1 }, ctx);
    expect(!none.priced && none.reason).toMatch(/neither taskDefinitionArgs nor taskDefinition/);
    const bad = priceResource(SERVICE, { taskDefinitionArgs: { cpu: "lots", memory: "2048" } }, ctx);
    expect(!bad.priced && bad.reason).toMatch(/taskDefinitionArgs\.cpu "lots"/);
    const huge = priceResource(
      SERVICE,
      { taskDefinitionArgs: { container: { cpu: 32768, memory: 1024 } } },
      ctx,
    );
    expect(!huge.priced && huge.reason).toMatch(/more than a Fargate task can have/);
    const half = priceResource(
      SERVICE,
      { desiredCount: 1.5, taskDefinitionArgs: { cpu: "256", memory: "512" } },
      ctx,
    );
    expect(!half.priced && half.reason).toMatch(
      /desiredCount: 1\.5 is not valid; use a whole number of tasks/,
    );
  });

  it("prices an EC2Service at 0, saying the instances are priced where they are declared", () => {
    const r = priceResource("awsx:ecs:EC2Service", { desiredCount: 3 }, ctx);
    expect(r).toMatchObject({ priced: true, monthlyUsd: 0 });
    expect(r.priced && r.assumptions.join("\n")).toMatch(/run on the cluster's EC2 instances/);
  });
});
