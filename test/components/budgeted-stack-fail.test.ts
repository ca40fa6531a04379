import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

/**
 * A program over its budget with `onExceed: "fail"`, run in preview under the mocks (transforms
 * applied) in its own process: the failure is an unhandled rejection, as the Pulumi language host
 * reports it, so it must end the process rather than a test worker.
 */
const program = `
require("ts-node").register({ transpileOnly: true, project: ${JSON.stringify(join(root, "tsconfig.json"))} });
const { installMocks } = require(${JSON.stringify(join(root, "test/helpers/mocks"))});
const recorded = installMocks({ "aws:region": "us-east-1" }, { preview: true, applyTransforms: true });
process.on("exit", (code) =>
  require("node:fs").writeSync(1, "RECORDED " + JSON.stringify(recorded.map((r) => r.type)) + " EXIT " + code + "\\n"),
);
const ec2 = require("@pulumi/aws/ec2");
const { BudgetedStack } = require(${JSON.stringify(join(root, "components/budgeted-stack"))});
const { MultiCloudBucket } = require(${JSON.stringify(join(root, "components/multicloud-bucket"))});
const budget = new BudgetedStack("capped", {
  monthlyBudgetUsd: 20,
  onExceed: "fail",
  costTags: { owner: "ops" },
  notify: { emails: ["ops@example.com"] },
});
new MultiCloudBucket("archive", { storage: { expectedGb: 2000 }, placement: { cloud: "aws", region: "us-east-1" } }, { parent: budget });
new ec2.Instance("box", { ami: "ami-0abc1234", instanceType: "m5.large" }, { parent: budget });
`;

describe("BudgetedStack onExceed: fail", () => {
  it("fails the program during preview with the top contributors and cheaper placements, and creates no alert", () => {
    const run = spawnSync(process.execPath, ["-e", program], {
      cwd: root,
      encoding: "utf8",
      timeout: 90_000,
    });
    const out = `${run.stdout}\n${run.stderr}`;
    expect(run.status, out).not.toBe(0);
    expect(out).toContain(
      'BudgetedStack "capped": projected $116.72/month exceeds the $20.00 monthly budget by $96.72.',
    );
    expect(out).toContain('MultiCloudBucket "archive" (aws us-east-1, hot 2000 GB): $46.00/month');
    expect(out).toContain(
      'aws:ec2/instance:Instance "box" (aws us-east-1, m5.large, root volume 8 GB): $70.72/month',
    );
    expect(out).toContain('MultiCloudBucket "archive": gcp us-central1 hot at $40.00/month (saves $6.00)');
    expect(out).toContain('set onExceed: "warn" to deploy anyway');
    const types = JSON.parse(/RECORDED (\[.*\]) EXIT/.exec(run.stdout)![1]) as string[];
    // The program's own resources reached the engine; the alert did not.
    expect(types).toContain("aws:ec2/instance:Instance");
    expect(types).toContain("aws:s3/bucket:Bucket");
    expect(types).not.toContain("aws:budgets/budget:Budget");
  });
});
