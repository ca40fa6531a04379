import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { FIXTURES, planJson, writeProgram } from "./helpers";

const catalog = loadCatalog();
const monthly = (type: string, props: Record<string, unknown>) => {
  const p = priceResource(type, props, { catalog, region: "us-east-1" });
  if (!p.priced) throw new Error(p.reason);
  return p.monthlyUsd;
};

describe("lepton-mc plan: remote components", () => {
  it("prices awsx and eks components from their args and says which children it cannot see", async () => {
    const { run, json } = await planJson([join(FIXTURES, "remote"), "--no-policy"]);
    expect(run.code).toBe(0);
    const row = (name: string) => json.resources.find((r) => r.name === name)!;

    // Priced from the args the SDKs registered, by the same sdk pricers.
    expect(row("net")).toMatchObject({
      type: "awsx:ec2:Vpc",
      priced: true,
      cloud: "aws",
      region: "us-east-1",
    });
    // nat_gateway_test + eip_test goldens: one NAT gateway ($32.85) and its Elastic IP ($3.65).
    expect(row("net").monthlyUsd).toBeCloseTo(36.5, 2);
    expect(row("web").monthlyUsd).toBeCloseTo(16.43, 2);
    expect(row("api").monthlyUsd).toBe(
      monthly("awsx:ecs:FargateService", {
        desiredCount: 2,
        taskDefinitionArgs: { container: { cpu: 512, memory: 1024 } },
      }),
    );
    expect(row("api").note).toBe("0.5 vCPU × 2, 1 GB × 2");
    expect(row("k8s")).toMatchObject({
      type: "eks:index:Cluster",
      note: "EKS control plane, m5.large × 3, gp2 root 20 GB × 3",
    });
    expect(row("k8s").monthlyUsd).toBeCloseTo(73 + 210.24 + 6, 2);
    expect(row("batch").monthlyUsd).toBeCloseTo(70.08 + 2, 2);
    // A component listed for its unseen children is their component.
    expect(row("k8s").component).toBe(row("k8s").urn);

    // The Service's provider was made from the eks cluster's kubeconfig: an AWS load balancer in the
    // cluster's region (listed as a Kubernetes cost, as every object of the kubernetes package).
    expect(row("front")).toMatchObject({
      type: "kubernetes:core/v1:Service",
      cloud: "kubernetes",
      region: "us-east-1",
    });
    expect(row("front").monthlyUsd).toBeCloseTo(18.25, 2);
    // Its pods run on the eks cluster's node groups, priced on them: not counted twice.
    expect(row("front-app")).toMatchObject({
      type: "kubernetes:apps/v1:Deployment",
      priced: true,
      monthlyUsd: 0,
    });
    expect(row("front-app").note).toMatch(
      /runs on the nodes of cluster k8s, priced on its node groups or pools: its requests \(0\.25 vCPU × 2, 0\.25 GiB × 2\)/,
    );

    // Remote components without a pricer: listed unpriced, never a silent 0, and noted.
    expect(row("audit")).toMatchObject({
      priced: false,
      monthlyUsd: null,
      note: "remote component awsx:cloudtrail:Trail: its children are built by the awsx plugin, which does not run offline; not priced",
    });
    expect(row("gadget")).toMatchObject({
      priced: false,
      note: "remote component acme:index:Widget: its children are built by the acme plugin, which does not run offline; not priced",
    });
    expect(json.totals.unpriced).toBe(2);
    expect(json.notes.join("\n")).toMatch(/priced from their args: net \(awsx:ec2:Vpc\)/);
    expect(json.notes.join("\n")).toMatch(
      /not seen offline .* audit \(awsx:cloudtrail:Trail\), gadget \(acme:index:Widget\)/,
    );
    const priced = json.resources.filter((r) => r.priced).reduce((s, r) => s + r.monthlyUsd!, 0);
    expect(json.totals.monthlyUsd).toBeCloseTo(priced, 2);
  });

  it("does not crash on Helm charts (lists them unpriced), decodes YAML and prices volumes in the configured cloud", async () => {
    const dir = writeProgram("helm", {
      "Pulumi.dev.yaml": "config:\n  lepton-multicloud:kubernetesCloud: gcp\n",
      "index.ts": `
import * as k8s from "@pulumi/kubernetes";
new k8s.helm.v3.Chart("ingress", { chart: "ingress-nginx", fetchOpts: { repo: "https://kubernetes.github.io/ingress-nginx" } });
new k8s.helm.v4.Chart("podinfo", { chart: "oci://ghcr.io/stefanprodan/charts/podinfo" });
new k8s.helm.v3.Release("cache", { chart: "redis", repositoryOpts: { repo: "https://charts.bitnami.com/bitnami" } });
new k8s.yaml.ConfigGroup("app", {
  yaml: \`apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers: [{ name: web, image: nginx }]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: data }
spec:
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 20Gi } }
\`,
});
`,
    });
    const { run, json } = await planJson([dir, "--no-policy"]);
    expect(run.code).toBe(0);
    const helm = "Helm charts render their resources on the cluster; offline their workloads are not known";
    expect(json.resources.find((r) => r.type === "kubernetes:helm.sh/v3:Chart")).toMatchObject({
      priced: false,
      note: helm,
    });
    expect(json.resources.find((r) => r.type === "kubernetes:helm.sh/v4:Chart")).toMatchObject({
      priced: false,
      note: helm,
    });
    expect(json.notes.join("\n")).toMatch(/not priced: podinfo \(kubernetes:helm\.sh\/v4:Chart\)/);
    expect(json.resources.find((r) => r.type === "kubernetes:helm.sh/v3:Release")).toMatchObject({
      priced: false,
      note: helm,
    });
    // The YAML's objects were decoded into resources and priced.
    const web = json.resources.find((r) => r.type === "kubernetes:apps/v1:Deployment")!;
    expect(web.priced).toBe(true);
    // No resources in the YAML: the default request is assumed, and the note says so.
    expect(web.note).toBe(
      "0.1 vCPU × 2 (assumed: 1 container without a cpu request, 100m each), 0.125 GiB × 2 (assumed: 1 container without a memory request, 128Mi each)",
    );
    const pvc = json.resources.find((r) => r.type === "kubernetes:core/v1:PersistentVolumeClaim")!;
    expect(pvc).toMatchObject({ priced: true, cloud: "kubernetes" });
    expect(pvc.monthlyUsd).toBeCloseTo(20 * catalog.service("gcp", "*", "disk.standard")!.usd, 2);
    expect(json.notes.join("\n")).not.toMatch(/no mock answer/);
  });

  it("rejects a kubernetesCloud config that is not a public cloud, naming the key", async () => {
    const dir = writeProgram("k8s-cloud", {
      "index.ts": `import * as k8s from "@pulumi/kubernetes";\nnew k8s.core.v1.Namespace("ns");\n`,
    });
    const { lepton } = await import("./helpers");
    const run = await lepton([
      "plan",
      dir,
      "--no-policy",
      "--config",
      "lepton-multicloud:kubernetesCloud=oracle",
    ]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /lepton-multicloud:kubernetesCloud: "oracle" is not valid; use one of aws, azure, gcp/,
    );
  });
});

