import { registry } from "../registry";
import * as address from "./address";
import * as cloudFunctions from "./cloud-functions";
import * as cloudFunctionsV2 from "./cloud-functions-v2";
import * as cloudRun from "./cloud-run";
import * as containerCluster from "./container-cluster";
import * as containerNodePool from "./container-node-pool";
import * as disk from "./disk";
import * as forwardingRule from "./forwarding-rule";
import * as instance from "./instance";
import * as instanceGroup from "./instance-group";
import * as redisCluster from "./redis-cluster";
import * as redisInstance from "./redis-instance";
import * as routerNat from "./router-nat";
import * as sqlDatabaseInstance from "./sql-database-instance";
import * as storageBucket from "./storage-bucket";

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
]);
