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
  /** `google-protobuf`'s Struct, from the copy `@pulumi/pulumi` resolves (a second copy fails `instanceof`). */
  Struct: StructModule["Struct"];
}

/**
 * Loads the `@pulumi/pulumi` that a program in `programDir` resolves.
 * @throws UsageError when the program has none (its dependencies are not installed).
 */
export function resolvePulumi(programDir: string): PulumiRuntime {
  let manifest: string;
  try {
    manifest = require.resolve("@pulumi/pulumi/package.json", { paths: [programDir] });
  } catch {
    throw new UsageError(
      `<program-dir>: ${programDir} does not resolve @pulumi/pulumi; run \`npm install\` in the program directory`,
    );
  }
  const root = dirname(manifest);
  // Modules of the program's copy, by resolved path (see above), hence require rather than import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = <T>(sub: string): T => require(join(root, sub)) as T;
  const structPath = require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [root] });
  return {
    root,
    version: load<{ version: string }>("package.json").version,
    settings: load<Settings>("runtime/settings"),
    stack: load<Stack>("runtime/stack"),
    rpc: load<Rpc>("runtime/rpc"),
    config: load<Config>("runtime/config"),
    mocks: load<Mocks>("runtime/mocks"),
    state: load<State>("runtime/state"),
    resource: load<ResourceModule>("resource"),
    resproto: load<ResourceProto>("proto/resource_pb"),
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Struct: (require(structPath) as StructModule).Struct,
  };
}
