import { ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as analyzerGrpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as structPb from "google-protobuf/google/protobuf/struct_pb";
import type * as emptyPb from "google-protobuf/google/protobuf/empty_pb";
import { LeptonError } from "../sdk/errors";
import {
  EnforcementLevel,
  PolicyConfigError,
  PolicyConfigFile,
  PolicyMeta,
  reconcilePolicyConfig,
} from "./config";

export { PolicyConfigError, reconcilePolicyConfig } from "./config";
export type { EnforcementLevel, PolicyConfigFile } from "./config";

/** A resource as the engine describes it to an analyzer. */
export interface HarnessResource {
  urn: string;
  type: string;
  name: string;
  /** Inputs (sent to Analyze); unknown values as the engine placeholder (sdk UNKNOWN). */
  inputs: Record<string, unknown>;
  /** Outputs (sent to AnalyzeStack); defaults to inputs. */
  outputs?: Record<string, unknown>;
  /** Parent URN. */
  parent?: string;
  provider?: { urn: string; type: string; name: string; inputs: Record<string, unknown> };
  dependencies?: string[];
  /** False for component resources. */
  custom?: boolean;
}

/** One diagnostic a policy reported. */
export interface HarnessViolation {
  policyPackName: string;
  policyName: string;
  enforcementLevel: EnforcementLevel;
  message: string;
  description: string;
  urn?: string;
}

/** What a remediating policy changed (new properties) or could not change (diagnostic). */
export interface HarnessRemediation {
  policyPackName: string;
  policyName: string;
  urn: string;
  properties?: Record<string, unknown>;
  diagnostic?: string;
}

export interface StartOptions {
  /** Stack name. @default "dev" */
  stack?: string;
  /** Project name. @default "project" */
  project?: string;
  /** Preview (true) or update (false). @default true */
  dryRun?: boolean;
  /** The user's policy config, as a `--policy-pack-config` file holds it. @default {} */
  config?: PolicyConfigFile;
  /** Stack tags (ConfigureStack). @default {} */
  stackTags?: Record<string, string>;
  /**
   * Default providers by package (`aws`, `azure-native`, `gcp`, `kubernetes`) and their inputs, e.g.
   * `{ aws: { region: "eu-west-1" } }`: a resource of that package sent without a provider gets
   * `pulumi:providers:<pkg>::default` with these inputs, as the engine does from stack config.
   * @default none
   */
  defaultProviders?: Record<string, Record<string, unknown>>;
  /** Analyze requests in flight at once (`analyze` queues beyond this). @default 64 */
  concurrency?: number;
  /** How long the pack may take to print its port, ms. @default 60000 */
  startTimeoutMs?: number;
}

/** A running policy pack, configured and ready to analyze. */
export interface PolicyPackSession {
  info: {
    name: string;
    version: string;
    policies: { name: string; description: string; enforcementLevel: string; configSchema?: object }[];
  };
  /** The config sent to Configure, completed and validated as the CLI does it. */
  config: Record<string, { enforcementLevel: string; properties: Record<string, unknown> }>;
  analyze(r: HarnessResource): Promise<HarnessViolation[]>;
  analyzeStack(rs: HarnessResource[]): Promise<HarnessViolation[]>;
  remediate(r: HarnessResource): Promise<HarnessRemediation[]>;
  close(): Promise<void>;
}

/** The pack could not start or answer (not a config problem). */
export class PolicyPackError extends LeptonError {}

interface Protocol {
  grpc: typeof grpcTypes;
  pb: typeof analyzerPb;
  rpc: typeof analyzerGrpc;
  Struct: typeof structPb.Struct;
  Empty: typeof emptyPb.Empty;
}

let protocol: Protocol | undefined;

/**
 * The protocol modules from the one copy of `@pulumi/pulumi` this package resolves, with the
 * `google-protobuf` and `@grpc/grpc-js` copies it resolves: a Struct from another copy fails its
 * `instanceof` checks.
 */
function loadProtocol(): Protocol {
  if (!protocol) {
    const pulumiDir = dirname(require.resolve("@pulumi/pulumi/package.json"));
    // Loaded by resolved path on purpose (see above), hence require rather than import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const from = (id: string) => require(require.resolve(id, { paths: [pulumiDir] }));
    protocol = {
      grpc: from("@grpc/grpc-js"),
      pb: from("@pulumi/pulumi/proto/analyzer_pb"),
      rpc: from("@pulumi/pulumi/proto/analyzer_grpc_pb"),
      Struct: from("google-protobuf/google/protobuf/struct_pb").Struct,
      Empty: from("google-protobuf/google/protobuf/empty_pb").Empty,
    };
  }
  return protocol;
}

const LEVEL_NAMES: Record<number, EnforcementLevel> = {
  0: "advisory",
  1: "mandatory",
  2: "disabled",
  3: "remediate",
};

function levelToProto(pb: typeof analyzerPb, level: EnforcementLevel): analyzerPb.EnforcementLevel {
  return {
    advisory: pb.EnforcementLevel.ADVISORY,
    mandatory: pb.EnforcementLevel.MANDATORY,
    disabled: pb.EnforcementLevel.DISABLED,
    remediate: pb.EnforcementLevel.REMEDIATE,
  }[level];
}

/** Struct.fromJavaScript rejects `undefined`; the engine drops such properties, so do we. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : plain(v)));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = plain(v);
    return out;
  }
  return value;
}

function call<Req, Res>(
  client: analyzerGrpc.AnalyzerClient,
  method: "analyze" | "analyzeStack" | "remediate" | "getAnalyzerInfo" | "configure" | "configureStack",
  request: Req,
): Promise<Res> {
  return new Promise((ok, fail) => {
    (
      client[method] as unknown as (r: Req, cb: (e: grpcTypes.ServiceError | null, r: Res) => void) => void
    ).call(client, request, (e, r) => (e ? fail(e) : ok(r)));
  });
}

/**
 * Reads the pack's port from its stdout (its first line), or fails with what it printed to stderr.
 * Exported for its test.
 */
export function readPort(child: ChildProcess, packDir: string, timeoutMs: number): Promise<number> {
  return new Promise((ok, fail) => {
    let out = "";
    let err = "";
    let settled = false;
    const done = (e?: Error, port?: number) => {
      settled = true;
      clearTimeout(timer);
      child.stdout!.off("data", onOut);
      child.off("exit", onExit);
      if (e) fail(e);
      else ok(port!);
    };
    const onOut = (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0].trim();
      if (out.includes("\n") || /^\d+$/.test(line)) {
        const port = Number(line);
        if (Number.isInteger(port) && port > 0) done(undefined, port);
        else
          done(
            new PolicyPackError(
              `policy pack in ${packDir} printed ${JSON.stringify(line)} instead of its port`,
            ),
          );
      }
    };
    const onExit = (code: number | null) =>
      done(
        new PolicyPackError(
          `policy pack in ${packDir} exited (code ${code}) before serving:\n${err.trim().split("\n").slice(-15).join("\n")}`,
        ),
      );
    // The plan starts the pack while the program runs; a long synchronous stretch of the program
    // can hold the event loop past the deadline with the port already in the pipe. Timers run
    // before pending I/O, so decide after the I/O phase (setImmediate) that the port never came.
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return;
          child.kill();
          done(
            new PolicyPackError(
              `policy pack in ${packDir} printed no port within ${timeoutMs} ms:\n${err.trim()}`,
            ),
          );
        }),
      timeoutMs,
    );
    child.stderr!.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-20000)));
    child.stdout!.on("data", onOut);
    child.on("exit", onExit);
  });
}

