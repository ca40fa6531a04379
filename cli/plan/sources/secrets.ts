import { createDecipheriv, pbkdf2Sync } from "node:crypto";
import { readFileSync } from "node:fs";
import { UsageError } from "../../errors";

/**
 * Fixed signatures of Pulumi's serialized property values (the same as `@pulumi/pulumi/runtime/rpc`
 * and the Go SDK's `resource/sig` package use). A state file marks a value by an object holding
 * the signature key.
 */
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const OUTPUT_SIG = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

/** How every report shows a secret value (as `pulumi preview` does). */
export const SECRET_TEXT = "[secret]";

/** What a secret held, when it could be read: a plaintext (`--show-secrets`) or a decrypted ciphertext. */
export type SecretContent = { readable: true; value: unknown } | { readable: false; why: string };

/** A secret value found in a stack export or a preview, where it is, and whether it could be read. */
export class SecretValue {
  constructor(
    /** Its JSON path in the file, e.g. `deployment.resources[4].outputs.password`. */
    readonly at: string,
    readonly content: SecretContent,
  ) {}
}

/**
 * A resource's property values as read from a file: plain JSON, with each secret replaced by a
 * `SecretValue`. Nothing reads a secret's content but `materialize`, so no view of it can leak it
 * by accident.
 */
export type Tree = unknown;

/** How to read the values of one file. */
export interface DecodeContext {
  /** The file, for errors. */
  file: string;
  /** Decrypts a ciphertext (the passphrase provider), or undefined when it cannot. */
  decrypt?: (ciphertext: string, at: string) => string;
  /** Why an encrypted value could not be read, and what to do (for reports). */
  encrypted: string;
  /** A string that stands for a secret the file hides (a preview's `[secret]`). */
  blinded?: { text: string; why: string };
}

/** Keys providers keep for their own bookkeeping (`__defaults`, `__meta`), not resource properties. */
const isBookkeeping = (key: string) => key.startsWith("__");

/**
 * Reads a property value of a Pulumi state (ResourceV3 `inputs`/`outputs`): secrets become
 * `SecretValue`s (their plaintext JSON-decoded, their ciphertext decrypted when the context can),
 * resource references their ID (custom) or URN (component), assets and archives their fields.
 * @throws UsageError naming the file and the JSON path of a malformed secret.
 */
export function decodeValue(value: unknown, at: string, ctx: DecodeContext): Tree {
  if (ctx.blinded && value === ctx.blinded.text)
    return new SecretValue(at, { readable: false, why: ctx.blinded.why });
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v, i) => decodeValue(v, `${at}[${i}]`, ctx));
  const o = value as Record<string, unknown>;
  const sig = o[SIG_KEY];
  if (sig === SECRET_SIG) return decodeSecret(o, at, ctx);
  if (sig === RESOURCE_SIG)
    return typeof o.id === "string" && o.id !== "" ? o.id : typeof o.urn === "string" ? o.urn : null;
  if (sig === OUTPUT_SIG) return "value" in o ? decodeValue(o.value, `${at}.value`, ctx) : null;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o))
    if (key !== SIG_KEY && !isBookkeeping(key)) out[key] = decodeValue(o[key], `${at}.${key}`, ctx);
  return out;
}

function decodeSecret(o: Record<string, unknown>, at: string, ctx: DecodeContext): SecretValue {
  const bad = (what: string) =>
    new UsageError(
      `${ctx.file}: ${at}: ${what}; a Pulumi secret holds a "ciphertext" or (with --show-secrets) a JSON-encoded "plaintext"`,
    );
  let plaintext: string;
  if (typeof o.plaintext === "string") plaintext = o.plaintext;
  else if (typeof o.ciphertext === "string") {
    if (!ctx.decrypt) return new SecretValue(at, { readable: false, why: ctx.encrypted });
    plaintext = ctx.decrypt(o.ciphertext, `${at}.ciphertext`);
  } else throw bad("a secret with neither ciphertext nor plaintext");
  let parsed: unknown;
  try {
    parsed = JSON.parse(plaintext);
  } catch {
    // The value itself is never shown, not even in an error.
    throw bad("its plaintext is not JSON-encoded");
  }
  // A secret is secret as a whole: whatever it holds is read as plain values.
  return new SecretValue(at, { readable: true, value: materialize(decodeValue(parsed, at, ctx), reveal) });
}

/** A substitution that gives a readable secret's value. */
const reveal = (s: SecretValue): unknown => (s.content.readable ? s.content.value : undefined);

/** A deep copy of a tree with each secret replaced by what `substitute` gives for it. */
export function materialize(tree: Tree, substitute: (s: SecretValue) => unknown): unknown {
  if (tree instanceof SecretValue) return substitute(tree);
  if (tree === null || typeof tree !== "object") return tree;
  if (Array.isArray(tree)) return tree.map((v) => materialize(v, substitute));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(tree)) out[k] = materialize(v, substitute);
  return out;
}

/** Every secret in a tree. */
export function secretsIn(tree: Tree, into: SecretValue[] = []): SecretValue[] {
  if (tree instanceof SecretValue) into.push(tree);
  else if (tree !== null && typeof tree === "object")
    for (const v of Array.isArray(tree) ? tree : Object.values(tree)) secretsIn(v, into);
  return into;
}

