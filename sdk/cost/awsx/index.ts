import { registry } from "../registry";
import * as ec2Service from "./ec2-service";
import * as ecrRepository from "./ecr-repository";
import * as fargateService from "./fargate-service";
import * as freeComponents from "./free-components";
import * as loadBalancer from "./load-balancer";
import * as vpc from "./vpc";

/**
 * Every priced awsx component, one file each. awsx components are built by the awsx plugin, which
 * does not run under mocks: their children never reach the plan, so each is priced from its args.
 */
export const awsxPricers = registry("awsx", [
  vpc,
  loadBalancer,
  fargateService,
  ec2Service,
  ecrRepository,
  freeComponents,
]);