/** A small FIFO limiter: at most `limit` calls in flight. */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Spawns the pack as the CLI does (`node <@pulumi/pulumi>/cmd/run-policy-pack <engine> .`, cwd =
 * pack dir, with the CLI's environment), reads its port, calls GetAnalyzerInfo, completes and
 * validates the config (schema defaults, the pack's initialConfig, the "all" entry, JSON Schema),
 * then Configure and ConfigureStack.
 * @throws PolicyConfigError for a bad config (the pack is stopped); PolicyPackError when it can't start.
 */
export async function startPolicyPack(packDir: string, opts: StartOptions = {}): Promise<PolicyPackSession> {
  const dir = resolve(packDir);
  if (!existsSync(join(dir, "PulumiPolicy.yaml")))
    throw new PolicyPackError(`${dir} is not a policy pack: it has no PulumiPolicy.yaml`);
  let runner: string;
  try {
    // The CLI runs the copy of run-policy-pack that the pack's own directory resolves.
    runner = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [dir] });
  } catch {
    throw new PolicyPackError(
      `the policy pack's dependencies are not installed: @pulumi/pulumi is not resolvable from ${dir}; run npm install`,
    );
  }
  const { grpc, pb, rpc, Struct, Empty } = loadProtocol();
  const stack = opts.stack ?? "dev";
  const project = opts.project ?? "project";
  const dryRun = opts.dryRun ?? true;
  const child = spawn(process.execPath, [runner, "127.0.0.1:0", "."], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PULUMI_CONFIG: "{}",
      PULUMI_NODEJS_PROJECT: project,
      PULUMI_NODEJS_STACK: stack,
      PULUMI_NODEJS_DRY_RUN: String(dryRun),
      PULUMI_PROJECT: project,
      PULUMI_STACK: stack,
      PULUMI_DRY_RUN: String(dryRun),
    },
  });
  const stderr: string[] = [];
  let client: analyzerGrpc.AnalyzerClient | undefined;
  const stop = async () => {
    client?.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill();
      await exited;
    }
  };
  try {
    const port = await readPort(child, dir, opts.startTimeoutMs ?? 60_000);
    // Keep draining the pipes so a chatty pack never blocks on a full pipe.
    child.stdout!.resume();
    child.stderr!.on("data", (d: Buffer) => stderr.push(d.toString()));
    client = new rpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": 400 * 1024 * 1024,
      "grpc.max_send_message_length": 400 * 1024 * 1024,
    });
    const infoRes = await call<emptyPb.Empty, analyzerPb.AnalyzerInfo>(
      client,
      "getAnalyzerInfo",
      new Empty(),
    );
    const policies = infoRes.getPoliciesList().map((p) => {
      const schema = p.getConfigschema();
      return {
        name: p.getName(),
        description: p.getDescription(),
        enforcementLevel: LEVEL_NAMES[p.getEnforcementlevel()],
        ...(schema
          ? {
              configSchema: {
                properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, object>,
                ...(schema.getRequiredList().length ? { required: schema.getRequiredList() } : {}),
              },
            }
          : {}),
      };
    });
    // As the CLI reads it: an initial-config entry's level defaults to the proto's 0 (advisory).
    const initial: PolicyConfigFile = {};
    infoRes.getInitialconfigMap().forEach((v, k) => {
      initial[k] = {
        enforcementLevel: LEVEL_NAMES[v.getEnforcementlevel()],
        ...(v.getProperties()?.toJavaScript() ?? {}),
      };
    });
    const resolved = reconcilePolicyConfig(policies as PolicyMeta[], initial, opts.config);
    const configure = new pb.ConfigureAnalyzerRequest();
    const config: PolicyPackSession["config"] = {};
    for (const [name, entry] of resolved) {
      const pc = new pb.PolicyConfig();
      pc.setEnforcementlevel(levelToProto(pb, entry.enforcementLevel as EnforcementLevel));
      pc.setProperties(
        Struct.fromJavaScript(plain(entry.properties) as Record<string, structPb.JavaScriptValue>),
      );
      configure.getPolicyconfigMap().set(name, pc);
      config[name] = { enforcementLevel: entry.enforcementLevel, properties: entry.properties };
    }
    try {
      await call(client, "configure", configure);
    } catch (e) {
      // The pack validates what the CLI cannot (pack-wide settings, unknown fields): its answer is a config error.
      throw new PolicyConfigError([(e as grpcTypes.ServiceError).details ?? String(e)]);
    }
    const stackReq = new pb.AnalyzerStackConfigureRequest();
    stackReq.setStack(stack);
    stackReq.setProject(project);
    stackReq.setDryRun(dryRun);
    for (const [k, v] of Object.entries(opts.stackTags ?? {})) stackReq.getTagsMap().set(k, v);
    await call(client, "configureStack", stackReq);
    return makeSession(client, stop, stderr, {
      info: { name: infoRes.getName(), version: infoRes.getVersion(), policies },
      config,
      stack,
      project,
      defaultProviders: opts.defaultProviders ?? {},
      concurrency: opts.concurrency ?? 64,
    });
  } catch (e) {
    await stop();
    if (e instanceof LeptonError) throw e;
    throw new PolicyPackError(
      `policy pack in ${dir} failed: ${(e as grpcTypes.ServiceError).details ?? (e as Error).message}${stderr.length ? `\n${stderr.join("").trim()}` : ""}`,
    );
  }
}

