import { registry } from "../registry";
import * as actionGroup from "./action-group";
import * as apiManagement from "./api-management";
import * as appConfiguration from "./app-configuration";
import * as appServiceCertificates from "./app-service-certificates";
import * as appServiceEnvironment from "./app-service-environment";
import * as appServicePlan from "./app-service-plan";
import * as applicationGateway from "./application-gateway";
import * as applicationInsights from "./application-insights";
import * as automationAccount from "./automation-account";
import * as azureFirewall from "./azure-firewall";
import * as bastionHost from "./bastion-host";
import * as cdn from "./cdn";
import * as cognitiveServices from "./cognitive-services";
import * as containerApps from "./container-apps";
import * as containerRegistry from "./container-registry";
import * as cosmosDb from "./cosmos-db";
import * as dataCollectionRule from "./data-collection-rule";
import * as dataFactory from "./data-factory";
import * as databricks from "./databricks";
import * as ddosProtectionPlan from "./ddos-protection-plan";
import * as defenderPricing from "./defender-pricing";
import * as diagnosticSetting from "./diagnostic-setting";
import * as disk from "./disk";
import * as dnsResolver from "./dns-resolver";
import * as dnsZone from "./dns-zone";
import * as domainServices from "./domain-services";
import * as eventGrid from "./event-grid";
import * as eventHubs from "./event-hubs";
import * as fileShare from "./file-share";
import * as flowLog from "./flow-log";
import * as frontDoor from "./front-door";
import * as iotHub from "./iot-hub";
import * as keyVault from "./key-vault";
import * as kubernetesCluster from "./kubernetes-cluster";
import * as loadBalancer from "./load-balancer";
import * as logAnalyticsWorkspace from "./log-analytics-workspace";
import * as logicIntegrationAccount from "./logic-integration-account";
import * as machineLearningCompute from "./machine-learning-compute";
import * as managedRedis from "./managed-redis";
import * as mariadbServer from "./mariadb-server";
import * as metricAlert from "./metric-alert";
import * as mysqlServer from "./mysql-server";
import * as natGateway from "./nat-gateway";
import * as notificationHubs from "./notification-hubs";
import * as postgresqlServer from "./postgresql-server";
import * as powerbiEmbedded from "./powerbi-embedded";
import * as privateEndpoint from "./private-endpoint";
import * as publicIp from "./public-ip";
import * as publicIpPrefix from "./public-ip-prefix";
import * as redisCache from "./redis-cache";
import * as scaleSet from "./scale-set";
import * as scheduledQueryRule from "./scheduled-query-rule";
import * as searchService from "./search-service";
import * as serviceBus from "./service-bus";
import * as signalR from "./signalr";
import * as snapshot from "./snapshot";
import * as sqlDatabase from "./sql-database";
import * as sqlManagedInstance from "./sql-managed-instance";
import * as staticWebApp from "./static-web-app";
import * as storageAccount from "./storage-account";
import * as storageQueue from "./storage-queue";
import * as storageTable from "./storage-table";
import * as synapse from "./synapse";
import * as synapseSparkPool from "./synapse-spark-pool";
import * as trafficManager from "./traffic-manager";
import * as virtualMachine from "./virtual-machine";
import * as virtualNetworkGateway from "./virtual-network-gateway";
import * as virtualNetworkPeering from "./virtual-network-peering";
import * as virtualWan from "./virtual-wan";

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
  applicationGateway,
  azureFirewall,
  bastionHost,
  ddosProtectionPlan,
  dnsZone,
  natGateway,
  privateEndpoint,
  publicIpPrefix,
  virtualNetworkGateway,
  virtualWan,
  containerRegistry,
  logAnalyticsWorkspace,
  applicationInsights,
  metricAlert,
  scheduledQueryRule,
  actionGroup,
  serviceBus,
  eventHubs,
  keyVault,
  cosmosDb,
  fileShare,
  cdn,
  synapse,
  synapseSparkPool,
  containerApps,
  apiManagement,
  appConfiguration,
  eventGrid,
  searchService,
  signalR,
  notificationHubs,
  staticWebApp,
  trafficManager,
  frontDoor,
  sqlManagedInstance,
  cognitiveServices,
  dataFactory,
  databricks,
  iotHub,
  dnsResolver,
  snapshot,
  powerbiEmbedded,
  defenderPricing,
  domainServices,
  logicIntegrationAccount,
  appServiceEnvironment,
  appServiceCertificates,
  automationAccount,
  machineLearningCompute,
  flowLog,
  diagnosticSetting,
  dataCollectionRule,
  virtualNetworkPeering,
  storageQueue,
  storageTable,
]);
