import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { checkChildNames, type Normalization, strictName } from "../../sdk/names";
import { kubernetesLabelValue } from "../../sdk/tags";
import { containerImage } from "../shared/images";
import { child, type Transform } from "../shared/transform";
import { VmBackend, VmNames, VmPlan, vmSpace } from "./backend";

/** Transforms of the Kubernetes children. */
export interface KubernetesVmTransforms {
  /** Edits the args of the statefulSet child. @default none */
  statefulSet?: Transform<k8s.apps.v1.StatefulSetArgs>;
  /** Edits the args of the service child. @default none */
  service?: Transform<k8s.core.v1.ServiceArgs>;
  /** Edits the args of the networkPolicy child. @default none */
  networkPolicy?: Transform<k8s.networking.v1.NetworkPolicyArgs>;
}

/** The Kubernetes children of a MultiCloudVm. */
export interface KubernetesVmResources {
  statefulSet: k8s.apps.v1.StatefulSet;
  /** Only when `ingress` is given. */
  service?: k8s.core.v1.Service;
  networkPolicy: k8s.networking.v1.NetworkPolicy;
}

/**
 * The objects' base name: the component's name lowercased with `._ ` as `-`, at most 36
 * characters (pod names add "-0" and the revision-hash label 11 more to the set's name).
 */
const baseName = (name: string) => strictName(name, 36, "kubernetes");

/** The pod's `app.kubernetes.io/instance` label: stack and name, as a label value. */
const instanceLabel = (name: string) => kubernetesLabelValue(`${pulumi.getStack()}-${name}`);

function kubernetesVmNames(plan: VmPlan): VmNames {
  const { name, ingress } = plan;
  const base = baseName(name);
  const label = instanceLabel(name);
  const labelChange: Normalization[] =
    label === `${pulumi.getStack()}-${name}`
      ? []
      : [
          {
            cloud: "kubernetes",
            field: "name",
            kind: "label value",
            original: `${pulumi.getStack()}-${name}`,
            normalized: label,
            reason:
              "the pod's app.kubernetes.io/instance label is a label value: [A-Za-z0-9._-], beginning and ending alphanumeric, at most 63",
          },
        ];
  return {
    issues: [
      ...base.issues,
      ...checkChildNames(name, [
        { type: "kubernetes:apps/v1:StatefulSet", name: `${base.name}-vm` },
        { type: "kubernetes:networking/v1:NetworkPolicy", name: `${base.name}-ingress` },
        ...(ingress.length ? [{ type: "kubernetes:core/v1:Service", name: `${base.name}-svc` }] : []),
      ]),
    ],
    normalized: [...(base.normalization ? [base.normalization] : []), ...labelChange],
    // The selector label must be this machine's alone: two machines sharing it would share a Service.
    claims: [
      { space: vmSpace("kubernetes"), normalized: base.name },
      { space: vmSpace("kubernetes", "pod labels"), normalized: label },
    ],
  };
}

/** Kubernetes' spelling of the CPU architectures (the `kubernetes.io/arch` node label). */
const NODE_ARCH = { x86_64: "amd64", arm64: "arm64" } as const;

/**
 * A one-replica StatefulSet whose pod requests exactly the unit (requests = limits, so the pod is
 * never squeezed and is priced as placed), with a PersistentVolumeClaim of `diskGiB`, on nodes of
 * the unit's architecture, GPUs as `nvidia.com/gpu` limits. A NetworkPolicy admits only the
 * requested ingress (a pod without one is open to the whole cluster); a Service exposes the ports
 * (LoadBalancer with `publicIp`, keeping client addresses so the policy can check them).
 */
