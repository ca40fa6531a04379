import { dirname } from "node:path";
import { LeptonError } from "../../sdk/errors";
import { unknownAllowedRegions } from "../rules/allowed-regions";
import { applyConfigure, ConfigCheck } from "./settings";

interface ConfigureCall {
  request: {
    getPolicyconfigMap(): {
      forEach(f: (v: { getProperties(): { toJavaScript(): object } | undefined }, k: string) => void): void;
    };
  };
}
type Handler = (call: ConfigureCall, callback: (err: unknown, res?: unknown) => void) => unknown;

/**
 * Runs `construct` (which creates the PolicyPack and its gRPC server) with a check placed in front
 * of the server's Configure handler. The policy SDK hands each rule only its own config, so the
 * pack-wide `"all"` settings can only be read from the Configure request itself; the check also
 * rejects unknown setting names, unreadable files and region names the catalog does not know with
 * a clear message (the CLI shows it as `configuring policy pack …: <message>`).
 * @throws Error when the SDK served no Configure handler to wrap (a changed @pulumi/policy).
 */
export function withConfigureCheck(checks: readonly ConfigCheck[], construct: () => void): void {
  // The copy of grpc-js that @pulumi/policy itself uses (require by resolved path on purpose).
  const policyDir = dirname(require.resolve("@pulumi/policy/package.json"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const grpc = require(require.resolve("@grpc/grpc-js", { paths: [policyDir] }));
  const proto = grpc.Server.prototype;
  const original = proto.addService;
  let wrapped = false;
  proto.addService = function (this: unknown, service: unknown, impl: Record<string, Handler>) {
    if (typeof impl?.configure === "function") {
      const configure = impl.configure;
      wrapped = true;
      impl = {
        ...impl,
        configure: (call, callback) => {
          try {
            const config: Record<string, Record<string, unknown>> = {};
            call.request.getPolicyconfigMap().forEach((v, k) => {
              config[k] = (v.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>;
            });
            applyConfigure(config, checks);
            // Region names are checked against the catalog, so after the pack-wide catalogFile is set.
            const regions = unknownAllowedRegions(config);
            if (regions.length > 0) throw new LeptonError(regions.join("\n"));
          } catch (e) {
            callback({ code: grpc.status.INVALID_ARGUMENT, details: (e as Error).message });
            return;
          }
          return configure(call, callback);
        },
      };
    }
    return original.call(this, service, impl);
  };
  try {
    construct();
  } finally {
    proto.addService = original;
  }
  if (!wrapped)
    throw new Error(
      'lepton-multicloud policy pack: @pulumi/policy served no Configure handler to check; pack-wide settings ("all") would be ignored. Use the @pulumi/policy version in package.json.',
    );
}
