import type { ResourceTransform } from "@pulumi/pulumi";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import type * as resproto from "@pulumi/pulumi/proto/resource_pb";
import { cloudOfType } from "../../sdk/cost/price-resource";
import { answerInvoke, autoname } from "./mocks";
import { plainValue, providerRegion, RecordedResource, recordedInputs, Recording } from "./recorder";
import { redactSecrets } from "./secrets";
import { PulumiRuntime, TRANSFORMS_MIN_VERSION, upgradeAdvice } from "./runtime";
import { applyTransforms } from "./transforms";

type Callback = (err: unknown, response?: unknown) => void;

/** The URN part of a provider reference `urn::id` (a URN has `::` of its own, the ID does not). */
function refUrn(ref: string): string {
  return ref.slice(0, ref.lastIndexOf("::"));
}

/** Registrations between two turns of the event loop (see registerResource). */
const YIELD_EVERY = 20;

/** The package of a type token (`aws` for `aws:ec2/instance:Instance`). */
const packageOf = (type: string) => type.split(":")[0];

/** The provider package of each public cloud, for remote components built on it (awsx, eks → aws). */
const CLOUD_PACKAGE: Record<string, string> = { aws: "aws", gcp: "gcp", azure: "azure-native" };

/** What the plan's monitor adds to the mock monitor. */
export interface PlanMonitor extends MockMonitor {
  /** Invoke tokens that had no mock answer (they returned an empty result). */
  readonly unmockedInvokes: Set<string>;
  /** Calls the program made so far, and the last one: how a stalled plan tells progress (see stall.ts). */
  readonly activity: MonitorActivity;
  /**
   * Errors the monitor answered a call with, in order: some SDK versions drop the error and
   * reject with no reason (a stack transform's registration before 3.260), so the plan reports these.
   */
  readonly refusals: Error[];
}

/** The program's calls into the monitor, counted. */
export interface MonitorActivity {
  count: number;
  /** The last call, e.g. `registered aws:s3/bucket:Bucket "site"`. */
  last?: string;
}

/**
 * The resource monitor a program under plan talks to: the mock monitor of the program's own
 * `@pulumi/pulumi`, extended to do what the engine does and the mock does not — record every
 * registration (parent, provider, dependencies, inputs), name URNs as the engine does (children
 * of the root stack unqualified), reject duplicate URNs, synthesize default providers, apply
 * resource, parent and stack transforms, and answer common invokes. The registered inputs are
 * echoed back as outputs; everything else stays unknown, as in a preview.
 */
