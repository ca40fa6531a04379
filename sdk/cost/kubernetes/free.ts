/**
 * Kubernetes objects that take no node capacity: the cluster stores them in etcd and no cloud
 * bills them. What they lead to is billed where it runs (pods on their workloads, load balancers on
 * their Services, disks on their volume claims), so they are priced $0 with that stated.
 */

/** One kind of object, the API versions it exists in (in @pulumi/kubernetes), and why it is free. */
interface FreeKind {
  group: string;
  versions: readonly string[];
  kinds: readonly string[];
  reason: string;
}

const NO_CAPACITY = "takes no node capacity";

const FREE_KINDS: readonly FreeKind[] = [
  {
    group: "core",
    versions: ["v1"],
    kinds: ["Namespace"],
    reason: "namespaces take no node capacity (their workloads are priced on their own)",
  },
  { group: "core", versions: ["v1"], kinds: ["ConfigMap"], reason: "config maps take no node capacity" },
  { group: "core", versions: ["v1"], kinds: ["Secret"], reason: "secrets take no node capacity" },
  {
    group: "core",
    versions: ["v1"],
    kinds: ["ServiceAccount"],
    reason: "service accounts take no node capacity",
  },
  {
    group: "core",
    versions: ["v1"],
    kinds: ["LimitRange", "ResourceQuota"],
    reason: "limit ranges and quotas only bound what pods may ask: they take no node capacity",
  },
  {
    group: "core",
    versions: ["v1"],
    kinds: ["Endpoints", "Event", "PodTemplate"],
    reason: `an API object that ${NO_CAPACITY}`,
  },
  {
    group: "rbac.authorization.k8s.io",
    versions: ["v1", "v1beta1", "v1alpha1"],
    kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"],
    reason: "RBAC objects are not billed: they take no node capacity",
  },
  {
    group: "policy",
    versions: ["v1", "v1beta1"],
    kinds: ["PodDisruptionBudget"],
    reason: "disruption budgets take no node capacity",
  },
  {
    group: "autoscaling",
    versions: ["v1", "v2", "v2beta1", "v2beta2"],
    kinds: ["HorizontalPodAutoscaler"],
    reason: "autoscalers take no node capacity (the replicas they add are priced on the workload)",
  },
  {
    group: "networking.k8s.io",
    versions: ["v1"],
    kinds: ["NetworkPolicy"],
    reason: "network policies take no node capacity",
  },
  {
    group: "extensions",
    versions: ["v1beta1"],
    kinds: ["NetworkPolicy"],
    reason: "network policies take no node capacity",
  },
  ...["networking.k8s.io/v1", "networking.k8s.io/v1beta1", "extensions/v1beta1"].map((gv) => ({
    group: gv.split("/")[0],
    versions: [gv.split("/")[1]],
    kinds: ["Ingress"],
    reason:
      "an Ingress is not billed by itself: the load balancer its ingress controller provisions is (priced where it is declared, e.g. the controller's LoadBalancer Service)",
  })),
  {
    group: "networking.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: ["IngressClass"],
    reason: "ingress classes only name a controller: not billed",
  },
  {
    group: "networking.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: ["IPAddress", "ServiceCIDR"],
    reason: `cluster IP bookkeeping ${NO_CAPACITY}`,
  },
  {
    group: "storage.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: ["StorageClass"],
    reason: "storage classes are not billed: the volumes claimed through them are, on their claims",
  },
  {
    group: "storage.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: ["CSIDriver", "CSINode", "CSIStorageCapacity", "VolumeAttachment", "VolumeAttributesClass"],
    reason: "storage bookkeeping objects are not billed: the volumes are, on their claims",
  },
  {
    group: "resource.k8s.io",
    versions: ["v1", "v1beta1", "v1beta2", "v1alpha3"],
    kinds: ["ResourceClaim", "ResourceClaimTemplate", "DeviceClass"],
    reason:
      "device claims and classes are not billed: the node that holds the device (a GPU) is, on its node group or pool",
  },
  {
    group: "apiextensions.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: ["CustomResourceDefinition"],
    reason:
      "custom resource definitions extend the API: they take no node capacity (their controller's pods do)",
  },
  {
    group: "admissionregistration.k8s.io",
    versions: ["v1", "v1beta1"],
    kinds: [
      "MutatingWebhookConfiguration",
      "ValidatingWebhookConfiguration",
      "ValidatingAdmissionPolicy",
      "ValidatingAdmissionPolicyBinding",
    ],
    reason: `admission configuration ${NO_CAPACITY} (a webhook's pods are priced on their workload)`,
  },
  {
    group: "apiregistration.k8s.io",
    versions: ["v1"],
    kinds: ["APIService"],
    reason: `API registration ${NO_CAPACITY} (the serving pods are priced on their workload)`,
  },
  {
    group: "scheduling.k8s.io",
    versions: ["v1"],
    kinds: ["PriorityClass"],
    reason: `a priority class ${NO_CAPACITY}`,
  },
  { group: "coordination.k8s.io", versions: ["v1"], kinds: ["Lease"], reason: `a lease ${NO_CAPACITY}` },
  {
    group: "discovery.k8s.io",
    versions: ["v1"],
    kinds: ["EndpointSlice"],
    reason: `an API object that ${NO_CAPACITY}`,
  },
  {
    group: "node.k8s.io",
    versions: ["v1"],
    kinds: ["RuntimeClass"],
    reason: `a runtime class ${NO_CAPACITY}`,
  },
  {
    group: "flowcontrol.apiserver.k8s.io",
    versions: ["v1"],
    kinds: ["FlowSchema", "PriorityLevelConfiguration"],
    reason: `API server flow control ${NO_CAPACITY}`,
  },
  {
    group: "certificates.k8s.io",
    versions: ["v1"],
    kinds: ["CertificateSigningRequest"],
    reason: `a certificate signing request ${NO_CAPACITY}`,
  },
];

/**
 * Every free Kubernetes type token: each kind in each API version, and its `…Patch` type (a
 * server-side apply patch of the same object), e.g. `kubernetes:rbac.authorization.k8s.io/v1:Role`
 * and `kubernetes:rbac.authorization.k8s.io/v1:RolePatch`.
 */
export const KUBERNETES_FREE_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  FREE_KINDS.flatMap((f) =>
    f.versions.flatMap((v) =>
      f.kinds.flatMap((k) => [
        [`kubernetes:${f.group}/${v}:${k}`, f.reason],
        [`kubernetes:${f.group}/${v}:${k}Patch`, f.reason],
      ]),
    ),
  ),
);
