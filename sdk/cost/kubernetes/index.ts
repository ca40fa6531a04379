import { registry } from "../registry";
import * as job from "./job";
import * as persistentVolumeClaim from "./persistent-volume-claim";
import * as service from "./service";
import * as workload from "./workload";

/** Every priced Kubernetes type: one file each, listed here. */
export const kubernetesPricers = registry("kubernetes", [workload, job, service, persistentVolumeClaim]);