/** The strings and numbers a readable secret holds, as they could appear in a report's text. */
function textsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string" && value !== "") into.push(value);
  else if (typeof value === "number" && Number.isFinite(value)) into.push(String(value));
  else if (value !== null && typeof value === "object")
    for (const v of Array.isArray(value) ? value : Object.values(value)) textsOf(v, into);
  return into;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A function replacing, in a text, every occurrence of the given secrets' values by `[secret]`:
 * all values of `own` (the resource's and its provider's secrets), and the strings of three
 * characters or more of `others` (secrets it may have read through a reference; a short or numeric
 * one would hide unrelated figures). Numbers match only whole (`100` in `gp3 100 GB`, not in
 * `1000`). Longest values first, so a secret that contains another is hidden whole.
 */
export function scrubber(
  own: readonly SecretValue[],
  others: readonly SecretValue[] = [],
): (text: string) => string {
  const readable = (list: readonly SecretValue[]) =>
    list.flatMap((s) => (s.content.readable ? textsOf(s.content.value) : []));
  const texts = [
    ...new Set([...readable(own), ...readable(others).filter((t) => t.length >= 3 && !NUMBER.test(t))]),
  ].sort((a, b) => b.length - a.length);
  if (texts.length === 0) return (t) => t;
  const pattern = new RegExp(
    texts
      .map((t) => (NUMBER.test(t) ? `(?<![\\d.])${escapeRegExp(t)}(?![\\d.])` : escapeRegExp(t)))
      .join("|"),
    "g",
  );
  return (text) => text.replace(pattern, SECRET_TEXT);
}

/** Decrypts a passphrase-encrypted value: `v1:<nonce>:<ciphertext and tag>`, AES-256-GCM, base64. */
function decryptAesGcm(key: Buffer, value: string): string | undefined {
  const parts = value.split(":");
  if (parts.length !== 3 || parts[0] !== "v1") return undefined;
  const nonce = Buffer.from(parts[1], "base64");
  const sealed = Buffer.from(parts[2], "base64");
  if (nonce.length !== 12 || sealed.length < 16) return undefined;
  try {
    const d = createDecipheriv("aes-256-gcm", key, nonce);
    d.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]).toString("utf8");
  } catch {
    return undefined;
  }
}

/** PBKDF2 rounds of Pulumi's passphrase secrets provider (SHA-256, a 32-byte AES key). */
const PASSPHRASE_ROUNDS = 1_000_000;

/** The passphrase the Pulumi CLI would use: `PULUMI_CONFIG_PASSPHRASE`, else the file `PULUMI_CONFIG_PASSPHRASE_FILE` names. */
export function passphraseFromEnv(env: NodeJS.ProcessEnv): { passphrase: string; from: string } | undefined {
  if (env.PULUMI_CONFIG_PASSPHRASE !== undefined)
    return { passphrase: env.PULUMI_CONFIG_PASSPHRASE, from: "PULUMI_CONFIG_PASSPHRASE" };
  const file = env.PULUMI_CONFIG_PASSPHRASE_FILE;
  if (!file) return undefined;
  try {
    const text = readFileSync(file, "utf8");
    return { passphrase: text.replace(/\r?\n$/, ""), from: `PULUMI_CONFIG_PASSPHRASE_FILE ${file}` };
  } catch (e) {
    throw new UsageError(
      `PULUMI_CONFIG_PASSPHRASE_FILE ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

/**
 * The decrypter of a stack whose secrets provider is `passphrase`: its state's `salt` is
 * `v1:<salt>:<the word "pulumi" encrypted>`, which checks the passphrase before any secret is read.
 * @throws UsageError naming the file and path when the salt is malformed or the passphrase wrong.
 */
export function passphraseDecrypter(
  file: string,
  at: string,
  salt: unknown,
  secret: { passphrase: string; from: string },
): (ciphertext: string, at: string) => string {
  const parts = typeof salt === "string" ? salt.split(":") : [];
  if (parts.length !== 5 || parts[0] !== "v1")
    throw new UsageError(
      `${file}: ${at}: ${JSON.stringify(salt)} is not a passphrase salt; Pulumi writes "v1:<salt>:v1:<nonce>:<check>"`,
    );
  const key = pbkdf2Sync(secret.passphrase, Buffer.from(parts[1], "base64"), PASSPHRASE_ROUNDS, 32, "sha256");
  if (decryptAesGcm(key, parts.slice(2).join(":")) !== "pulumi")
    throw new UsageError(
      `${file}: ${at}: the passphrase from ${secret.from} does not decrypt this stack's secrets; give the stack's passphrase, or export with \`pulumi stack export --show-secrets\``,
    );
  return (ciphertext, where) => {
    const plain = decryptAesGcm(key, ciphertext);
    if (plain === undefined)
      throw new UsageError(
        `${file}: ${where}: the ciphertext does not decrypt with the stack's passphrase (a value copied from another stack?)`,
      );
    return plain;
  };
}
