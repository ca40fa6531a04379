import { registry } from "../registry";
import * as restApi from "./rest-api";

/**
 * Every priced aws-apigateway component (npm @pulumi/aws-apigateway), one file each. They are
 * built by the aws-apigateway plugin, which does not run under mocks: their children never reach
 * the plan, so each is priced from its args.
 */
export const awsApigatewayPricers = registry("aws-apigateway", [restApi]);
