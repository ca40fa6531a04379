import { Issue, throwIfIssues } from "../../sdk/errors";
import { Checker } from "../../sdk/units/checks";
import { checkMonitoring, CpuAlarm } from "../shared/alarms";
import { checkIngress, ResolvedIngressRule } from "../shared/ingress";
import { assertNetworkShape, checkNetwork } from "../shared/network";
import { assertPlain, isPlain } from "../shared/plain";
import { checkUserData } from "../shared/user-data";
import type { MultiCloudVmArgs } from "./index";

/** The args that need checking, checked: resolved values and every problem found. */
export interface CheckedArgs {
  ingress: ResolvedIngressRule[];
  alarms: CpuAlarm[];
  /** Set when the machine runs on spot capacity (acknowledged), with what an interruption does. */
  spot?: { onInterruption: "stop" | "delete" };
  issues: Issue[];
}

/** What happens to a spot machine at an interruption (string values, for every Pulumi language). */
export const SPOT_INTERRUPTION = ["stop", "delete"] as const;

/**
 * Checks `capacity` and `spot`. A MultiCloudVm keeps its state on its disk, so spot is accepted
 * only acknowledged: the cloud may stop it at any time (`acknowledgeInterruptions`), and when an
 * interruption deletes it, its disk goes too (`acknowledgeDataLoss`).
 */
function checkSpot(args: MultiCloudVmArgs, c: Checker): CheckedArgs["spot"] {
  const capacity =
    args.capacity === undefined
      ? "onDemand"
      : c.choice("capacity", args.capacity, ["onDemand", "spot"] as const);
  const priceBy = (args.placement as { priceBy?: unknown } | undefined)?.priceBy;
  if (capacity !== "spot") {
    if (args.spot !== undefined)
      c.add("spot", args.spot, 'drop spot, or set capacity: "spot" to run the machine on spot capacity');
    if (priceBy === "spot")
      c.add(
        "placement.priceBy",
        priceBy,
        'the machine runs on-demand, so rank by on-demand prices: drop priceBy, or set capacity: "spot" (with spot.acknowledgeInterruptions)',
      );
    return undefined;
  }
  if (args.placement?.cloud === "kubernetes") {
    c.add(
      "capacity",
      "spot",
      'a machine on Kubernetes is a StatefulSet pod, not a cloud VM: drop capacity "spot" (a BalancedPool with kubernetes.spotNodes puts stateless pods on spot nodes)',
    );
    return undefined;
  }
  const spot = c.object("spot", args.spot ?? {});
  if (!spot) return undefined;
  const sc = new Checker("spot");
  sc.unknownKeys(spot, ["acknowledgeInterruptions", "onInterruption", "acknowledgeDataLoss"]);
  if (spot.acknowledgeInterruptions !== true)
    sc.add(
      "acknowledgeInterruptions",
      spot.acknowledgeInterruptions,
      'set it to true to accept that the cloud may stop this machine at any time, with seconds to a few minutes\' notice; or drop capacity "spot"',
    );
  const onInterruption =
    spot.onInterruption === undefined
      ? "stop"
      : sc.choice("onInterruption", spot.onInterruption, SPOT_INTERRUPTION);
  if (spot.acknowledgeDataLoss !== undefined && typeof spot.acknowledgeDataLoss !== "boolean")
    sc.add("acknowledgeDataLoss", spot.acknowledgeDataLoss, "use true or false");
  else if (onInterruption === "delete" && spot.acknowledgeDataLoss !== true)
    sc.add(
      "acknowledgeDataLoss",
      spot.acknowledgeDataLoss,
      'onInterruption "delete" deletes the machine and its disk at every interruption: set acknowledgeDataLoss: true if the data on it may be lost, or use onInterruption "stop" (the disk is kept)',
    );
  c.issues.push(...sc.issues);
  return sc.issues.length === 0 && onInterruption ? { onInterruption } : undefined;
}

const FIELDS = [
  "unit",
  "placement",
  "ingress",
  "publicIp",
  "network",
  "sshPublicKey",
  "adminUsername",
  "userData",
  "expectedUtilization",
  "monitoring",
  "tags",
  "providers",
  "transform",
  "gcp",
  "kubernetes",
  "capacity",
  "spot",
] as const;

/**
 * Fields the component reads while the program runs (placement, checks, the resource layout),
 * with why each must be a plain value, in the field's terms. The other fields take Inputs.
 */
const PLAIN: Partial<Record<(typeof FIELDS)[number], string>> = {
  unit: "placement reads the unit to choose the cloud, region and instance type",
  placement: "placement reads it to choose where the machine goes",
  ingress:
    "each rule is checked (SSH or RDP open to the internet is refused) and becomes firewall rules of its own",
  publicIp: "it decides whether an address resource is created",
  expectedUtilization:
    "it is checked (0 to 1) and written into the lepton:expected-utilization tag the cost rules read during preview",
  monitoring: "it decides which alarms are created",
  tags: "tags are checked and rewritten for the cloud the machine lands on",
  gcp: "gcp.zone is checked against the region placement chose",
  capacity:
    "placement prices the machine by it (spot or on-demand) and it decides the instance's market settings",
  spot: "it is checked (interruptions acknowledged) and decides what an interruption does to the machine",
};

