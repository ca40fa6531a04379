import { show } from "../../../sdk/errors";
import { UsageError } from "../../errors";
import { readResource, SourceResource } from "./resource";
import { DecodeContext, passphraseDecrypter, passphraseFromEnv } from "./secrets";
import { documentKind, readJsonFile, SourceStack, stackOf, wrongKind } from "./source";

/** The deployment format version this reader knows (Pulumi's `DeploymentSchemaVersionCurrent`). */
const VERSION = 3;

const EXPECTED = "the output of `pulumi stack export` (a version 3 deployment)";

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * How the secrets of a deployment are read: plaintexts (`--show-secrets`) always; ciphertexts of
 * the passphrase provider with the passphrase the Pulumi CLI would use (checked on the first
 * ciphertext, as the key takes half a second to derive); any other ciphertext not at all.
 */
function decodeContext(where: string, at: string, providers: unknown, env: NodeJS.ProcessEnv): DecodeContext {
  const type = isObject(providers) && typeof providers.type === "string" ? providers.type : undefined;
  const showSecrets = "export with `pulumi stack export --show-secrets` to read it";
  if (type === "passphrase") {
    const secret = passphraseFromEnv(env);
    if (!secret)
      return {
        file: where,
        encrypted: `encrypted with the stack's passphrase: set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE), or ${showSecrets}`,
      };
    const state = isObject(providers) && isObject(providers.state) ? providers.state : {};
    let decrypt: ((c: string, at: string) => string) | undefined;
    return {
      file: where,
      encrypted: "encrypted",
      decrypt: (ciphertext, path) =>
        (decrypt ??= passphraseDecrypter(where, `${at}.secrets_providers.state.salt`, state.salt, secret))(
          ciphertext,
          path,
        ),
    };
  }
  return {
    file: where,
    encrypted: type
      ? `encrypted by the stack's ${type} secrets provider: ${showSecrets}`
      : `encrypted: ${showSecrets}`,
  };
}

/**
 * Reads `pulumi stack export` output (or a DIY backend's checkpoint file) into the resources to
 * price: every resource with its outputs over its inputs, its provider and parent checked.
 * @throws UsageError naming the file and the JSON path: not a stack export, another format
 *   version, truncated JSON, a malformed resource, a provider or parent the file does not hold.
 */
export function loadStackExport(file: string, env: NodeJS.ProcessEnv = process.env): SourceStack {
  const option = "--from-state";
  const where = `${option} ${file}`;
  const doc = readJsonFile(option, file, EXPECTED);
  const kind = documentKind(doc);
  if (kind !== "stack export" && kind !== "checkpoint")
    throw new UsageError(`${where}: ${wrongKind(kind)}; give ${EXPECTED}`);
  const o = doc as Record<string, unknown>;
  if (o.version !== VERSION) {
    const v = o.version;
    throw new UsageError(
      `${where}: version: ${show(v)} is not valid; ` +
        (typeof v === "number" && v < VERSION
          ? `it is an older format than ${VERSION}: export the stack again with a current Pulumi CLI`
          : typeof v === "number" && v > VERSION
            ? `it is newer than the version ${VERSION} this lepton-mc reads: update lepton-multicloud`
            : `give ${EXPECTED}`),
    );
  }
  const at = kind === "checkpoint" ? "checkpoint.latest" : "deployment";
  const deployment = kind === "checkpoint" ? (o.checkpoint as Record<string, unknown>)?.latest : o.deployment;
  if (deployment !== undefined && deployment !== null && !isObject(deployment))
    throw new UsageError(`${where}: ${at}: ${show(deployment)} is not valid; give ${EXPECTED}`);
  const d = (deployment ?? {}) as Record<string, unknown>;
  if (d.resources !== undefined && d.resources !== null && !Array.isArray(d.resources))
    throw new UsageError(
      `${where}: ${at}.resources: ${show(d.resources)} is not valid; use an array of resources`,
    );

  const ctx = decodeContext(where, at, d.secrets_providers, env);
  const all = ((d.resources ?? []) as unknown[]).map((raw, i) =>
    readResource(raw, `${at}.resources[${i}]`, ctx, "outputs"),
  );
  checkReferences(all, where);
  const resources = all.filter((r) => !r.pendingDelete);
  const { stack, project } = stackOf(all, where);
  const notes: string[] = [];
  const pending = all.length - resources.length;
  if (pending > 0)
    notes.push(
      `${file}: ${pending} resource(s) marked for deletion (old copies of replaced resources) are not counted`,
    );
  if (all.length === 0) notes.push(`${file}: the stack has no resources`);
  return { file, option, kind: "stack export", stack, project, resources, notes };
}

/**
 * Every provider reference and parent must name a resource of the export (Pulumi's own integrity
 * check), so a region is never guessed for a resource whose provider is missing.
 */
function checkReferences(resources: readonly SourceResource[], where: string): void {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const live = new Map<string, SourceResource>();
  for (const r of resources) {
    const twin = live.get(r.urn);
    if (twin && !r.pendingDelete)
      throw new UsageError(
        `${where}: ${r.at}.urn: ${JSON.stringify(r.urn)} is also the URN of ${twin.at}; a stack holds one live resource per URN`,
      );
    if (!r.pendingDelete) live.set(r.urn, r);
    if (r.provider) {
      const p = byUrn.get(r.provider);
      if (!p)
        throw new UsageError(
          `${where}: ${r.at}.provider: ${JSON.stringify(r.provider)} names no provider resource of this export; export the whole stack (\`pulumi stack export\`), not a part of it`,
        );
      if (!p.type.startsWith("pulumi:providers:"))
        throw new UsageError(
          `${where}: ${r.at}.provider: ${JSON.stringify(r.provider)} is a ${p.type}, not a provider resource`,
        );
    }
    if (r.parent && !byUrn.has(r.parent))
      throw new UsageError(
        `${where}: ${r.at}.parent: ${JSON.stringify(r.parent)} names no resource of this export; export the whole stack (\`pulumi stack export\`), not a part of it`,
      );
  }
}
