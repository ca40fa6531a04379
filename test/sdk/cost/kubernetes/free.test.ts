import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { FREE_TYPES } from "../../../../sdk/cost/free";
import { KUBERNETES_FREE_TYPES } from "../../../../sdk/cost/kubernetes/free";
import { priceResource, PRICED_TYPES } from "../../../../sdk/cost/price-resource";

const SDK = join(__dirname, "..", "..", "..", "..", "node_modules", "@pulumi", "kubernetes");
const ctx = { catalog: defaultCatalog() };

/**
 * Whether the installed @pulumi/kubernetes declares this type token, in `<group>/<version>/<kind>.js`
 * (file names are camel case, some all lower case: `ipaddress.js`).
 */
function inSdk(type: string): boolean {
  const [, groupVersion, kind] = type.split(":");
  const [group, version] = groupVersion.split("/");
  const dir = join(SDK, group.split(".")[0], version);
  if (!existsSync(dir)) return false;
  const file = readdirSync(dir).find((f) => f.toLowerCase() === `${kind.toLowerCase()}.js`);
  return file !== undefined && readFileSync(join(dir, file), "utf8").includes(`'${type}'`);
}

const reasonOf = (type: string) => {
  const r = priceResource(type, {}, ctx);
  if (!r.priced) throw new Error(`${type} unpriced: ${r.reason}`);
  expect(r).toMatchObject({ free: true, monthlyUsd: 0, cloud: "kubernetes" });
  return r.assumptions.join(" ");
};

describe("Kubernetes objects that take no node capacity", () => {
  it("name real types of the installed SDK, every one in FREE_TYPES and none priced", () => {
    const types = Object.keys(KUBERNETES_FREE_TYPES);
    expect(types.length).toBeGreaterThan(100);
    for (const t of types) {
      expect(inSdk(t), t).toBe(true);
      expect(FREE_TYPES[t], t).toBe(KUBERNETES_FREE_TYPES[t]);
      expect(PRICED_TYPES, t).not.toContain(t);
    }
  });

  it("are free in every API version the trial met: RBAC, disruption budgets, storage classes, device claims", () => {
    for (const t of [
      "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole",
      "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding",
      "kubernetes:rbac.authorization.k8s.io/v1:Role",
      "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding",
    ])
      expect(reasonOf(t)).toMatch(/RBAC objects are not billed/);
    expect(reasonOf("kubernetes:policy/v1beta1:PodDisruptionBudget")).toMatch(/no node capacity/);
    expect(reasonOf("kubernetes:storage.k8s.io/v1:StorageClass")).toMatch(/volumes .* are, on their claims/);
    expect(reasonOf("kubernetes:resource.k8s.io/v1:ResourceClaimTemplate")).toMatch(
      /node that holds the device/,
    );
    expect(reasonOf("kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition")).toMatch(/extend the API/);
    expect(reasonOf("kubernetes:core/v1:ServiceAccount")).toMatch(/no node capacity/);
    expect(reasonOf("kubernetes:rbac.authorization.k8s.io/v1:RolePatch")).toMatch(/RBAC/);
  });

  it("say an Ingress's cost is its controller's load balancer, in all three API versions", () => {
    for (const t of [
      "kubernetes:networking.k8s.io/v1:Ingress",
      "kubernetes:networking.k8s.io/v1beta1:Ingress",
      "kubernetes:extensions/v1beta1:Ingress",
    ])
      expect(reasonOf(t)).toMatch(/load balancer its ingress controller provisions/);
  });

  it("leave what takes capacity or storage priced or unpriced, never free", () => {
    for (const t of [
      "kubernetes:core/v1:Service",
      "kubernetes:core/v1:PersistentVolumeClaim",
      "kubernetes:core/v1:PersistentVolume",
      "kubernetes:apps/v1:Deployment",
      "kubernetes:core/v1:ReplicationController",
    ])
      expect(KUBERNETES_FREE_TYPES[t], t).toBeUndefined();
  });
});
