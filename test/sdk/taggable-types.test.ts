import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withCostTags } from "../../components/budgeted-stack/tagging";
import { cloudOfType } from "../../sdk/cost/price-resource";
import { isKubernetesObject, TAGGABLE_TYPES, tagCarrierOf } from "../../sdk/taggable-types";
import { readTag } from "../../sdk/tags";

const modules = join(__dirname, "..", "..", "node_modules", "@pulumi");

/** The text of a provider type's `<Class>Args` interface in the installed SDK's typings. */
function argsOf(type: string): string {
  const [pkg, mod, cls] = type.split(":");
  const file =
    pkg === "azure-native"
      ? join(modules, "azure-native", mod, `${cls[0].toLowerCase()}${cls.slice(1)}.d.ts`)
      : join(modules, pkg, `${mod}.d.ts`);
  expect(existsSync(file), file).toBe(true);
  const body = new RegExp(`export interface ${cls}Args \\{([\\s\\S]*?)\\n\\}`).exec(
    readFileSync(file, "utf8"),
  );
  expect(body, `${cls}Args in ${file}`).not.toBeNull();
  return body![1];
}

/** The body of an input interface (`inputs.<mod>.<Name>`) in the installed SDK's typings. */
function inputOf(pkg: string, name: string): string {
  const text = readFileSync(join(modules, pkg, "types", "input.d.ts"), "utf8");
  const body = new RegExp(`\\n    interface ${name} \\{([\\s\\S]*?)\\n    \\}`).exec(text);
  expect(body, `${name} in ${pkg} input typings`).not.toBeNull();
  return body![1];
}

const stringMap = (field: string, indent: string) =>
  new RegExp(`\\n${indent}${field}\\?: pulumi\\.Input<\\{\\n\\s+\\[key: string\\]: pulumi\\.Input<string>;`);

describe("the taggable types (sdk/taggable-types.ts, read by the components and the policy pack)", () => {
  it("each carrier is declared, in its shape, by the installed provider SDK", () => {
    for (const [type, carrier] of Object.entries(TAGGABLE_TYPES)) {
      const args = argsOf(type);
      const [head, leaf] = carrier.path.split(".");
      if (carrier.form === "list") {
        // AWS auto-scaling groups: a list of { key, value, propagateAtLaunch }.
        expect(args, type).toMatch(
          new RegExp(`\\n    ${head}\\?: pulumi\\.Input<pulumi\\.Input<inputs\\.\\w+\\.\\w+Tag>\\[\\]`),
        );
      } else if (leaf === undefined) {
        expect(args, type).toMatch(stringMap(head, "    "));
      } else {
        const nested = new RegExp(`\\n    ${head}\\?: pulumi\\.Input<inputs\\.(\\w+)\\.(\\w+)`).exec(args);
        expect(nested, `${type}: ${head}`).not.toBeNull();
        expect(inputOf(type.split(":")[0], nested![2]), `${type}: ${carrier.path}`).toMatch(
          stringMap(leaf, "        "),
        );
      }
    }
  });

  it("the components write the tags where the list says, and the policy's reader finds them there", () => {
    const kubernetes = ["kubernetes:apps/v1:Deployment", "kubernetes:core/v1:Service"];
    for (const type of [...Object.keys(TAGGABLE_TYPES), ...kubernetes]) {
      const cloud = cloudOfType(type)!;
      const tagged = withCostTags(type, cloud, {}, { owner: "platform" });
      expect(tagged, type).not.toEqual({});
      const path = tagCarrierOf(type)!.path.split(".");
      expect(
        path.reduce<unknown>((at, k) => (at as Record<string, unknown>)?.[k], tagged),
        type,
      ).toBeDefined();
      expect(readTag(tagged, "owner"), type).toBe("platform");
    }
  });

  it("takes Kubernetes objects, not lists or Helm/YAML components", () => {
    expect(isKubernetesObject("kubernetes:apps/v1:Deployment")).toBe(true);
    expect(isKubernetesObject("kubernetes:cert-manager.io/v1:Certificate")).toBe(true);
    expect(isKubernetesObject("kubernetes:core/v1:ConfigMapList")).toBe(false);
    expect(isKubernetesObject("kubernetes:helm.sh/v3:Release")).toBe(false);
    expect(isKubernetesObject("kubernetes:yaml/v2:ConfigGroup")).toBe(false);
    expect(tagCarrierOf("aws:s3/bucketPolicy:BucketPolicy")).toBeUndefined();
  });
});
