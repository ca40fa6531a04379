// A plain Pulumi program on Kubernetes: a web Deployment with its Service and autoscaler.
// `lepton-mc plan examples/raw-k8s` prices the pods' requests with the catalog's Kubernetes profile.
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const replicas = new pulumi.Config().getNumber("replicas") ?? 3;
const labels = { app: "shop", owner: "shop", "cost-center": "cc-311" };

const ns = new k8s.core.v1.Namespace("shop", { metadata: { name: "shop", labels } });

const deployment = new k8s.apps.v1.Deployment("shop", {
  metadata: { namespace: ns.metadata.name, labels },
  spec: {
    replicas,
    selector: { matchLabels: { app: "shop" } },
    template: {
      metadata: { labels },
      spec: {
        containers: [
          {
            name: "web",
            image: "nginx:1.27",
            ports: [{ containerPort: 80 }],
            resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } },
          },
        ],
      },
    },
  },
});

new k8s.core.v1.Service("shop", {
  metadata: { namespace: ns.metadata.name, labels },
  spec: { type: "ClusterIP", selector: { app: "shop" }, ports: [{ port: 80, targetPort: 80 }] },
});

new k8s.autoscaling.v2.HorizontalPodAutoscaler("shop", {
  metadata: { namespace: ns.metadata.name, labels },
  spec: {
    scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata.name },
    minReplicas: replicas,
    maxReplicas: replicas * 3,
    metrics: [
      {
        type: "Resource",
        resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
      },
    ],
  },
});

export const deploymentName = deployment.metadata.name;
