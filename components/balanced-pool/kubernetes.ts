import * as k8s from "@pulumi/kubernetes";
import type { Issue } from "../../sdk/errors";
import { NAME_RULES } from "../../sdk/names";
import { kubernetesLabelValue } from "../../sdk/tags";
import { child, type Transform } from "../shared/transform";
import type {
  MemberContext,
  MemberEndpoint,
  MemberPlan,
  PoolBackend,
  PoolSettings,
  PricedInput,
} from "./backend";
import { childOptions } from "./child";
import { countsAt, memberParts } from "./spot";

/** Escape hatches for the Kubernetes children of each member. */
export interface KubernetesPoolTransforms {
  deployment?: Transform<k8s.apps.v1.DeploymentArgs>;
  autoscaler?: Transform<k8s.autoscaling.v2.HorizontalPodAutoscalerArgs>;
  service?: Transform<k8s.core.v1.ServiceArgs>;
  disruptionBudget?: Transform<k8s.policy.v1.PodDisruptionBudgetArgs>;
}

/** The children of one Kubernetes member. */
export interface KubernetesPoolMember {
  /** The on-demand pods (all of the member's pods without a spot share; its spot pods when all are spot). */
  deployment: k8s.apps.v1.Deployment;
  autoscaler: k8s.autoscaling.v2.HorizontalPodAutoscaler;
  /** The pods on spot nodes, when the member mixes on-demand and spot. */
  spotDeployment?: k8s.apps.v1.Deployment;
  spotAutoscaler?: k8s.autoscaling.v2.HorizontalPodAutoscaler;
  /** A `LoadBalancer` Service: the cluster's cloud load balancer. */
  service: k8s.core.v1.Service;
  disruptionBudget: k8s.policy.v1.PodDisruptionBudget;
}

/** Longest child-name suffix plus the 9 characters Pulumi appends; Service names stop at 63. */
const NAME_OVERHEAD = "-disruption".length + 9;
/** The same with a spot share, whose second Deployment ends in `-spot-deployment`. */
const SPOT_NAME_OVERHEAD = "-spot-deployment".length + 9;

/** Requests sized to the unit: that is what the scheduler reserves and what the cost engine prices. */
function resources(settings: PoolSettings) {
  const { unit } = settings;
  const memory = `${unit.memoryGiB}Gi`;
  return {
    requests: { cpu: String(unit.vcpus), memory },
    // A memory limit keeps one pod from starving its neighbours; no CPU limit, so pods use idle cycles.
    limits: { memory, ...(unit.gpu ? { "nvidia.com/gpu": String(unit.gpu.count) } : {}) },
  };
}

type NodeKind = "on-demand" | "spot";
type SpotNodes = NonNullable<PoolSettings["kubernetes"]["spotNodes"]>;

/** The member's Deployments: on-demand and spot parts (a part that never runs is left out). */
function deploymentParts(member: MemberPlan) {
  const parts = memberParts(member);
  return [
    ...(!member.spot || parts.onDemand.max > 0
      ? [{ kind: "on-demand" as const, capacity: parts.onDemand }]
      : []),
    ...(member.spot && parts.spot.max > 0 ? [{ kind: "spot" as const, capacity: parts.spot }] : []),
  ];
}

/** A HorizontalPodAutoscaler keeps at least one pod, so each Deployment runs at least one. */
const hpaMin = (min: number) => Math.max(1, min);

/** Where a part's pods may run, per how the cluster marks spot nodes. */
function scheduling(kind: NodeKind, spotNodes: SpotNodes): Partial<k8s.types.input.core.v1.PodSpec> {
  if (kind === "spot") {
    switch (spotNodes) {
      case "karpenter":
        return { nodeSelector: { "karpenter.sh/capacity-type": "spot" } };
      case "gke":
        return {
          nodeSelector: { "cloud.google.com/gke-spot": "true" },
          tolerations: [
            { key: "cloud.google.com/gke-spot", operator: "Equal", value: "true", effect: "NoSchedule" },
          ],
        };
      case "aks":
        return {
          nodeSelector: { "kubernetes.azure.com/scalesetpriority": "spot" },
          tolerations: [
            {
              key: "kubernetes.azure.com/scalesetpriority",
              operator: "Equal",
              value: "spot",
              effect: "NoSchedule",
            },
          ],
        };
    }
  }
  // The on-demand base must not land on spot nodes (AKS taints them, so untolerated pods never do).
  switch (spotNodes) {
    case "karpenter":
      return { nodeSelector: { "karpenter.sh/capacity-type": "on-demand" } };
    case "gke":
      return {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                { matchExpressions: [{ key: "cloud.google.com/gke-spot", operator: "DoesNotExist" }] },
              ],
            },
          },
        },
      };
    case "aks":
      return {};
  }
}