export const kubernetesBackend: VmBackend<KubernetesVmResources> = {
  names: kubernetesVmNames,

  check(plan: VmPlan): Issue[] {
    const { args } = plan;
    const issues: Issue[] = [];
    const unsupported = (field: string, value: unknown, expected: string) =>
      issues.push({ path: field, value, problem: "is not available on Kubernetes", expected });
    if (args.userData !== undefined)
      unsupported(
        "userData",
        "(script)",
        "build the setup into kubernetes.image, or place the unit on a cloud",
      );
    if (args.sshPublicKey !== undefined)
      unsupported("sshPublicKey", "(key)", "use kubectl exec, or place the unit on a cloud");
    plan.ingress.forEach((r, i) => {
      if (r.toPort !== r.fromPort)
        issues.push({
          path: `ingress[${i}].toPort`,
          value: r.toPort,
          problem: `${r.toPort} makes ${r.fromPort}-${r.toPort} a port range, which a Kubernetes Service cannot expose`,
          expected: "list the ports one rule each",
        });
    });
    if (plan.publicIp && plan.ingress.length === 0)
      issues.push({
        path: "publicIp",
        value: true,
        problem: "needs ports to expose on Kubernetes (a LoadBalancer Service)",
        expected: "add ingress rules, or drop publicIp",
      });
    return issues;
  },

  build(plan: VmPlan, _parent, opts) {
    const { name, args, unit, tags } = plan;
    const t = args.transform?.kubernetes;
    const k = args.kubernetes ?? {};
    const namespace = k.namespace ?? "default";
    // Pod names add "-0" and the revision hash label needs 11 more: keep the set's name short.
    const base = baseName(name).name;
    const selector = {
      "app.kubernetes.io/name": "multicloud-vm",
      "app.kubernetes.io/instance": instanceLabel(name),
    };
    const labels = { ...tags, ...selector };
    const metadata = { namespace, labels };

    const quantity = {
      cpu: String(unit.vcpus),
      memory: `${unit.memoryGiB}Gi`,
      ...(unit.gpu ? { "nvidia.com/gpu": String(unit.gpu.count) } : {}),
    };
    const familyImage = k.image === undefined;
    const statefulSet = child(
      k8s.apps.v1.StatefulSet,
      `${base}-vm`,
      {
        metadata,
        spec: {
          replicas: 1,
          selector: { matchLabels: selector },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" },
          template: {
            metadata: { labels },
            spec: {
              automountServiceAccountToken: false,
              nodeSelector: { "kubernetes.io/arch": NODE_ARCH[unit.arch] },
              ...(unit.gpu
                ? { tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }] }
                : {}),
              securityContext: {
                seccompProfile: { type: "RuntimeDefault" },
                ...(familyImage
                  ? { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000 }
                  : {}),
              },
              containers: [
                {
                  name: "vm",
                  image: k.image ?? containerImage(unit.image),
                  // The stock OS images exit at once without a command; keep them up like a machine.
                  ...(familyImage ? { command: ["sleep", "infinity"] } : {}),
                  resources: { requests: quantity, limits: quantity },
                  securityContext: {
                    allowPrivilegeEscalation: false,
                    ...(familyImage ? { capabilities: { drop: ["ALL"] } } : {}),
                  },
                  volumeMounts: [{ name: "disk", mountPath: k.mountPath ?? "/data" }],
                  ...(plan.ingress.length
                    ? {
                        ports: plan.ingress.map((r) => ({
                          containerPort: r.fromPort,
                          protocol: r.protocol.toUpperCase(),
                        })),
                      }
                    : {}),
                },
              ],
            },
          },
          volumeClaimTemplates: [
            {
              metadata: { name: "disk", labels },
              spec: {
                accessModes: ["ReadWriteOnce"],
                ...(k.storageClass === undefined ? {} : { storageClassName: k.storageClass }),
                resources: { requests: { storage: `${unit.diskGiB}Gi` } },
              },
            },
          ],
        },
      },
      opts,
      t?.statefulSet,
    );

    // Deny-by-default for this pod, then the requested sources and ports.
    const networkPolicy = child(
      k8s.networking.v1.NetworkPolicy,
      `${base}-ingress`,
      {
        metadata,
        spec: {
          podSelector: { matchLabels: selector },
          policyTypes: ["Ingress"],
          ingress: plan.ingress.map((r) => ({
            from: r.cidrs.map((cidr) => ({ ipBlock: { cidr } })),
            ports: [{ protocol: r.protocol.toUpperCase(), port: r.fromPort }],
          })),
        },
      },
      opts,
      t?.networkPolicy,
    );

    let service: k8s.core.v1.Service | undefined;
    if (plan.ingress.length) {
      service = child(
        k8s.core.v1.Service,
        `${base}-svc`,
        {
          metadata,
          spec: {
            selector,
            ports: plan.ingress.map((r) => ({
              name: `${r.protocol}-${r.fromPort}`,
              port: r.fromPort,
              targetPort: r.fromPort,
              protocol: r.protocol.toUpperCase(),
            })),
            ...(plan.publicIp
              ? {
                  type: "LoadBalancer",
                  externalTrafficPolicy: "Local",
                  loadBalancerSourceRanges: [...new Set(plan.ingress.flatMap((r) => r.cidrs))],
                }
              : { type: "ClusterIP" }),
          },
        },
        opts,
        t?.service,
      );
    }
    return {
      privateIp: service ? service.spec.clusterIP : pulumi.output(undefined),
      ...(service && plan.publicIp
        ? {
            publicIp: service.status.apply(
              (s) => s?.loadBalancer?.ingress?.[0]?.ip ?? s?.loadBalancer?.ingress?.[0]?.hostname,
            ),
          }
        : {}),
      resources: { statefulSet, networkPolicy, ...(service ? { service } : {}) },
    };
  },
};
