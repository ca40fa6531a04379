import { regionOfResource } from "../../sdk/cost/price-resource";
import { UNKNOWN } from "../../sdk/cost/types";
import { markSecret, redactSecrets } from "./secrets";

/** A resource as the plan recorded it from the program's registration. */
export interface RecordedResource {
  urn: string;
  type: string;
  name: string;
  /** False for component resources and the stack. */
  custom: boolean;
  parent?: string;
  /** URN of the provider resource managing it: the one the program gave, else the default provider. */
  provider?: string;
  dependencies: string[];
  /** Top-level input property → URNs its value came from (how the engine sees references). */
  propertyDependencies: Record<string, string[]>;
  /**
   * Inputs after transforms (and remediations), plain JSON, unknowns as the engine's placeholder
   * and secret values as `[secret]` (see `secret`).
   */
  inputs: Record<string, unknown>;
  /**
   * Inputs the program marked secret: their paths (`instanceType`, `tags.owner`), and the inputs
   * with those values still marked secret, as the engine sends them to policy packs. Absent when
   * no input was secret.
   */
  secret?: { paths: string[]; markedInputs: Record<string, unknown> };
  /** Output properties of a component (`registerOutputs`), plain as `inputs` (secrets as `[secret]`). */
  outputs?: Record<string, unknown>;
  /** Read with `.get()`: it exists already and is neither managed nor billed by this stack. */
  read?: boolean;
  /**
   * A remote (multi-language) component: its provider plugin builds its children, which under
   * mocks never exist, so the plan prices it from its args or says its children are unseen.
   */
  remote?: boolean;
  /**
   * For a remote component: package → URN of the provider its children would use (the ones given
   * in `providers`, else the default provider of the cloud its package builds on, e.g. aws for awsx).
   */
  providers?: Record<string, string>;
  /** Synthesized by the plan, as the engine synthesizes default providers. */
  synthesized?: boolean;
}

/** Fixed signatures of the Pulumi wire format (the values `@pulumi/pulumi/runtime/rpc` exports). */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/**
 * A serialized property value (as on the wire) as plain JSON: resource references as their ID
 * (custom) or URN (component), unknowns kept as the engine's placeholder, assets and archives as
 * their fields. Secrets are unwrapped, or with `keepSecrets` kept marked as on the wire (their
 * content plain) — see `recordedInputs`.
 */
export function plainValue(value: unknown, keepSecrets = false): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => plainValue(v, keepSecrets));
  const o = value as Record<string, unknown>;
  const sig = o[SIG_KEY];
  if (sig === SECRET_SIG) {
    const inner = plainValue(o.value, keepSecrets);
    return keepSecrets ? markSecret(inner) : inner;
  }
  if (sig === RESOURCE_SIG) {
    if (typeof o.id === "string") return o.id === "" ? UNKNOWN : o.id;
    return o.urn;
  }
  if (sig === OUTPUT_SIG) {
    const inner = "value" in o ? plainValue(o.value, keepSecrets) : UNKNOWN;
    return keepSecrets && o.secret === true ? markSecret(inner) : inner;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) if (key !== SIG_KEY) out[key] = plainValue(o[key], keepSecrets);
  return out;
}

/**
 * Serialized properties (as on the wire) as a resource records them: `inputs` plain with each
 * secret as `[secret]`, and `secret` (paths and the inputs with secrets marked) when any was.
 */
export function recordedInputs(
  wire: Record<string, unknown>,
): Pick<RecordedResource, "inputs"> & { secret?: RecordedResource["secret"] } {
  const markedInputs = plainValue(wire, true) as Record<string, unknown>;
  const { value, secretPaths } = redactSecrets(markedInputs);
  return {
    inputs: value as Record<string, unknown>,
    ...(secretPaths.length > 0 ? { secret: { paths: secretPaths, markedInputs } } : {}),
  };
}

/** Replaces a resource's inputs (after a remediation) by serialized properties, secrets recorded anew. */
export function setInputs(r: RecordedResource, wire: Record<string, unknown>): void {
  const next = recordedInputs(wire);
  r.inputs = next.inputs;
  if (next.secret) r.secret = next.secret;
  else delete r.secret;
}