/** Pods per part at `count`: the spot split, with each part's autoscaler floor of one pod at min. */
function podCounts(member: MemberPlan, count: number): { kind: NodeKind; pods: number }[] {
  const at = countsAt(member, count);
  return deploymentParts(member).map(({ kind }) => {
    const pods = kind === "spot" ? at.spot : at.onDemand;
    return { kind, pods: count === member.capacity.min ? hpaMin(pods) : pods };
  });
}

function podPricing(settings: PoolSettings, member: MemberPlan, count: number): PricedInput[] {
  return podCounts(member, count).map(({ pods }) => ({
    type: "kubernetes:apps/v1:Deployment",
    props: {
      spec: {
        replicas: pods,
        template: { spec: { containers: [{ name: "app", resources: resources(settings) }] } },
      },
    },
  }));
}

function build(ctx: MemberContext): { endpoint: MemberEndpoint; resources: KubernetesPoolMember } {
  const { parent, settings, member } = ctx;
  const t = settings.transform.kubernetes ?? {};
  const opts = childOptions(parent, settings.providers, "kubernetes");
  const n = (suffix: string) => `${settings.name}-${member.key}-${suffix}`;
  const { port } = settings;
  const http = settings.protocol === "http";
  const instance = kubernetesLabelValue(`${settings.name}-${member.key}`);
  const selector = { "app.kubernetes.io/name": "balanced-pool", "app.kubernetes.io/instance": instance };
  const metadata = { namespace: settings.kubernetes.namespace, labels: { ...member.tags, ...selector } };
  const parts = deploymentParts(member);
  // With two Deployments each selects its own pods; the Service and the disruption budget select both.
  const mixed = parts.length > 1;
  const memberSelector = mixed
    ? { "app.kubernetes.io/name": "balanced-pool", "app.kubernetes.io/part-of": instance }
    : selector;
  const probe = {
    ...(http ? { httpGet: { path: settings.healthCheck.path, port } } : { tcpSocket: { port } }),
    periodSeconds: settings.healthCheck.intervalSeconds,
    failureThreshold: 3,
  };

  const partOf = (kind: NodeKind, capacity: { min: number; max: number }, first: boolean) => {
    // The first part keeps the member's names; the spot part of a mixed member gets its own.
    const prefix = first ? "" : "spot-";
    const own = first
      ? selector
      : { ...selector, "app.kubernetes.io/instance": kubernetesLabelValue(`${instance}-spot`) };
    const labels = { ...member.tags, ...own, ...(mixed ? { "app.kubernetes.io/part-of": instance } : {}) };
    const partMetadata = { namespace: settings.kubernetes.namespace, labels };
    const deployment = child(
      k8s.apps.v1.Deployment,
      n(`${prefix}deployment`),
      {
        metadata: partMetadata,
        spec: {
          // No replicas: the HorizontalPodAutoscaler owns the count (a fixed one would fight it on every update).
          selector: { matchLabels: own },
          template: {
            metadata: { labels },
            spec: {
              ...(member.spot && settings.kubernetes.spotNodes
                ? scheduling(kind, settings.kubernetes.spotNodes)
                : {}),
              automountServiceAccountToken: false,
              securityContext: { seccompProfile: { type: "RuntimeDefault" } },
              containers: [
                {
                  name: "app",
                  image: settings.kubernetes.image,
                  ...(settings.userData !== undefined
                    ? { command: ["/bin/sh", "-c", settings.userData] }
                    : {}),
                  ports: [{ containerPort: port, protocol: "TCP" }],
                  resources: resources(settings),
                  readinessProbe: probe,
                  securityContext: { allowPrivilegeEscalation: false },
                },
              ],
            },
          },
        },
      },
      opts,
      t.deployment,
    );

    const autoscaler = child(
      k8s.autoscaling.v2.HorizontalPodAutoscaler,
      n(`${prefix}hpa`),
      {
        metadata: partMetadata,
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name },
          minReplicas: hpaMin(capacity.min),
          maxReplicas: capacity.max,
          metrics: [
            {
              type: "Resource",
              // Percent of the pods' CPU requests.
              resource: {
                name: "cpu",
                target: {
                  type: "Utilization",
                  averageUtilization: Math.round(settings.targetCpuUtilization * 100),
                },
              },
            },
          ],
          behavior: { scaleDown: { stabilizationWindowSeconds: settings.cooldownSeconds } },
        },
      },
      opts,
      t.autoscaler,
    );
    return { deployment, autoscaler };
  };
  const built = parts.map(({ kind, capacity }, i) => partOf(kind, capacity, i === 0));

  const service = child(
    k8s.core.v1.Service,
    n("svc"),
    {
      metadata,
      spec: {
        type: "LoadBalancer",
        selector: memberSelector,
        ports: [{ name: "traffic", port, targetPort: port, protocol: "TCP" }],
      },
    },
    opts,
    t.service,
  );

  // One pod at a time may be evicted by node drains, whatever the current size.
  const disruptionBudget = child(
    k8s.policy.v1.PodDisruptionBudget,
    n("disruption"),
    { metadata, spec: { maxUnavailable: 1, selector: { matchLabels: memberSelector } } },
    opts,
    t.disruptionBudget,
  );

  const address = service.status.loadBalancer.ingress.apply(
    (ingress) => ingress?.[0]?.ip ?? ingress?.[0]?.hostname ?? "",
  );
  return {
    endpoint: { address, kind: "ip" },
    resources: {
      deployment: built[0].deployment,
      autoscaler: built[0].autoscaler,
      ...(built[1] ? { spotDeployment: built[1].deployment, spotAutoscaler: built[1].autoscaler } : {}),
      service,
      disruptionBudget,
    },
  };
}

