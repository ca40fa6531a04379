import { registry } from "../registry";
import * as autoscalingGroup from "./autoscaling-group";
import * as ebsVolume from "./ebs-volume";
import * as ec2Instance from "./ec2-instance";
import * as ecsService from "./ecs-service";
import * as eip from "./eip";
import * as eks from "./eks";
import * as elasticache from "./elasticache";
import * as lambdaFunction from "./lambda-function";
import * as loadBalancer from "./load-balancer";
import * as natGateway from "./nat-gateway";
import * as rdsCluster from "./rds-cluster";
import * as rdsInstance from "./rds-instance";
import * as s3Bucket from "./s3-bucket";

/** Every priced AWS type: one service file each, listed here. */
export const awsPricers = registry("aws", [ec2Instance, ebsVolume, autoscalingGroup, loadBalancer, s3Bucket, rdsInstance, rdsCluster, elasticache, eks, ecsService, natGateway, eip, lambdaFunction]);
