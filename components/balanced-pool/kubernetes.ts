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

/** Escape hatches for the Kubernetes children of each member. */
export interface KubernetesPoolTransforms {
  deployment?: Transform<k8s.apps.v1.DeploymentArgs>;
  autoscaler?: Transform<k8s.autoscaling.v2.HorizontalPodAutoscalerArgs>;
  service?: Transform<k8s.core.v1.ServiceArgs>;
  disruptionBudget?: Transform<k8s.policy.v1.PodDisruptionBudgetArgs>;
}

/** The children of one Kubernetes member. */
export interface KubernetesPoolMember {
  deployment: k8s.apps.v1.Deployment;
  autoscaler: k8s.autoscaling.v2.HorizontalPodAutoscaler;
  /** A `LoadBalancer` Service: the cluster's cloud load balancer. */
  service: k8s.core.v1.Service;
  disruptionBudget: k8s.policy.v1.PodDisruptionBudget;
}

/** Longest child-name suffix plus the 9 characters Pulumi appends; Service names stop at 63. */
const NAME_OVERHEAD = "-disruption".length + 9;

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

function podPricing(settings: PoolSettings, count: number): PricedInput {
  return {
    type: "kubernetes:apps/v1:Deployment",
    props: {
      spec: {
        replicas: count,
        template: { spec: { containers: [{ name: "app", resources: resources(settings) }] } },
      },
    },
  };
}

function build(ctx: MemberContext): { endpoint: MemberEndpoint; resources: KubernetesPoolMember } {
  const { parent, settings, member } = ctx;
  const t = settings.transform.kubernetes ?? {};
  const opts = childOptions(parent, settings.providers, "kubernetes");
  const n = (suffix: string) => `${settings.name}-${member.key}-${suffix}`;
  const { port } = settings;
  const http = settings.protocol === "http";
  const selector = {
    "app.kubernetes.io/name": "balanced-pool",
    "app.kubernetes.io/instance": kubernetesLabelValue(`${settings.name}-${member.key}`),
  };
  const metadata = { namespace: settings.kubernetes.namespace, labels: { ...member.tags, ...selector } };
  const probe = {
    ...(http ? { httpGet: { path: settings.healthCheck.path, port } } : { tcpSocket: { port } }),
    periodSeconds: settings.healthCheck.intervalSeconds,
    failureThreshold: 3,
  };

  const deployment = child(
    k8s.apps.v1.Deployment,
    n("deployment"),
    {
      metadata,
      spec: {
        // No replicas: the HorizontalPodAutoscaler owns the count (a fixed one would fight it on every update).
        selector: { matchLabels: selector },
        template: {
          metadata: { labels: metadata.labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: { seccompProfile: { type: "RuntimeDefault" } },
            containers: [
              {
                name: "app",
                image: settings.kubernetes.image,
                ...(settings.userData !== undefined ? { command: ["/bin/sh", "-c", settings.userData] } : {}),
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
    n("hpa"),
    {
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name },
        minReplicas: member.capacity.min,
        maxReplicas: member.capacity.max,
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

  const service = child(
    k8s.core.v1.Service,
    n("svc"),
    {
      metadata,
      spec: {
        type: "LoadBalancer",
        selector,
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
    { metadata, spec: { maxUnavailable: 1, selector: { matchLabels: selector } } },
    opts,
    t.disruptionBudget,
  );

  const address = service.status.loadBalancer.ingress.apply(
    (ingress) => ingress?.[0]?.ip ?? ingress?.[0]?.hostname ?? "",
  );
  return {
    endpoint: { address, kind: "ip" },
    resources: { deployment, autoscaler, service, disruptionBudget },
  };
}

/** The pool's name is used as is in every object's name: a Service's is an RFC 1035 label ≤ 63. */
function names(settings: PoolSettings, members: MemberPlan[]) {
  const issues: Issue[] = [];
  const longest = members.reduce((k, m) => (m.key.length > k.length ? m.key : k), "");
  if (
    !/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(settings.name) ||
    settings.name.length + longest.length + 1 + NAME_OVERHEAD > 63
  )
    issues.push({
      path: "name",
      value: settings.name,
      problem: `${JSON.stringify(settings.name)} cannot name the pool's Kubernetes objects`,
      expected: `use lowercase letters, digits and '-', starting with a letter, at most ${Math.max(1, 63 - NAME_OVERHEAD - longest.length - 1)} characters (${NAME_RULES["kubernetes:core/v1:Service"].source})`,
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
  pricing: (settings, _member, count) => ({
    group: podPricing(settings, count),
    fixed: [{ type: "kubernetes:core/v1:Service", props: { spec: { type: "LoadBalancer" } } }],
    notes: [
      "the Deployment has no replicas (its HorizontalPodAutoscaler owns them), so pricing the raw resource counts 1 pod",
    ],
  }),
  build,
};