export function createPlanMonitor(
  rt: PulumiRuntime,
  recording: Recording,
  config: Record<string, string>,
  programDir?: string,
): PlanMonitor {
  const proto = rt.resproto;
  /**
   * Before 3.260 the SDK serves transforms from a callback server of its own and never hands
   * them to a mock monitor: they would be skipped, and the plan would price what the program
   * does not deploy.
   */
  const transformsUnavailable = () =>
    new Error(
      `transforms cannot run under the plan with the program's @pulumi/pulumi ${rt.version}: it hands them to a mock monitor only from ${TRANSFORMS_MIN_VERSION} on (before, they would be skipped); ${upgradeAdvice(programDir ?? process.cwd())}`,
    );

  class Monitor extends rt.mocks.MockMonitor implements PlanMonitor {
    readonly unmockedInvokes = new Set<string>();
    readonly activity: MonitorActivity = { count: 0 };
    readonly refusals: Error[] = [];
    private readonly callbacks = new Map<string, ResourceTransform>();
    private readonly ownTransforms = new Map<string, ResourceTransform[]>();
    private readonly stackTransforms: ResourceTransform[] = [];
    private registrations = 0;
    private gate: Promise<void> | undefined;

    /**
     * Under mocks a program runs as one long chain of promises, which starves I/O: the policy
     * packs' start and answers would wait for the whole program. Every few registrations, all of
     * them wait for one turn of the event loop, so analysis runs beside the program (another core).
     */
    private async turn(): Promise<void> {
      if (!this.gate && ++this.registrations % YIELD_EVERY === 0)
        this.gate = new Promise((resolve) =>
          setImmediate(() => {
            this.gate = undefined;
            resolve();
          }),
        );
      if (this.gate) await this.gate;
    }

    constructor() {
      super({ call: () => ({}), newResource: () => ({ id: undefined, state: {} }) });
    }

    recordTransformCallback(token: string, transform: ResourceTransform): void {
      this.callbacks.set(token, transform);
    }

    private saw(call: string): void {
      this.activity.count++;
      this.activity.last = call;
    }

    registerStackTransform(req: { getToken(): string }, callback: Callback): void {
      this.saw("registered a stack transform");
      const transform = this.callbacks.get(req.getToken());
      if (!transform) {
        const err = transformsUnavailable();
        this.refusals.push(err);
        return callback(err);
      }
      this.stackTransforms.push(transform);
      callback(null, {});
    }

    /** The provider a custom resource ends up with: the one given, else its package's default. */
    private providerFor(type: string, ref: string, version: string): string | undefined {
      if (ref) return refUrn(ref);
      const pkg = packageOf(type);
      if (pkg === "pulumi" || type.startsWith("pulumi:providers:")) return undefined;
      return recording.defaultProvider(pkg, version).urn;
    }

    /**
     * The providers a remote component's children would use, by package: those it was given, and
     * for the cloud its package builds on, the default provider when none was given.
     */
    private remoteProviders(
      type: string,
      providerRef: string,
      req: resproto.RegisterResourceRequest,
    ): Record<string, string> {
      const out: Record<string, string> = {};
      req.getProvidersMap().forEach((ref, pkg) => {
        if (ref) out[pkg] = refUrn(ref);
      });
      if (providerRef) out[packageOf(type)] = refUrn(providerRef);
      const cloud = cloudOfType(type);
      const pkg = cloud ? CLOUD_PACKAGE[cloud] : undefined;
      if (pkg && !out[pkg]) out[pkg] = recording.anyDefaultProvider(pkg).urn;
      return out;
    }

    async registerResource(req: resproto.RegisterResourceRequest, callback: Callback): Promise<void> {
      try {
        const type = req.getType();
        const name = req.getName();
        const parent = req.getParent() || undefined;
        const custom = req.getCustom();
        this.saw(`registered ${type} "${name}"`);
        const urn = recording.urnFor(parent, type, name);
        if (recording.has(urn))
          throw new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`);
        let object = req.getObject() ?? new rt.Struct();
        let providerRef = req.getProvider();
        const dependencies = req.getDependenciesList();
        const given = req.getTransformsList();
        const own = given
          .map((cb) => this.callbacks.get(cb.getToken()))
          .filter((t): t is ResourceTransform => t !== undefined);
        if (own.length < given.length) throw transformsUnavailable();
        if (own.length > 0) this.ownTransforms.set(urn, own);
        // The engine runs the resource's own transforms, then each ancestor's, then the stack's.
        const chain = [...own];
        for (let p = parent; p; p = recording.get(p)?.parent)
          chain.push(...(this.ownTransforms.get(p) ?? []));
        chain.push(...this.stackTransforms);
        if (chain.length > 0) {
          ({ object, providerRef } = await applyTransforms(rt, chain, {
            custom,
            type,
            name,
            parent,
            object,
            providerRef,
            dependencies,
            protect: req.getProtect(),
            ignoreChanges: req.getIgnorechangesList(),
          }));
        }
        const raw = object.toJavaScript();
        if (custom && autoname(type, name, urn, raw)) object = rt.Struct.fromJavaScript(raw);
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps, key) => {
          propertyDependencies[key] = deps.getUrnsList();
        });
        const provider = custom ? this.providerFor(type, providerRef, req.getVersion()) : undefined;
        const remote = !custom && req.getRemote();
        const importId = req.getImportid();
        this.resources.set(urn, { urn, id: importId || null, state: raw });
        recording.add({
          urn,
          type,
          name,
          custom,
          ...(parent ? { parent } : {}),
          ...(provider ? { provider } : {}),
          dependencies,
          propertyDependencies,
          ...recordedInputs(raw),
          ...(remote ? { remote, providers: this.remoteProviders(type, providerRef, req) } : {}),
        });
        const response = new proto.RegisterResourceResponse();
        response.setUrn(urn);
        response.setId(importId);
        response.setObject(object);
        await this.turn();
        callback(null, response);
      } catch (err) {
        callback(err);
      }
    }

    async readResource(req: resproto.ReadResourceRequest, callback: Callback): Promise<void> {
      try {
        const type = req.getType();
        const name = req.getName();
        const parent = req.getParent() || undefined;
        this.saw(`read ${type} "${name}"`);
        const urn = recording.urnFor(parent, type, name);
        if (recording.has(urn))
          throw new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`);
        const object = req.getProperties() ?? new rt.Struct();
        const raw = object.toJavaScript();
        const provider = this.providerFor(type, req.getProvider(), req.getVersion());
        this.resources.set(urn, { urn, id: req.getId(), state: raw });
        const recorded = recordedInputs({ ...raw, id: req.getId() });
        const resource: RecordedResource = {
          urn,
          type,
          name,
          custom: true,
          ...(parent ? { parent } : {}),
          ...(provider ? { provider } : {}),
          dependencies: req.getDependenciesList(),
          propertyDependencies: {},
          ...recorded,
          read: true,
        };
        recording.add(resource);
        const response = new proto.ReadResourceResponse();
        response.setUrn(urn);
        response.setProperties(object);
        callback(null, response);
      } catch (err) {
        callback(err);
      }
    }

    async invoke(req: resproto.ResourceInvokeRequest, callback: Callback): Promise<void> {
      const token = req.getTok();
      this.saw(`called ${token}`);
      if (token === "pulumi:pulumi:getResource") return super.invoke(req, callback);
      try {
        const args = plainValue(req.getArgs()?.toJavaScript() ?? {}) as Record<string, unknown>;
        const ref = req.getProvider();
        const pkg = packageOf(token);
        const provider = ref
          ? recording.get(refUrn(ref))
          : pkg === "pulumi"
            ? undefined
            : recording.defaultProvider(pkg, req.getVersion());
        const answer = answerInvoke(token, args, { region: providerRegion(provider), config });
        if (!answer) this.unmockedInvokes.add(token);
        const response = new rt.InvokeResponse();
        response.setReturn(
          rt.Struct.fromJavaScript((answer ?? {}) as Parameters<typeof rt.Struct.fromJavaScript>[0]),
        );
        callback(null, response);
      } catch (err) {
        callback(err);
      }
    }

    registerResourceOutputs(req: resproto.RegisterResourceOutputsRequest, callback: Callback): void {
      const resource = recording.get(req.getUrn());
      this.saw(
        `registered the outputs of ${resource ? `${resource.type} "${resource.name}"` : req.getUrn()}`,
      );
      const outputs = req.getOutputs();
      if (resource && outputs)
        resource.outputs = redactSecrets(plainValue(outputs.toJavaScript(), true)).value as Record<
          string,
          unknown
        >;
      callback(null, {});
    }
  }

  return new Monitor();
}
