import { registry } from "../registry";
import * as address from "./address";
import * as artifactRegistry from "./artifact-registry";
import * as backendBucket from "./backend-bucket";
import * as bigquery from "./bigquery";
import * as cloudFunctions from "./cloud-functions";
import * as cloudFunctionsV2 from "./cloud-functions-v2";
import * as cloudRun from "./cloud-run";
import * as containerCluster from "./container-cluster";
import * as containerNodePool from "./container-node-pool";
import * as containerRegistry from "./container-registry";
import * as disk from "./disk";
import * as dns from "./dns";
import * as forwardingRule from "./forwarding-rule";
import * as image from "./image";
import * as instance from "./instance";
import * as instanceGroup from "./instance-group";
import * as kms from "./kms";
import * as logging from "./logging";
import * as machineImage from "./machine-image";
import * as monitoringMetricDescriptor from "./monitoring-metric-descriptor";
import * as pubsub from "./pubsub";
import * as redisCluster from "./redis-cluster";
import * as redisInstance from "./redis-instance";
import * as routerNat from "./router-nat";
import * as secretManager from "./secret-manager";
import * as serviceNetworking from "./service-networking";
import * as snapshot from "./snapshot";
import * as sqlDatabaseInstance from "./sql-database-instance";
import * as storageBucket from "./storage-bucket";
import * as targetProxy from "./target-proxy";
import * as vpn from "./vpn";

/** Every priced GCP type: one service file each, listed here. */
export const gcpPricers = registry("gcp", [
  instance,
  disk,
  instanceGroup,
  storageBucket,
  forwardingRule,
  containerCluster,
  containerNodePool,
  sqlDatabaseInstance,
  redisInstance,
  redisCluster,
  address,
  routerNat,
  cloudRun,
  cloudFunctions,
  cloudFunctionsV2,
  artifactRegistry,
  bigquery,
  containerRegistry,
  dns,
  image,
  kms,
  logging,
  machineImage,
  monitoringMetricDescriptor,
  pubsub,
  secretManager,
  serviceNetworking,
  snapshot,
  targetProxy,
  vpn,
  backendBucket,
]);
