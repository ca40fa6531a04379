import { registry } from "../registry";
import * as appServicePlan from "./app-service-plan";
import * as kubernetesCluster from "./kubernetes-cluster";
import * as publicIp from "./public-ip";
import * as storageAccount from "./storage-account";
import * as virtualMachine from "./virtual-machine";

/** Every priced classic Azure (`azure:*`, @pulumi/azure) type: one service file each, listed here. */
export const azureClassicPricers = registry("azure-classic", [
  publicIp,
  kubernetesCluster,
  virtualMachine,
  storageAccount,
  appServicePlan,
]);