const SSH_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/** Login names Azure refuses for Linux VMs (and `root`, which no cloud lets you log in as here). */
const RESERVED_USERS = new Set(
  "administrator admin user user1 test user2 test1 user3 admin1 1 123 a actuser adm admin2 aspnet backup console david guest john owner root server sql support support_388945a0 sys test2 test3 user4 user5".split(
    " ",
  ),
);

/**
 * Checks the args a MultiCloudVm reads itself (the unit and placement are the sdk's to check).
 * Throws at once for an Output where a plain value is needed; collects every other problem.
 */
export function checkArgs(args: MultiCloudVmArgs): CheckedArgs {
  const c = new Checker("");
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    c.add("args", args, "use an object such as { unit: { vcpus: 2, memoryGiB: 4 } }");
    throwIfIssues(c.issues, "MultiCloudVm args");
  }
  for (const [field, why] of Object.entries(PLAIN))
    assertPlain(args[field as keyof typeof PLAIN], field, why);
  assertPlain(
    args.kubernetes?.profile,
    "kubernetes.profile",
    "it prices the machine on Kubernetes, which placement compares with the clouds",
  );
  assertNetworkShape(args.network);
  // Which Kubernetes settings are given is read; the image, namespace and storage class may be Outputs.
  assertPlain(args.kubernetes, "kubernetes", "its fields are read when the program runs", new Set(), 0);
  c.unknownKeys(args, FIELDS);

  const ingress = checkIngress(args.ingress);
  c.issues.push(...ingress.issues);
  const monitoring = checkMonitoring(args.monitoring);
  c.issues.push(...monitoring.issues);
  c.issues.push(...checkNetwork(args.network));
  if (typeof args.userData === "string") c.issues.push(...checkUserData(args.userData));

  if (args.publicIp !== undefined && typeof args.publicIp !== "boolean")
    c.add("publicIp", args.publicIp, "use true or false");
  if (typeof args.sshPublicKey === "string" && !SSH_KEY.test(args.sshPublicKey.trim()))
    c.add(
      "sshPublicKey",
      args.sshPublicKey,
      'use an OpenSSH public key line such as "ssh-ed25519 AAAAC3… me@laptop" (the .pub file, not the private key)',
    );
  // An Output login name is checked by the cloud when it is known.
  if (args.adminUsername !== undefined && isPlain(args.adminUsername)) {
    const user: unknown = args.adminUsername;
    if (typeof user !== "string" || !/^[a-z_][a-z0-9_-]{0,31}$/.test(user))
      c.add("adminUsername", user, "use a Linux login name: lowercase letters, digits, _ and -, at most 32");
    else if (RESERVED_USERS.has(user))
      c.add("adminUsername", user, `use another name: "${user}" is reserved on Azure or by the system`);
  }
  if (args.expectedUtilization !== undefined)
    c.number("expectedUtilization", args.expectedUtilization, { min: 0, max: 1 });
  if (args.tags !== undefined) {
    const tags = c.object("tags", args.tags);
    for (const [k, v] of Object.entries(tags ?? {}))
      if (typeof v !== "string" || k === "") c.add(`tags.${k}`, v, "use non-empty keys and string values");
  }
  if (args.gcp !== undefined) {
    const g = c.object("gcp", args.gcp);
    if (g) {
      const gc = new Checker("gcp");
      gc.unknownKeys(g, ["zone"]);
      if (g.zone !== undefined && (typeof g.zone !== "string" || !/^[a-z]+-[a-z]+\d+-[a-z]$/.test(g.zone)))
        gc.add("zone", g.zone, 'use a zone name such as "europe-west4-a"');
      c.issues.push(...gc.issues);
    }
  }
  if (args.kubernetes !== undefined) {
    const k = c.object("kubernetes", args.kubernetes);
    if (k) {
      const kc = new Checker("kubernetes");
      kc.unknownKeys(k, ["namespace", "storageClass", "image", "mountPath", "profile"]);
      if (
        k.mountPath !== undefined &&
        isPlain(k.mountPath) &&
        (typeof k.mountPath !== "string" || !k.mountPath.startsWith("/"))
      )
        kc.add("mountPath", k.mountPath, 'use an absolute path such as "/data"');
      const p = k.profile === undefined ? undefined : kc.object("profile", k.profile);
      if (p) {
        const pc = new Checker("kubernetes.profile");
        const rates = ["vcpuHourUsd", "memoryGiBHourUsd", "gpuHourUsd"];
        pc.unknownKeys(p, rates);
        for (const r of rates) if (p[r] !== undefined) pc.number(r, p[r], { min: 0 });
        kc.issues.push(...pc.issues);
      }
      c.issues.push(...kc.issues);
    }
  }
  if (args.transform !== undefined) {
    const t = c.object("transform", args.transform);
    if (t) {
      const tc = new Checker("transform");
      tc.unknownKeys(t, ["aws", "azure", "gcp", "kubernetes"]);
      c.issues.push(...tc.issues);
    }
  }
  const spot = checkSpot(args, c);
  return { ingress: ingress.rules, alarms: monitoring.alarms, ...(spot ? { spot } : {}), issues: c.issues };
}