describe("lepton-mc plan: ES-module programs", () => {
  it("plans a TypeScript ES module with no main, importing a sibling by its .js name", async () => {
    const { run, json } = await planJson([join(FIXTURES, "esm-ts"), "--no-policy"]);
    expect(run.code).toBe(0);
    const instances = json.resources.filter((r) => r.type === "aws:ec2/instance:Instance");
    expect(instances.map((r) => [r.name, r.note.split(",")[0]])).toEqual([
      ["web", "t3.large"],
      ["db", "m5.large"],
    ]);
    expect(instances.every((r) => r.region === "eu-west-1" && r.priced)).toBe(true);
    expect(json.notes.join("\n")).not.toMatch(/no mock answer/);
  });

  it("reports a TypeScript ES module's error at its own line", async () => {
    const dir = writeProgram("esm-error", {
      "package.json": JSON.stringify({ type: "module" }),
      "index.ts": [
        'import * as aws from "@pulumi/aws";',
        "",
        "interface Shape {",
        "  a: number;",
        "}",
        "",
        "const s: Shape = { a: 1 };",
        'new aws.s3.Bucket("b", {});',
        'if (s.a === 1) throw new Error("no buckets today");',
      ].join("\n"),
    });
    const { lepton } = await import("./helpers");
    const run = await lepton(["plan", dir, "--no-policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/program error at .*esm-error-[^/]+\/index\.ts:9:22: no buckets today/);
  });

  it("plans a JavaScript ES module whose package.json main is a directory", async () => {
    const dir = writeProgram("esm-js", {
      "package.json": JSON.stringify({ type: "module", main: "src" }),
      "Pulumi.dev.yaml": "config:\n  aws:region: us-west-2\n",
    });
    const { mkdirSync, writeFileSync } = await import("node:fs");
    mkdirSync(join(dir, "src"));
    writeFileSync(
      join(dir, "src", "index.js"),
      'import * as aws from "@pulumi/aws";\nexport const bucket = new aws.s3.Bucket("logs", {}).id;\n',
    );
    const { run, json } = await planJson([dir, "--no-policy"]);
    expect(run.code).toBe(0);
    expect(json.resources.map((r) => r.type)).toContain("aws:s3/bucket:Bucket");
  });
});