/** A resource's inputs as the engine sends them to policy packs: secret values marked. */
export function policyInputs(r: RecordedResource): Record<string, unknown> {
  return r.secret?.markedInputs ?? r.inputs;
}

/** The region a provider resource is configured for (AWS region, Azure location, GCP region or zone). */
export function providerRegion(provider: RecordedResource | undefined): string | undefined {
  return provider ? regionOfResource(provider.type, provider.inputs) : undefined;
}

/** Environment variables a provider falls back to for its region when config has none. */
const REGION_ENV: Record<string, { key: string; env: string[] }> = {
  aws: { key: "region", env: ["AWS_REGION", "AWS_DEFAULT_REGION"] },
};

/**
 * Every resource the program registered, in registration order, indexed by URN; plus the default
 * providers the engine would create for resources that name none.
 */
export class Recording {
  readonly resources: RecordedResource[] = [];
  private readonly byUrn = new Map<string, RecordedResource>();
  private readonly defaults = new Map<string, RecordedResource>();
  private readonly listeners: ((r: RecordedResource) => void)[] = [];

  /**
   * @param stack the stack name, for URNs.
   * @param project the project name, for URNs.
   * @param config the program's config (`namespace:key` → value), for default providers' inputs.
   */
  constructor(
    readonly stack: string,
    readonly project: string,
    private readonly config: Record<string, string>,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** Calls `fn` for every resource as it is recorded (default providers included). */
  onResource(fn: (r: RecordedResource) => void): void {
    this.listeners.push(fn);
  }

  get(urn: string): RecordedResource | undefined {
    return this.byUrn.get(urn);
  }

  has(urn: string): boolean {
    return this.byUrn.has(urn);
  }

  /** URN the engine gives a resource: parent types qualify children, except the root stack's. */
  urnFor(parent: string | undefined, type: string, name: string): string {
    let qualified = type;
    if (parent) {
      const parentType = parent.split("::")[2];
      if (parentType && parentType !== "pulumi:pulumi:Stack") qualified = `${parentType}$${type}`;
    }
    return `urn:pulumi:${this.stack}::${this.project}::${qualified}::${name}`;
  }

  add(resource: RecordedResource): void {
    this.byUrn.set(resource.urn, resource);
    this.resources.push(resource);
    for (const fn of this.listeners) fn(resource);
  }

  /**
   * A default provider of a package whatever its version: the first one recorded, else one created
   * without a version. For remote components, whose children would use their package's default.
   */
  anyDefaultProvider(pkg: string): RecordedResource {
    for (const [key, provider] of this.defaults) if (key.startsWith(`${pkg}@`)) return provider;
    return this.defaultProvider(pkg, "");
  }

  /**
   * The default provider of a package, created on first use as the engine does: named
   * `default_<version>` (dots as underscores), its inputs the package's config keys and version.
   */
  defaultProvider(pkg: string, version: string): RecordedResource {
    const key = `${pkg}@${version}`;
    const existing = this.defaults.get(key);
    if (existing) return existing;
    const name = version ? `default_${version.replace(/[^A-Za-z0-9]/g, "_")}` : "default";
    const type = `pulumi:providers:${pkg}`;
    const inputs: Record<string, unknown> = {};
    const prefix = `${pkg}:`;
    for (const [k, v] of Object.entries(this.config))
      if (k.startsWith(prefix)) inputs[k.slice(prefix.length)] = v;
    const fallback = REGION_ENV[pkg];
    if (fallback && inputs[fallback.key] === undefined) {
      const fromEnv = fallback.env.map((e) => this.env[e]).find((v) => v);
      if (fromEnv) inputs[fallback.key] = fromEnv;
    }
    if (version) inputs.version = version;
    const provider: RecordedResource = {
      urn: this.urnFor(undefined, type, name),
      type,
      name,
      custom: true,
      dependencies: [],
      propertyDependencies: {},
      inputs,
      synthesized: true,
    };
    this.defaults.set(key, provider);
    this.add(provider);
    return provider;
  }
}