/** The pool's name is used as is in every object's name: a Service's is an RFC 1035 label ≤ 63. */
function names(settings: PoolSettings, members: MemberPlan[]) {
  // A spot share adds a second group (or Deployment) with a longer suffix.
  const overhead = settings.capacity.spotPercent > 0 ? SPOT_NAME_OVERHEAD : NAME_OVERHEAD;
  const issues: Issue[] = [];
  const longest = members.reduce((k, m) => (m.key.length > k.length ? m.key : k), "");
  if (
    !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(settings.name) ||
    settings.name.length + longest.length + 1 + overhead > 63
  )
    issues.push({
      path: "name",
      value: settings.name,
      problem: `${JSON.stringify(settings.name)} cannot name the pool's Kubernetes objects`,
      expected: `use lowercase letters, digits and '-', starting with a letter, at most ${Math.max(1, 63 - overhead - longest.length - 1)} characters (${NAME_RULES["kubernetes:core/v1:Service"].source})`,
    });
  return { issues, normalized: [], claims: [] };
}

export const kubernetesPoolBackend: PoolBackend<KubernetesPoolMember> = {
  // Most clusters give LoadBalancer Services an IP; EKS gives a host name, which weighted DNS cannot mix with IPs.
  endpointKind: "ip",
  names,
  check(settings: PoolSettings, members: MemberPlan[]): Issue[] {
    const issues: Issue[] = [];
    for (const m of members)
      if (m.capacity.min < 1)
        issues.push({
          path: "scaling.min",
          value: 0,
          problem: `0 leaves the Kubernetes member "${m.key}" no pod at min, but a HorizontalPodAutoscaler keeps at least 1`,
          expected: "raise scaling.min so every Kubernetes member gets at least one",
        });
    if (typeof settings.userData === "string" && settings.userData.trimStart().startsWith("#cloud-config"))
      issues.push({
        path: "userData",
        value: "#cloud-config …",
        problem: "is a cloud-init document, which a container cannot run",
        expected:
          "use a shell script (it becomes the container's command), or set kubernetes.image to an image that serves the port",
      });
    return issues;
  },
  pricing: (settings, member, count) => ({
    groups: podPricing(settings, member, count),
    fixed: [{ type: "kubernetes:core/v1:Service", props: { spec: { type: "LoadBalancer" } } }],
    notes: [
      "the Deployment has no replicas (its HorizontalPodAutoscaler owns them), so pricing the raw resource counts 1 pod",
      ...(member.spot
        ? [
            "pods on spot nodes are priced with the cluster's profile, which is derived from on-demand node prices (the spot discount is not counted)",
            ...(deploymentParts(member).length > 1
              ? [
                  "each Deployment's autoscaler keeps at least one pod, so at min the member runs one per Deployment",
                ]
              : []),
          ]
        : []),
    ],
  }),
  build,
};