interface SessionSetup {
  info: PolicyPackSession["info"];
  config: PolicyPackSession["config"];
  stack: string;
  project: string;
  defaultProviders: Record<string, Record<string, unknown>>;
  concurrency: number;
}

function makeSession(
  client: analyzerGrpc.AnalyzerClient,
  stop: () => Promise<void>,
  stderr: string[],
  setup: SessionSetup,
): PolicyPackSession {
  const { pb, Struct } = loadProtocol();
  const toStruct = (v: Record<string, unknown>) =>
    Struct.fromJavaScript(plain(v) as Record<string, structPb.JavaScriptValue>);
  const providerCache = new Map<string, analyzerPb.AnalyzerProviderResource>();

  /** The resource's provider, or the default provider of its package when configured. */
  const providerOf = (r: HarnessResource): analyzerPb.AnalyzerProviderResource | undefined => {
    const pkg = r.type.split(":")[0];
    const p =
      r.provider ??
      (setup.defaultProviders[pkg] && !r.type.startsWith("pulumi:providers:") && r.custom !== false
        ? {
            urn: `urn:pulumi:${setup.stack}::${setup.project}::pulumi:providers:${pkg}::default`,
            type: `pulumi:providers:${pkg}`,
            name: "default",
            inputs: setup.defaultProviders[pkg],
          }
        : undefined);
    if (!p) return undefined;
    let msg = r.provider ? undefined : providerCache.get(pkg);
    if (!msg) {
      msg = new pb.AnalyzerProviderResource();
      msg.setUrn(p.urn);
      msg.setType(p.type);
      msg.setName(p.name);
      msg.setProperties(toStruct(p.inputs));
      if (!r.provider) providerCache.set(pkg, msg);
    }
    return msg;
  };
  const options = (r: HarnessResource) => {
    const o = new pb.AnalyzerResourceOptions();
    if (r.parent) o.setParent(r.parent);
    return o;
  };
  const diagnostics = (res: analyzerPb.AnalyzeResponse): HarnessViolation[] =>
    res.getDiagnosticsList().map((d) => ({
      policyPackName: d.getPolicypackname(),
      policyName: d.getPolicyname(),
      enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()],
      message: d.getMessage(),
      description: d.getDescription(),
      ...(d.getUrn() ? { urn: d.getUrn() } : {}),
    }));
  const request = (r: HarnessResource) => {
    const req = new pb.AnalyzeRequest();
    req.setUrn(r.urn);
    req.setType(r.type);
    req.setName(r.name);
    req.setProperties(toStruct(r.inputs));
    req.setOptions(options(r));
    const provider = providerOf(r);
    if (provider) req.setProvider(provider);
    return req;
  };
  const limit = limiter(Math.max(1, setup.concurrency));
  const failed = (what: string, e: unknown) =>
    new PolicyPackError(
      `${what} failed: ${(e as grpcTypes.ServiceError).details ?? (e as Error).message}${stderr.length ? `\n${stderr.join("").trim()}` : ""}`,
    );
  let closed = false;
  const open = (what: string) => {
    if (closed) throw new PolicyPackError(`${what}: the policy pack session is closed`);
  };
  return {
    info: setup.info,
    config: setup.config,
    analyze: (r) => {
      open("analyze");
      return limit(async () => {
        try {
          return diagnostics(await call(client, "analyze", request(r)));
        } catch (e) {
          throw failed(`Analyze(${r.urn})`, e);
        }
      });
    },
    analyzeStack: async (rs) => {
      open("analyzeStack");
      const req = new pb.AnalyzeStackRequest();
      req.setResourcesList(
        rs.map((r) => {
          const a = new pb.AnalyzerResource();
          a.setUrn(r.urn);
          a.setType(r.type);
          a.setName(r.name);
          a.setProperties(toStruct(r.outputs ?? r.inputs));
          a.setOptions(options(r));
          if (r.parent) a.setParent(r.parent);
          a.setDependenciesList(r.dependencies ?? []);
          const provider = providerOf(r);
          if (provider) a.setProvider(provider);
          return a;
        }),
      );
      try {
        return diagnostics(await call(client, "analyzeStack", req));
      } catch (e) {
        throw failed("AnalyzeStack", e);
      }
    },
    remediate: async (r) => {
      open("remediate");
      try {
        const res = await call<analyzerPb.AnalyzeRequest, analyzerPb.RemediateResponse>(
          client,
          "remediate",
          request(r),
        );
        return res.getRemediationsList().map((m) => ({
          policyPackName: m.getPolicypackname(),
          policyName: m.getPolicyname(),
          urn: r.urn,
          ...(m.getProperties()
            ? { properties: m.getProperties()!.toJavaScript() as Record<string, unknown> }
            : {}),
          ...(m.getDiagnostic() ? { diagnostic: m.getDiagnostic() } : {}),
        }));
      } catch (e) {
        throw failed(`Remediate(${r.urn})`, e);
      }
    },
    close: async () => {
      closed = true;
      await stop();
    },
  };
}

/** True when any violation would fail `pulumi preview`/`up` (a mandatory one). */
export function hasMandatory(violations: readonly HarnessViolation[]): boolean {
  return violations.some((v) => v.enforcementLevel === "mandatory");
}
