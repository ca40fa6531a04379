import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TAGGED_TYPES, withCostTags } from "../../components/budgeted-stack/tagging";
import { FREE_TYPES } from "../../sdk/cost/free";
import { PRICED_TYPES } from "../../sdk/cost/price-resource";

const modules = join(__dirname, "..", "..", "node_modules", "@pulumi");

/** Where a provider type's typings are in the installed SDK. */
function typingsOf(type: string): string {
  const [pkg, mod, cls] = type.split(":");
  return pkg === "azure-native"
    ? join(modules, "azure-native", mod, `${cls[0].toLowerCase()}${cls.slice(1)}.d.ts`)
    : join(modules, pkg, `${mod}.d.ts`);
}

/** The `<Class>Args` interface of a provider type, read from the installed SDK's typings. */
function argsOf(type: string): string {
  const cls = type.split(":")[2];
  const file = typingsOf(type);
  expect(existsSync(file), file).toBe(true);
  const body = new RegExp(`export interface ${cls}Args \\{([\\s\\S]*?)\\n\\}`).exec(
    readFileSync(file, "utf8"),
  );
  expect(body, `${cls}Args in ${file}`).not.toBeNull();
  return body![1];
}

/** Whether the Args declare `field` as a map of strings (not a list, not a nested block). */
const takesMap = (args: string, field: string) =>
  new RegExp(`\\n    ${field}\\?: pulumi\\.Input<\\{\\n\\s+\\[key: string\\]: pulumi\\.Input<string>;`).test(
    args,
  );

describe("the budget's tag targets", () => {
  it("each listed type declares that field as a string map in the installed provider SDK", () => {
    for (const [type, field] of Object.entries(TAGGED_TYPES))
      expect(takesMap(argsOf(type), field), type).toBe(true);
  });

  it("every type the cost engine knows that takes a tag map is listed, so priced resources carry the cost tags", () => {
    // Types this SDK version no longer has (renamed modules) cannot be registered, so need no tags.
    const known = [...PRICED_TYPES, ...Object.keys(FREE_TYPES)].filter(
      (t) =>
        !t.startsWith("kubernetes:") &&
        // Remote components (awsx, eks) are not provider resources: the budget tags what they build.
        !t.startsWith("awsx:") &&
        !t.startsWith("eks:") &&
        t !== "aws:autoscaling/group:Group" &&
        // A channel's `labels` configure it (email_address …); the budget labels it through userLabels.
        t !== "gcp:monitoring/notificationChannel:NotificationChannel" &&
        existsSync(typingsOf(t)),
    );
    const missing = known.filter((t) => {
      const field = t.startsWith("gcp:") ? "labels" : "tags";
      return takesMap(argsOf(t), field) && TAGGED_TYPES[t] !== field;
    });
    expect(missing).toEqual([]);
  });

  it("merges under what the resource has, and leaves secret or unknown tag maps alone", () => {
    const tags = { owner: "Platform Team", "lepton:budget": "p/s/n" };
    expect(withCostTags("aws:ec2/instance:Instance", "aws", { tags: { owner: "me" } }, tags).tags).toEqual({
      owner: "me",
      "lepton:budget": "p/s/n",
    });
    expect(withCostTags("azure-native:compute:Disk", "azure", {}, { "a/b": "c" }).tags).toEqual({ a_b: "c" });
    const secret = {
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value: { a: "b" },
    };
    const props = { tags: secret };
    expect(withCostTags("aws:ec2/instance:Instance", "aws", props, tags)).toBe(props);
    const none = { bucket: "x" };
    expect(withCostTags("aws:s3/bucketPolicy:BucketPolicy", "aws", none, tags)).toBe(none);
  });

  it("adds auto-scaling group tags as list entries that instances inherit, after the group's own", () => {
    const out = withCostTags(
      "aws:autoscaling/group:Group",
      "aws",
      { tags: [{ key: "owner", value: "me", propagateAtLaunch: false }] },
      { owner: "x", team: "y" },
    );
    expect(out.tags).toEqual([
      { key: "owner", value: "me", propagateAtLaunch: false },
      { key: "team", value: "y", propagateAtLaunch: true },
    ]);
  });

  it("labels a CronJob's pods, not only the CronJob", () => {
    const out = withCostTags(
      "kubernetes:batch/v1:CronJob",
      "kubernetes",
      { spec: { jobTemplate: { spec: { template: { spec: {} } } } } },
      { "lepton:budget": "p/s/n" },
    ) as {
      metadata: { labels: object };
      spec: { jobTemplate: { spec: { template: { metadata: { labels: object } } } } };
    };
    expect(out.metadata.labels).toEqual({ "lepton/budget": "p-s-n" });
    expect(out.spec.jobTemplate.spec.template.metadata.labels).toEqual({ "lepton/budget": "p-s-n" });
  });
});
