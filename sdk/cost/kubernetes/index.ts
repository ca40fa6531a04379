import { registry } from "../registry";
import * as service from "./service";
import * as workload from "./workload";

/** Every priced Kubernetes type: one file each, listed here. */
export const kubernetesPricers = registry("kubernetes", [workload, service]);
