import type * as pulumi from "@pulumi/pulumi";
import { CLOUDS, GEOGRAPHIES, PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import type { Cloud } from "../../sdk/catalog/types";
import { Issue, LeptonError, throwIfIssues, ValidationError } from "../../sdk/errors";
import { checkChildNames } from "../../sdk/names";
import { atSpotPrice, blendedHourlyUsd, PlacementError } from "../../sdk/placement/place";
import type { Placement } from "../../sdk/placement/place";
import { checkTags, TAGS } from "../../sdk/tags";
import { Checker } from "../../sdk/units/checks";
import { ResolvedComputeUnit, validateComputeUnit } from "../../sdk/units/compute";
import { leptonConfig } from "../shared/config";
import { containerImage } from "../shared/images";
import { checkIngress } from "../shared/ingress";
import { checkNetwork } from "../shared/network";
import { scaleRecordedPlacement } from "../../sdk/placement/ledger";
import { lockKey, placeMachineUnderLock } from "../shared/lock";
import { PlacementArgs, placeForComponent } from "../shared/placement";
import { isPlain } from "../shared/plain";
import { childTags, unitLabel } from "../shared/tags";
import { checkUserData } from "../shared/user-data";
import type { MemberPlan, PoolBackend, PoolNames, PoolSettings } from "./backend";
import { splitBase, splitCapacity } from "../../sdk/placement/split";
import type { SpotDistribution } from "../../sdk/placement/split";
import { smallestTotalForAll } from "./capacity";
import type { BalancedPoolArgs, PoolPlacement } from "./index";
import { SPOT_NODES } from "./spot";

const ARG_FIELDS = [
  "unit",
  "placements",
  "spread",
  "scaling",
  "port",
  "protocol",
  "healthCheck",
  "dns",
  "ingress",
  "network",
  "publicIp",
  "tags",
  "providers",
  "transform",
  "expectedUtilization",
  "userData",
  "kubernetes",
  "capacity",
] as const;

const DEFAULTS = {
  port: 80,
  protocol: "http",
  path: "/",
  intervalSeconds: 30,
  targetCpuUtilization: 0.6,
  cooldownSeconds: 300,
  ttl: 60,
  namespace: "default",
} as const;

/** What placement is asked for each member: pinned fields, or the spread to choose from. */
type MemberRequest = { kind: "placements"; placements: PoolPlacement[] } | { kind: "spread"; count: number };

/** Checks every argument but the members' placement; collects all problems. */
function checkArgs(
  args: BalancedPoolArgs,
  c: Checker,
): {
  settings: Omit<PoolSettings, "name" | "tagsFor" | "catalog">;
  request?: MemberRequest;
  scaling?: { min: number; desired: number; max: number };
} {
  const a = args as unknown as Record<string, unknown>;
  c.unknownKeys(a, ARG_FIELDS);
  let unit: ResolvedComputeUnit | undefined;
  try {
    unit = validateComputeUnit(args.unit, "unit");
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    c.issues.push(...e.issues);
  }

  let request: MemberRequest | undefined;
  if (args.placements !== undefined && args.spread !== undefined) {
    c.add("spread", args.spread, "give either placements or spread, not both");
  } else if (args.placements !== undefined) {
    if (!Array.isArray(args.placements) || args.placements.length === 0) {
      c.add("placements", args.placements, 'use a non-empty array such as [{ cloud: "aws", weight: 1 }]');
    } else {
      args.placements.forEach((raw, i) => {
        const p = c.object(`placements[${i}]`, raw);
        if (!p) return;
        const pc = new Checker(c.at(`placements[${i}]`));
        pc.unknownKeys(p, ["cloud", "region", "weight", "instanceType"]);
        pc.choice("cloud", p.cloud, CLOUDS);
        pc.number("weight", p.weight, { exclusiveMin: 0 });
        if (p.region !== undefined && typeof p.region !== "string")
          pc.add("region", p.region, "use a region name");
        if (p.instanceType !== undefined && typeof p.instanceType !== "string")
          pc.add("instanceType", p.instanceType, "use an instance type name from the catalog");
        c.issues.push(...pc.issues);
      });
      request = { kind: "placements", placements: args.placements };
    }
  } else if (args.spread !== undefined) {
    const s = c.object("spread", args.spread);
    if (s) {
      const sc = new Checker(c.at("spread"));
      sc.unknownKeys(s, ["clouds", "geography", "count"]);
      const count = sc.number("count", s.count, { min: 1, max: 20, integer: true });
      if (s.clouds !== undefined) {
        if (!Array.isArray(s.clouds) || s.clouds.length === 0)
          sc.add("clouds", s.clouds, `use a non-empty array of ${PUBLIC_CLOUDS.join(", ")}`);
        else s.clouds.forEach((x, i) => sc.choice(`clouds[${i}]`, x, PUBLIC_CLOUDS));
      }
      if (s.geography !== undefined) sc.choice("geography", s.geography, GEOGRAPHIES);
      c.issues.push(...sc.issues);
      if (sc.issues.length === 0) request = { kind: "spread", count: count! };
    }
  } else {
    c.add(
      "placements",
      undefined,
      'give placements (e.g. [{ cloud: "aws", weight: 1 }]) or spread (e.g. { count: 2 })',
    );
  }

  let scaling: { min: number; desired: number; max: number } | undefined;
  let target: number | undefined = DEFAULTS.targetCpuUtilization;
  let cooldown: number | undefined = DEFAULTS.cooldownSeconds;
  const s = c.object("scaling", args.scaling);
  if (s) {
    const sc = new Checker(c.at("scaling"));
    sc.unknownKeys(s, ["min", "max", "desired", "targetCpuUtilization", "cooldownSeconds"]);
    const min = sc.number("min", s.min, { min: 0, integer: true });
    const max = sc.number("max", s.max, { min: 1, max: 10000, integer: true });
    const desired =
      s.desired === undefined ? min : sc.number("desired", s.desired, { min: 0, integer: true });
    if (s.targetCpuUtilization !== undefined)
      target = sc.number("targetCpuUtilization", s.targetCpuUtilization, { exclusiveMin: 0, max: 1 });
    if (s.cooldownSeconds !== undefined)
      cooldown = sc.number("cooldownSeconds", s.cooldownSeconds, { min: 0, max: 3600, integer: true });
    if (min !== undefined && max !== undefined && min > max)
      sc.add("min", min, `use a min no larger than max (${max}), or raise max`);
    if (min !== undefined && desired !== undefined && desired < min)
      sc.add("desired", desired, `use a desired of at least min (${min})`);
    if (max !== undefined && desired !== undefined && desired > max)
      sc.add("desired", desired, `use a desired of at most max (${max}), or raise max`);
    c.issues.push(...sc.issues);
    if (sc.issues.length === 0) scaling = { min: min!, desired: desired!, max: max! };
  }

  const port =
    args.port === undefined
      ? DEFAULTS.port
      : c.number("port", args.port, { min: 1, max: 65535, integer: true });
  const protocol =
    args.protocol === undefined
      ? DEFAULTS.protocol
      : c.choice("protocol", args.protocol, ["http", "tcp"] as const);
  let path: string = DEFAULTS.path;
  let interval: number | undefined = DEFAULTS.intervalSeconds;
  if (args.healthCheck !== undefined) {
    const h = c.object("healthCheck", args.healthCheck);
    if (h) {
      const hc = new Checker(c.at("healthCheck"));
      hc.unknownKeys(h, ["path", "intervalSeconds"]);
      if (h.path !== undefined) {
        if (protocol === "tcp")
          hc.add("path", h.path, 'drop path: protocol "tcp" checks only that the port accepts connections');
        else if (typeof h.path !== "string" || !/^\/\S*$/.test(h.path))
          hc.add("path", h.path, 'use an absolute path such as "/healthz"');
        else path = h.path;
      }
      if (h.intervalSeconds !== undefined)
        interval = hc.number("intervalSeconds", h.intervalSeconds, { min: 5, max: 300, integer: true });
      c.issues.push(...hc.issues);
    }
  }

  let dns: PoolSettings["dns"];
  if (args.dns !== undefined) {
    const d = c.object("dns", args.dns);
    if (d) {
      const dc = new Checker(c.at("dns"));
      dc.unknownKeys(d, ["provider", "zone", "name", "ttl", "resourceGroupName"]);
      const provider = dc.choice("provider", d.provider, ["aws", "azure", "gcp"] as const);
      if (typeof d.zone !== "string" || d.zone.trim() === "")
        dc.add(
          "zone",
          d.zone,
          provider === "aws"
            ? 'use the Route 53 hosted zone id ("Z…") or its domain name'
            : provider === "azure"
              ? 'use the Azure DNS zone name, e.g. "example.com"'
              : 'use the Cloud DNS managed zone name, e.g. "example-com"',
        );
      if (
        typeof d.name !== "string" ||
        !/^(?=.{1,253}$)([a-zA-Z0-9_]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/.test(d.name)
      )
        dc.add("name", d.name, 'use a full host name such as "www.example.com" (no trailing dot)');
      const ttl =
        d.ttl === undefined ? DEFAULTS.ttl : dc.number("ttl", d.ttl, { min: 1, max: 86400, integer: true });
      if (
        d.resourceGroupName !== undefined &&
        isPlain(d.resourceGroupName) &&
        (typeof d.resourceGroupName !== "string" || d.resourceGroupName === "")
      )
        dc.add("resourceGroupName", d.resourceGroupName, "use the name of the DNS zone's resource group");
      c.issues.push(...dc.issues);
      if (dc.issues.length === 0)
        dns = {
          provider: provider!,
          zone: d.zone as string,
          name: d.name as string,
          ttl: ttl!,
          ...(d.resourceGroupName !== undefined
            ? { resourceGroupName: d.resourceGroupName as pulumi.Input<string> }
            : {}),
        };
    }
  }

  const ingress = checkIngress(args.ingress, "ingress");
  c.issues.push(
    ...ingress.issues,
    ...checkNetwork(args.network, "network"),
    ...checkUserData(isPlain(args.userData) ? args.userData : undefined, "userData"),
  );
  if (args.tags !== undefined) {
    const t = c.object("tags", args.tags);
    if (t)
      for (const [k, v] of Object.entries(t))
        if (typeof v !== "string") c.add(`tags.${k}`, v, "use a string value");
  }
  if (args.publicIp !== undefined && typeof args.publicIp !== "boolean")
    c.add("publicIp", args.publicIp, "use true or false");
  if (args.expectedUtilization !== undefined)
    c.number("expectedUtilization", args.expectedUtilization, { exclusiveMin: 0, max: 1 });
  let k8s: { image?: unknown; namespace?: unknown; spotNodes?: unknown } = {};
  if (args.kubernetes !== undefined) {
    const k = c.object("kubernetes", args.kubernetes);
    if (k) {
      const kc = new Checker(c.at("kubernetes"));
      kc.unknownKeys(k, ["image", "namespace", "spotNodes"]);
      if (k.spotNodes !== undefined) kc.choice("spotNodes", k.spotNodes, SPOT_NODES);
      if (k.image !== undefined && isPlain(k.image) && (typeof k.image !== "string" || k.image === ""))
        kc.add("image", k.image, 'use a container image reference such as "nginx:1.27"');
      if (
        k.namespace !== undefined &&
        isPlain(k.namespace) &&
        !(typeof k.namespace === "string" && /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(k.namespace))
      )
        kc.add(
          "namespace",
          k.namespace,
          "use a namespace name: lowercase letters, digits and '-', at most 63",
        );
      c.issues.push(...kc.issues);
      k8s = k;
    }
  }
  if (args.transform !== undefined) c.object("transform", args.transform);

  let spotPercent: number | undefined = 0;
  let onDemandBase: number | undefined = 0;
  if (args.capacity !== undefined) {
    const cap = c.object("capacity", args.capacity);
    if (cap) {
      const cc = new Checker(c.at("capacity"));
      cc.unknownKeys(cap, ["spotPercent", "onDemandBase"]);
      if (cap.spotPercent !== undefined)
        spotPercent = cc.number("spotPercent", cap.spotPercent, { min: 0, max: 100, integer: true });
      if (cap.onDemandBase !== undefined) {
        onDemandBase = cc.number("onDemandBase", cap.onDemandBase, { min: 0, integer: true });
        if (onDemandBase !== undefined && scaling && onDemandBase > scaling.max) {
          cc.add(
            "onDemandBase",
            onDemandBase,
            `use a base of at most scaling.max (${scaling.max}), the most instances the pool runs, or raise scaling.max`,
          );
          onDemandBase = undefined;
        }
      }
      c.issues.push(...cc.issues);
    }
  }

  const settings: Omit<PoolSettings, "name" | "tagsFor" | "catalog"> = {
    unit: unit!,
    port: port!,
    protocol: protocol!,
    healthCheck: { path, intervalSeconds: interval! },
    targetCpuUtilization: target!,
    cooldownSeconds: cooldown!,
    ingress: ingress.rules,
    publicIp: args.publicIp === true,
    network: args.network ?? {},
    ...(args.userData !== undefined ? { userData: args.userData } : {}),
    providers: args.providers ?? {},
    transform: args.transform ?? {},
    kubernetes: {
      image: (k8s.image as pulumi.Input<string> | undefined) ?? (unit ? containerImage(unit.image) : ""),
      namespace: (k8s.namespace as pulumi.Input<string> | undefined) ?? DEFAULTS.namespace,
      ...(typeof k8s.spotNodes === "string"
        ? { spotNodes: k8s.spotNodes as "karpenter" | "gke" | "aks" }
        : {}),
    },
    capacity: { spotPercent: spotPercent ?? 0, onDemandBase: onDemandBase ?? 0 },
    ...(dns ? { dns } : {}),
  };
  return { settings, request, scaling };
}

/**
 * Problems of a spot share the members reveal: a member (locked, or pinned) whose type has no spot
 * price in its region, and Kubernetes members with no way to reach spot nodes.
 */
function spotIssues(settings: PoolSettings, members: MemberPlan[], kind: "placements" | "spread"): Issue[] {
  const { spotPercent } = settings.capacity;
  if (spotPercent === 0) return [];
  const issues: Issue[] = [];
  for (const m of members) {
    if (m.cloud === "kubernetes") {
      if (!settings.kubernetes.spotNodes)
        issues.push({
          path: "kubernetes.spotNodes",
          value: undefined,
          problem: `is needed: capacity.spotPercent ${spotPercent} puts part of the Kubernetes member's pods on spot nodes`,
          expected: `name how the cluster marks them: ${SPOT_NODES.map((x) => `"${x}"`).join(", ")}`,
        });
      continue;
    }
    if (!settings.catalog.spotPrice(m.cloud, m.region, m.instanceType))
      issues.push({
        path: "capacity.spotPercent",
        value: spotPercent,
        problem: `asks for spot, but the catalog has no spot price for ${m.instanceType} in ${m.cloud} ${m.region} (member ${m.index}${kind === "placements" ? `, placements[${m.index}]` : ""})`,
        expected:
          "set spotPercent to 0, move the member to a type or region with a spot price (Azure lists spot prices in US regions only), or add one with a user catalog's spotOffers",
      });
  }
  return issues;
}

/**
 * Places a member that runs a spot share: the cheapest type by spot price, unless the cheapest by
 * on-demand price (with a spot price too) costs less at the member's desired size, where an
 * on-demand base can weigh more than the spot share.
 */
function placeForShare(
  unit: ResolvedComputeUnit,
  constraints: PlacementArgs,
  field: string,
  share: SpotDistribution | undefined,
  desired: number,
): Placement {
  if (!share) return placeForComponent(unit, constraints, field).placement;
  const bySpot = placeForComponent(unit, { ...constraints, priceBy: "spot" }, field).placement;
  if (share.onDemandBase === 0 && share.spotPercent === 100) return bySpot;
  const { catalog } = leptonConfig();
  let byOnDemand: Placement;
  try {
    byOnDemand = placeForComponent(unit, constraints, field).placement;
  } catch {
    return bySpot;
  }
  const count = Math.max(1, desired);
  const a = blendedHourlyUsd(bySpot, share, count, catalog)!;
  const b = blendedHourlyUsd(byOnDemand, share, count, catalog);
  return b !== undefined && b < a ? atSpotPrice(byOnDemand, catalog) : bySpot;
}

const geographyOf = (spread: NonNullable<BalancedPoolArgs["spread"]>) =>
  spread.geography ? { geography: spread.geography } : {};

/** The `count` cheapest regions for the unit, one placement each, among the clouds and geography given. */
function placeSpread(
  unit: ResolvedComputeUnit,
  spread: NonNullable<BalancedPoolArgs["spread"]>,
  priceBy: { priceBy?: "spot" },
): Placement[] {
  const { clouds, catalog } = leptonConfig();
  const scope = spread.clouds ?? clouds;
  let regions = scope.flatMap((cloud) =>
    catalog
      .regions(cloud)
      .filter((r) => !spread.geography || r.geography === spread.geography)
      .map((r) => r.name),
  );
  const chosen: Placement[] = [];
  while (chosen.length < spread.count) {
    try {
      if (regions.length === 0) throw new PlacementError("no region left", "spread", []);
      const { placement } = placeForComponent(unit, { clouds: scope, regions, ...priceBy }, "spread");
      chosen.push(placement);
      regions = regions.filter((r) => r !== placement.region);
    } catch (e) {
      if (!(e instanceof PlacementError) || chosen.length === 0) throw e;
      throw new LeptonError(
        `spread.count: ${spread.count} is not valid; only ${chosen.length} region(s) of ${scope.join(", ")}${spread.geography ? ` in ${spread.geography}` : ""} can host the unit (${chosen.map((p) => `${p.cloud} ${p.region}`).join(", ")}); lower count or widen clouds/geography`,
      );
    }
  }
  return chosen;
}

/**
 * Checks the pool's arguments, places its members, splits the capacity and runs each target's
 * own checks. Throws a ValidationError listing every problem (or a placement error) before the
 * pool creates anything.
 */
export function planPool(
  name: string,
  args: BalancedPoolArgs,
  component: { type: string; parent?: pulumi.Resource },
  backends: Record<Cloud, PoolBackend>,
): { settings: PoolSettings; members: MemberPlan[]; names: PoolNames } {
  const c = new Checker("");
  if (typeof args !== "object" || args === null || Array.isArray(args)) {
    c.add("args", args, "use an object with unit, placements (or spread) and scaling");
    throwIfIssues(c.issues, "BalancedPool arguments");
  }
  const checked = checkArgs(args, c);
  throwIfIssues(c.issues, `BalancedPool "${name}" arguments`);
  const settings: PoolSettings = {
    name,
    ...checked.settings,
    catalog: leptonConfig().catalog,
    tagsFor: (cloud) =>
      childTags(
        cloud,
        { type: component.type, name, parent: component.parent },
        unitLabel(checked.settings.unit),
        {
          [TAGS.expectedUtilization]: String(
            args.expectedUtilization ?? checked.settings.targetCpuUtilization,
          ),
        },
        args.tags ?? {},
      ),
  };
  const scaling = checked.scaling!;
  const request = checked.request!;

  // Each member chosen by placement (spread, or a region left open) is placed under the stack's
  // lock as `<pool key>[<index>]`; Kubernetes members have no cloud region to lock.
  const key = lockKey(name, component.parent);
  let spread: Placement[] | undefined;
  // The capacity split depends on the weights only, so each member's spot share is known before
  // it is placed; its on-demand base is shared in proportion to the members' maxima.
  const { spotPercent, onDemandBase } = settings.capacity;
  const weights =
    request.kind === "spread"
      ? Array.from({ length: args.spread!.count }, () => 1)
      : request.placements.map((p) => p.weight);
  const capacities = splitCapacity(scaling, weights);
  const bases = splitBase(
    onDemandBase,
    capacities.map((c) => c.max),
  );
  const shares: (SpotDistribution | undefined)[] = weights.map((_, i) =>
    spotPercent > 0 ? { onDemandBase: bases[i], spotPercent } : undefined,
  );
  // A pool with a spot share is placed among offers with a spot price.
  const priceBy = spotPercent > 0 ? ({ priceBy: "spot" } as const) : {};
  const place = () =>
    request.kind === "spread"
      ? Array.from({ length: args.spread!.count }, (_, i) => ({
          placement: placeMachineUnderLock(
            `${key}[${i}]`,
            "BalancedPool member",
            settings.unit,
            {
              ...(args.spread!.clouds ? { clouds: args.spread!.clouds } : {}),
              ...geographyOf(args.spread!),
              ...priceBy,
            },
            () => (spread ??= placeSpread(settings.unit, args.spread!, priceBy))[i],
          ),
          weight: 1,
        }))
      : request.placements.map((p, i) => {
          const constraints = {
            cloud: p.cloud,
            ...(p.region !== undefined && p.cloud !== "kubernetes" ? { region: p.region } : {}),
            ...(p.instanceType !== undefined ? { instanceType: p.instanceType } : {}),
          };
          const field = `placements[${i}]`;
          const unplaced = () =>
            p.cloud === "kubernetes"
              ? placeForComponent(settings.unit, constraints, field).placement
              : placeForShare(settings.unit, constraints, field, shares[i], capacities[i].desired);
          return {
            placement:
              p.cloud === "kubernetes"
                ? unplaced()
                : placeMachineUnderLock(
                    `${key}[${i}]`,
                    "BalancedPool member",
                    settings.unit,
                    { ...constraints, ...priceBy },
                    unplaced,
                  ),
            weight: p.weight,
          };
        });
  let placed: ReturnType<typeof place>;
  try {
    placed = place();
  } catch (e) {
    if (!(e instanceof PlacementError) || e.constraint !== "placement.priceBy") throw e;
    throw new LeptonError(
      `capacity.spotPercent: ${spotPercent} is not valid here: ${e.message.replace(/^no placement for /, "no spot placement for ")}; set capacity.spotPercent to 0, or place the members where the catalog has spot prices`,
    );
  }

  capacities.forEach((cap, i) => scaleRecordedPlacement(`${key}[${i}]`, cap.desired));
  const issues: Issue[] = [];
  const where = (i: number) => `${placed[i].placement.cloud} ${placed[i].placement.region}`;
  const weightField = (i: number) =>
    request.kind === "placements" ? `placements[${i}].weight` : "spread.count";
  capacities.forEach((cap, i) => {
    if (scaling.min > 0 && cap.min === 0) {
      issues.push({
        path: weightField(i),
        value: weights[i],
        problem: `gives member ${i} (${where(i)}) 0 of the pool's min ${scaling.min} instances`,
        expected: `raise scaling.min to at least ${smallestTotalForAll(scaling.min, weights)} (the smallest that gives every member one), raise this weight, or drop the member`,
      });
    } else if (cap.max === 0) {
      issues.push({
        path: weightField(i),
        value: weights[i],
        problem: `gives member ${i} (${where(i)}) 0 of the pool's max ${scaling.max} instances, so it would never run`,
        expected: `raise scaling.max to at least ${smallestTotalForAll(scaling.max, weights)}, raise this weight, or drop the member`,
      });
    }
  });

  const seen = new Map<string, number>();
  const members: MemberPlan[] = placed.map(({ placement, weight }, index) => {
    const base = placement.cloud === "kubernetes" ? "kubernetes" : `${placement.cloud}-${placement.region}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      index,
      key: n === 1 ? base : `${base}-${n}`,
      cloud: placement.cloud,
      region: placement.region,
      instanceType: placement.instanceType,
      weight,
      capacity: capacities[index],
      ...(shares[index] ? { spot: shares[index] } : {}),
      ...(request.kind === "placements" && request.placements[index].instanceType !== undefined
        ? { pinnedType: true }
        : {}),
      placement,
      tags: settings.tagsFor(placement.cloud),
    };
  });
  issues.push(...spotIssues(settings, members, request.kind));
  const names: PoolNames = { issues: [], normalized: [], claims: [] };
  for (const cloud of new Set(members.map((m) => m.cloud))) {
    const onCloud = members.filter((m) => m.cloud === cloud);
    issues.push(...backends[cloud].check(settings, onCloud));
    // The children's names and the user's tags as this cloud takes them, or an error now.
    const named = backends[cloud].names(settings, onCloud);
    const tags = checkTags(cloud, args.tags ?? {}, "tags");
    issues.push(...named.issues, ...tags.issues);
    names.normalized.push(...named.normalized, ...tags.normalized);
    names.claims.push(...named.claims);
  }
  // Weighted DNS has children of its own on its provider's cloud, whatever the members' clouds.
  if (settings.dns?.provider === "azure")
    issues.push(
      ...checkChildNames(name, [{ type: "azure-native:trafficmanager:Profile", name: `${name}-tm` }]),
    );
  if (settings.dns?.provider === "gcp")
    issues.push(
      ...checkChildNames(name, [{ type: "gcp:compute/healthCheck:HealthCheck", name: `${name}-dns-hc` }]),
    );
  throwIfIssues(dedupe(issues), `BalancedPool "${name}" members`);
  return { settings, members, names };
}

/** The same problem found for two targets (a tag too long on both) is reported once. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.problem ?? ""}\u0000${i.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
