import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../errors";

type Settings = typeof import("@pulumi/pulumi/runtime/settings");
type Stack = typeof import("@pulumi/pulumi/runtime/stack");
type Rpc = typeof import("@pulumi/pulumi/runtime/rpc");
type Config = typeof import("@pulumi/pulumi/runtime/config");
type Mocks = typeof import("@pulumi/pulumi/runtime/mocks");
type State = typeof import("@pulumi/pulumi/runtime/state");
type ResourceModule = typeof import("@pulumi/pulumi/resource");
type ResourceProto = typeof import("@pulumi/pulumi/proto/resource_pb");
type ProviderProto = typeof import("@pulumi/pulumi/proto/provider_pb");
type StructModule = typeof import("google-protobuf/google/protobuf/struct_pb");

/**
 * The parts of one copy of `@pulumi/pulumi` the plan drives. It must be the copy the program
 * imports: mocks set on another copy leave the program registering against no monitor.
 */
export interface PulumiRuntime {
  /** Directory of the `@pulumi/pulumi` package. */
  root: string;
  version: string;
  settings: Settings;
  stack: Stack;
  rpc: Rpc;
  config: Config;
  mocks: Mocks;
  state: State;
  resource: ResourceModule;
  resproto: ResourceProto;
  /**
   * The message an invoke answers with, as this copy's runtime reads it: `ResourceInvokeResponse`
   * from 3.256 on, the provider protocol's `InvokeResponse` before (same `return` and `failures`).
   * Copies before 3.256 have no `ResourceInvokeResponse`: answering with it failed every invoke
   * with a bare `Error`, and programs that waited on one hung.
   */
  InvokeResponse: new () => InstanceType<ResourceProto["ResourceInvokeResponse"]>;
  /** `google-protobuf`'s Struct, from the copy `@pulumi/pulumi` resolves (a second copy fails `instanceof`). */
  Struct: StructModule["Struct"];
}

/**
 * The oldest `@pulumi/pulumi` a program may bring: the floor of `@pulumi/aws` 7. On 3.142.0 and
 * 3.228.0 (what pulumi/examples pins), 13 of 14 pulumi/examples programs planned with the figures
 * they have on 3.276.0 (the 14th fails in those versions' closure serializer); 3.150.0, 3.200.0
 * and 3.255.0 planned the webserver example. 3.100.0 keeps its monitor outside the store the plan
 * sets it in, so its programs would register against no monitor.
 */
export const MIN_PULUMI_VERSION = "3.142.0";

/**
 * The first `@pulumi/pulumi` whose runtime hands transform callbacks to a mock monitor: before it,
 * the `transforms` resource option and stack transforms fail under mocks ("The Pulumi CLI does
 * not support transforms").
 */
export const TRANSFORMS_MIN_VERSION = "3.260.0";

/** What to run to get a `@pulumi/pulumi` the plan supports fully. */
export const PULUMI_UPGRADE = "npm install @pulumi/pulumi@^3.276";

/** `major.minor.patch` of a version string (pre-release and build ignored), or undefined. */
function versionParts(version: string): [number, number, number] | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** True when `version` is at least `min` (both `x.y.z`); an unreadable version counts as recent. */
export function versionAtLeast(version: string, min: string): boolean {
  const v = versionParts(version);
  const m = versionParts(min);
  if (!v || !m) return true;
  for (let i = 0; i < 3; i++) if (v[i] !== m[i]) return v[i] > m[i];
  return true;
}

/**
 * The package.json that asks for the program's `@pulumi/pulumi`: the nearest one at or above the
 * program's directory that lists it, else the nearest one; with the range it asks for.
 */
export function programManifest(programDir: string): { file: string; range?: string } | undefined {
  let nearest: string | undefined;
  for (let dir = programDir; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      nearest ??= file;
      try {
        const doc = JSON.parse(readFileSync(file, "utf8")) as Record<
          string,
          Record<string, string> | undefined
        >;
        const range = doc.dependencies?.["@pulumi/pulumi"] ?? doc.devDependencies?.["@pulumi/pulumi"];
        if (typeof range === "string") return { file, range };
      } catch {
        // An unreadable manifest asks for nothing: look further up.
      }
    }
    if (dir === dirname(dir)) break;
  }
  return nearest ? { file: nearest } : undefined;
}

/** Where the program's `@pulumi/pulumi` comes from and how to upgrade it, for messages. */
export function upgradeAdvice(programDir: string): string {
  const manifest = programManifest(programDir);
  if (!manifest) return `run \`${PULUMI_UPGRADE}\` in ${programDir}`;
  const asked = manifest.range ? ` (it asks for "@pulumi/pulumi": ${JSON.stringify(manifest.range)})` : "";
  return `upgrade it in ${manifest.file}${asked}: run \`${PULUMI_UPGRADE}\` in ${dirname(manifest.file)}`;
}

/**
 * Finds the `@pulumi/pulumi` a program in `programDir` resolves and checks its version, before
 * anything of it is loaded (a plan fails at once, before its policy packs start).
 * @returns the package's directory and version.
 * @throws UsageError when the program has none (its dependencies are not installed), or one older
 *   than MIN_PULUMI_VERSION (naming the version, the minimum, the package.json and the fix).
 */
export function checkProgramPulumi(programDir: string): { root: string; version: string } {
  let manifest: string;
  try {
    manifest = require.resolve("@pulumi/pulumi/package.json", { paths: [programDir] });
  } catch {
    throw new UsageError(
      `<program-dir>: ${programDir} does not resolve @pulumi/pulumi; run \`npm install\` in the program directory`,
    );
  }
  const version = String((JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version);
  const root = dirname(manifest);
  if (!versionAtLeast(version, MIN_PULUMI_VERSION))
    throw new UsageError(
      `the program's @pulumi/pulumi is ${version} (${root}); lepton-mc plan needs ${MIN_PULUMI_VERSION} or later to run it under mocks. ${upgradeAdvice(programDir)}`,
    );
  return { root, version };
}

/**
 * Loads the `@pulumi/pulumi` that a program in `programDir` resolves.
 * @throws UsageError as checkProgramPulumi.
 */
export function resolvePulumi(programDir: string): PulumiRuntime {
  const { root, version } = checkProgramPulumi(programDir);
  // Modules of the program's copy, by resolved path (see above), hence require rather than import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = <T>(sub: string): T => require(join(root, sub)) as T;
  const resproto = load<ResourceProto>("proto/resource_pb");
  const structPath = require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [root] });
  return {
    root,
    version,
    settings: load<Settings>("runtime/settings"),
    stack: load<Stack>("runtime/stack"),
    rpc: load<Rpc>("runtime/rpc"),
    config: load<Config>("runtime/config"),
    mocks: load<Mocks>("runtime/mocks"),
    state: load<State>("runtime/state"),
    resource: load<ResourceModule>("resource"),
    resproto,
    InvokeResponse:
      resproto.ResourceInvokeResponse ?? load<ProviderProto>("proto/provider_pb").InvokeResponse,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Struct: (require(structPath) as StructModule).Struct,
  };
}
