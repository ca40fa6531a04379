// A plain Pulumi program on Google Cloud: an API server on Compute Engine with a data disk and a
// firewall rule. `lepton-mc plan examples/raw-gcp` prices it and runs the policy pack offline.
import * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";

const zone = new pulumi.Config("gcp").require("zone");
const labels = { owner: "api", "cost-center": "cc-117" };

const image = gcp.compute.getImageOutput({ family: "debian-12", project: "debian-cloud" });

const data = new gcp.compute.Disk("api-data", { zone, size: 200, type: "pd-balanced", labels });

const api = new gcp.compute.Instance("api", {
  zone,
  machineType: "e2-standard-4",
  bootDisk: { initializeParams: { image: image.selfLink, size: 20, type: "pd-balanced" } },
  attachedDisks: [{ source: data.id }],
  networkInterfaces: [{ network: "default" }],
  shieldedInstanceConfig: { enableSecureBoot: true },
  tags: ["api"],
  labels,
});

new gcp.compute.Firewall("api-https", {
  network: "default",
  allows: [{ protocol: "tcp", ports: ["443"] }],
  sourceRanges: ["0.0.0.0/0"],
  targetTags: ["api"],
});

export const instanceName = api.name;
