import { registry } from "../registry";
import * as cluster from "./cluster";
import * as freeComponents from "./free-components";
import * as managedNodeGroup from "./managed-node-group";
import * as nodeGroup from "./node-group";

/**
 * Every priced pulumi-eks component, one file each. They are built by the eks plugin, which does
 * not run under mocks: their children never reach the plan, so each is priced from its args.
 */
export const eksPricers = registry("eks", [cluster, managedNodeGroup, nodeGroup, freeComponents]);
