import { registry } from "../registry";
import * as appServicePlan from "./app-service-plan";
import * as disk from "./disk";
import * as kubernetesCluster from "./kubernetes-cluster";
import * as loadBalancer from "./load-balancer";
import * as managedRedis from "./managed-redis";
import * as mariadbServer from "./mariadb-server";
import * as mysqlServer from "./mysql-server";
import * as postgresqlServer from "./postgresql-server";
import * as publicIp from "./public-ip";
import * as redisCache from "./redis-cache";
import * as scaleSet from "./scale-set";
import * as sqlDatabase from "./sql-database";
import * as storageAccount from "./storage-account";
import * as virtualMachine from "./virtual-machine";

/** Every priced Azure type: one service file each, listed here. */
export const azurePricers = registry("azure", [
  virtualMachine,
  scaleSet,
  disk,
  storageAccount,
  loadBalancer,
  publicIp,
  appServicePlan,
  kubernetesCluster,
  sqlDatabase,
  postgresqlServer,
  mysqlServer,
  mariadbServer,
  redisCache,
  managedRedis,
]);
