import { registry } from "../registry";
import * as acmCertificate from "./acm-certificate";
import * as appsyncGraphqlApi from "./appsync-graphql-api";
import * as cloudformationStack from "./cloudformation-stack";
import * as glueCrawler from "./glue-crawler";
import * as kinesisFirehose from "./kinesis-firehose";
import * as lambdaProvisionedConcurrency from "./lambda-provisioned-concurrency";
import * as apiGateway from "./api-gateway";
import * as autoscalingGroup from "./autoscaling-group";
import * as backupVault from "./backup-vault";
import * as clientVpn from "./client-vpn";
import * as cloudfrontDistribution from "./cloudfront-distribution";
import * as cloudtrail from "./cloudtrail";
import * as cloudwatchDashboard from "./cloudwatch-dashboard";
import * as cloudwatchLogGroup from "./cloudwatch-log-group";
import * as cloudwatchMetricAlarm from "./cloudwatch-metric-alarm";
import * as codebuildProject from "./codebuild-project";
import * as config from "./config";
import * as docdb from "./docdb";
import * as dynamodbTable from "./dynamodb-table";
import * as ebsVolume from "./ebs-volume";
import * as ec2Instance from "./ec2-instance";
import * as ecrRepository from "./ecr-repository";
import * as ecsService from "./ecs-service";
import * as efsFileSystem from "./efs-file-system";
import * as eip from "./eip";
import * as eks from "./eks";
import * as elasticache from "./elasticache";
import * as eventBus from "./event-bus";
import * as glueCatalog from "./glue-catalog";
import * as glueJob from "./glue-job";
import * as kinesisStream from "./kinesis-stream";
import * as kmsKey from "./kms-key";
import * as lambdaFunction from "./lambda-function";
import * as loadBalancer from "./load-balancer";
import * as mqBroker from "./mq-broker";
import * as mskCluster from "./msk-cluster";
import * as natGateway from "./nat-gateway";
import * as neptune from "./neptune";
import * as networkFirewall from "./network-firewall";
import * as opensearchDomain from "./opensearch-domain";
import * as rdsCluster from "./rds-cluster";
import * as rdsInstance from "./rds-instance";
import * as redshiftCluster from "./redshift-cluster";
import * as route53 from "./route53";
import * as route53ResolverEndpoint from "./route53-resolver-endpoint";
import * as s3Bucket from "./s3-bucket";
import * as secretsmanagerSecret from "./secretsmanager-secret";
import * as sfnStateMachine from "./sfn-state-machine";
import * as snsTopic from "./sns-topic";
import * as sqsQueue from "./sqs-queue";
import * as ssmParameter from "./ssm-parameter";
import * as transferServer from "./transfer-server";
import * as transitGateway from "./transit-gateway";
import * as vpcEndpoint from "./vpc-endpoint";
import * as vpnConnection from "./vpn-connection";
import * as wafv2WebAcl from "./wafv2-web-acl";

/** Every priced AWS type: one service file each, listed here. */
export const awsPricers = registry("aws", [
  ec2Instance,
  ebsVolume,
  autoscalingGroup,
  loadBalancer,
  s3Bucket,
  rdsInstance,
  rdsCluster,
  elasticache,
  eks,
  ecsService,
  natGateway,
  eip,
  lambdaFunction,
  ecrRepository,
  cloudwatchLogGroup,
  cloudwatchMetricAlarm,
  secretsmanagerSecret,
  sqsQueue,
  snsTopic,
  dynamodbTable,
  efsFileSystem,
  route53,
  kmsKey,
  cloudfrontDistribution,
  apiGateway,
  vpcEndpoint,
  transitGateway,
  vpnConnection,
  kinesisStream,
  cloudwatchDashboard,
  ssmParameter,
  eventBus,
  sfnStateMachine,
  networkFirewall,
  route53ResolverEndpoint,
  transferServer,
  wafv2WebAcl,
  cloudtrail,
  config,
  backupVault,
  docdb,
  mqBroker,
  mskCluster,
  opensearchDomain,
  redshiftCluster,
  neptune,
  clientVpn,
  codebuildProject,
  glueJob,
  glueCrawler,
  kinesisFirehose,
  lambdaProvisionedConcurrency,
  appsyncGraphqlApi,
  acmCertificate,
  cloudformationStack,
  glueCatalog,
]);
