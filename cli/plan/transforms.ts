import type { ResourceOptions, ResourceTransform } from "@pulumi/pulumi";
import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { UNKNOWN } from "../../sdk/cost/types";
import type { PulumiRuntime } from "./runtime";

/** A registration as a transform sees it. */
export interface TransformTarget {
  custom: boolean;
  type: string;
  name: string;
  parent?: string;
  /** Serialized input properties. */
  object: Struct;
  /** `urn::id` of the provider the program gave, or "". */
  providerRef: string;
  dependencies: string[];
  protect?: boolean;
  ignoreChanges: string[];
}

/**
 * Runs a chain of transforms over one registration the way the engine does: each transform
 * receives the previous one's result after a round trip through the wire format (the engine
 * calls them over gRPC), and a transform that returns undefined leaves the registration as is.
 * The mock monitor of `@pulumi/pulumi` hands transforms over without running them.
 * @returns the transformed properties (serialized) and the provider reference, which a transform may change.
 */
export async function applyTransforms(
  rt: PulumiRuntime,
  chain: readonly ResourceTransform[],
  target: TransformTarget,
): Promise<{ object: Struct; providerRef: string }> {
  const { DependencyResource, DependencyProviderResource } = rt.resource;
  let object = target.object;
  let providerRef = target.providerRef;
  let opts: ResourceOptions = {
    parent: target.parent ? new DependencyResource(target.parent) : undefined,
    provider: providerRef ? new DependencyProviderResource(providerRef) : undefined,
    dependsOn: target.dependencies.map((urn) => new DependencyResource(urn)),
    ignoreChanges: target.ignoreChanges,
    protect: target.protect,
  };
  for (const transform of chain) {
    const result = await transform({
      custom: target.custom,
      type: target.type,
      name: target.name,
      props: rt.rpc.deserializeProperties(object),
      opts,
    });
    if (result === undefined) continue;
    object = rt.Struct.fromJavaScript(await rt.rpc.serializeProperties("props", result.props));
    if (result.opts !== undefined) {
      opts = result.opts;
      if (result.opts.provider !== undefined) {
        // `promise()` is internal to Output but is how the SDK's own callback server reads them.
        const provider = result.opts.provider as unknown as Record<
          "urn" | "id",
          { promise(): Promise<string> }
        >;
        const urn = await provider.urn.promise();
        const id = await provider.id.promise();
        providerRef = `${urn}::${id || UNKNOWN}`;
      }
    }
  }
  return { object, providerRef };
}
