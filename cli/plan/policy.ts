import {
  HarnessResource,
  HarnessViolation,
  PolicyConfigError,
  PolicyConfigFile,
  PolicyPackSession,
  startPolicyPack,
} from "../../analyzer/harness";
import { UsageError } from "../errors";
import { policyInputs, RecordedResource, setInputs } from "./recorder";

/** A policy pack to run, with its config file's content. */
export interface PackSpec {
  dir: string;
  config?: PolicyConfigFile;
  /** The option that named the pack or its config, for errors. */
  label: string;
}

/** One diagnostic, as the plan reports it. */
export interface Violation {
  pack: string;
  policy: string;
  level: HarnessViolation["enforcementLevel"];
  urn?: string;
  message: string;
}

/** A change a remediating policy made to a resource's inputs before analysis (and pricing). */
export interface Remediation {
  pack: string;
  policy: string;
  urn: string;
  /** Top-level input properties the policy changed. */
  changed: string[];
  diagnostic?: string;
}

export interface PolicyOutcome {
  /** Name and version of each pack, in the order run. */
  packs: { name: string; version: string }[];
  violations: Violation[];
  remediations: Remediation[];
  /** The config each pack was configured with (defaults, initial config and the user's file merged). */
  config: PolicyPackSession["config"][];
}

/**
 * A diagnostic as the plan reports it. Analyze diagnostics name no URN (the engine knows which
 * resource it asked about), so `urn` is that resource's; and the policy's description, which
 * `@pulumi/policy` puts before each message, is left out since every row of that policy repeats it.
 */
function toViolation(v: HarnessViolation, urn?: string): Violation {
  const prefix = v.description ? `${v.description}\n` : "";
  const message = prefix && v.message.startsWith(prefix) ? v.message.slice(prefix.length) : v.message;
  const target = v.urn || urn;
  return {
    pack: v.policyPackName,
    policy: v.policyName,
    level: v.enforcementLevel,
    ...(target ? { urn: target } : {}),
    message: message.trim() || v.description,
  };
}

/** Keys whose values differ between two property maps. */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/**
 * Runs policy packs over a program's resources through the analyzer protocol, as the CLI does
 * during a preview, pipelined with the program: packs start at once, and each resource is
 * remediated and analyzed as soon as it is recorded (gRPC calls in flight together), so only
 * AnalyzeStack waits for the program to finish.
 */
export class PolicyRun {
  private readonly sessions: Promise<PolicyPackSession[]>;
  private readonly pending: Promise<Violation[]>[] = [];
  private readonly remediations: Remediation[] = [];
  private analyzed = 0;

  /**
   * @param packs the packs, ours first.
   * @param context stack and project names (ConfigureStack), and the recording's provider lookup.
   */
  constructor(
    packs: readonly PackSpec[],
    private readonly context: {
      stack: string;
      project: string;
      lookup: (urn: string) => RecordedResource | undefined;
    },
  ) {
    this.sessions = Promise.all(
      packs.map((p) =>
        startPolicyPack(p.dir, {
          stack: context.stack,
          project: context.project,
          dryRun: true,
          ...(p.config ? { config: p.config } : {}),
        }).catch((e: unknown) => {
          throw e instanceof PolicyConfigError ? new UsageError(`${p.label}: ${e.message}`) : e;
        }),
      ),
    );
    // A start failure is reported by finish(); until then it must not count as the program's.
    this.sessions.catch(() => undefined);
  }

  /** Resources analyzed so far (for progress). */
  get analyzedCount(): number {
    return this.analyzed;
  }

  /** The resource as the harness sends it: inputs to Analyze, outputs to AnalyzeStack. */
  private harnessResource(r: RecordedResource): HarnessResource {
    const provider = r.provider ? this.context.lookup(r.provider) : undefined;
    return {
      urn: r.urn,
      type: r.type,
      name: r.name,
      // Secret inputs go marked, as the engine sends them (the policy SDK unwraps them for rules).
      inputs: policyInputs(r),
      outputs: r.outputs ?? policyInputs(r),
      custom: r.custom,
      dependencies: r.dependencies,
      ...(r.parent ? { parent: r.parent } : {}),
      ...(provider
        ? {
            provider: {
              urn: provider.urn,
              type: provider.type,
              name: provider.name,
              inputs: policyInputs(provider),
            },
          }
        : {}),
    };
  }

  /**
   * Remediates (packs in order, each seeing the previous one's changes) then analyzes one
   * resource. Remediated inputs replace the recorded ones, so pricing sees what would be deployed.
   * Resources read with `.get()` are not analyzed, as the engine analyzes registrations only.
   */
  submit(r: RecordedResource): void {
    if (r.read) return;
    const work = this.sessions.then(async (sessions) => {
      for (const s of sessions) {
        if (!Object.values(s.config).some((c) => c.enforcementLevel === "remediate")) continue;
        for (const m of await s.remediate(this.harnessResource(r))) {
          const changed = m.properties ? changedKeys(policyInputs(r), m.properties) : [];
          if (m.properties) setInputs(r, m.properties);
          this.remediations.push({
            pack: m.policyPackName,
            policy: m.policyName,
            urn: r.urn,
            changed,
            ...(m.diagnostic ? { diagnostic: m.diagnostic } : {}),
          });
        }
      }
      const resource = this.harnessResource(r);
      const found = await Promise.all(sessions.map((s) => s.analyze(resource)));
      this.analyzed++;
      return found.flat().map((v) => toViolation(v, r.urn));
    });
    work.catch(() => undefined);
    this.pending.push(work);
  }

  /**
   * Waits for every submitted analysis, runs AnalyzeStack once over all resources, and stops the packs.
   * @throws PolicyConfigError or PolicyPackError from the harness.
   */
  async finish(resources: readonly RecordedResource[]): Promise<PolicyOutcome> {
    const sessions = await this.sessions;
    try {
      const perResource = await Promise.all(this.pending);
      const stack = resources.map((r) => this.harnessResource(r));
      const perStack = await Promise.all(sessions.map((s) => s.analyzeStack(stack)));
      return {
        packs: sessions.map((s) => ({ name: s.info.name, version: s.info.version })),
        violations: [...perResource.flat(), ...perStack.flat().map((v) => toViolation(v))],
        remediations: this.remediations,
        config: sessions.map((s) => s.config),
      };
    } finally {
      await Promise.all(sessions.map((s) => s.close()));
    }
  }

  /** Stops the packs without waiting for results (after a program error). */
  async abort(): Promise<void> {
    const sessions = await this.sessions.catch(() => []);
    await Promise.all(sessions.map((s) => s.close()));
  }
}
