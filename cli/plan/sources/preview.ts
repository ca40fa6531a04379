import { show } from "../../../sdk/errors";
import { oneOf } from "../../../sdk/units/checks";
import { UsageError } from "../../errors";
import { mergeProps, parseUrn, readResource, SourceResource } from "./resource";
import { DecodeContext, SECRET_TEXT } from "./secrets";
import { documentKind, readJsonFile, SourceStack, stackOf, wrongKind } from "./source";

const EXPECTED = "the output of `pulumi preview --json`";

/** The step operations of `pulumi preview --json` (the engine's `StepOp` labels). */
const OPS = [
  "same",
  "create",
  "update",
  "delete",
  "replace",
  "create-replacement",
  "delete-replaced",
  "read",
  "read-replacement",
  "refresh",
  "discard",
  "discard-replaced",
  "remove-pending-replace",
  "import",
  "import-replacement",
] as const;

/** Operations after which the resource exists, in its new state. */
const KEEPS = new Set([
  "same",
  "create",
  "update",
  "replace",
  "create-replacement",
  "read",
  "read-replacement",
  "refresh",
  "import",
  "import-replacement",
]);

/** Operations that leave a resource as it is: it is priced from its old (deployed) state on both sides. */
const UNCHANGED = new Set(["same", "refresh", "read"]);

/** The one operation a resource's steps amount to, as a pull request reads it. */
function logicalOp(ops: readonly string[]): string {
  const has = (...names: string[]) => names.some((n) => ops.includes(n));
  if (has("replace", "create-replacement", "delete-replaced", "import-replacement")) return "replace";
  if (has("create", "import")) return "create";
  if (has("delete")) return "delete";
  if (has("update")) return "update";
  if (has("read", "read-replacement")) return "read";
  if (has("discard", "discard-replaced", "remove-pending-replace")) return "discard";
  return "same";
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Terminal colour codes some diagnostics carry even with `--color never`. */
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ""); // eslint-disable-line no-control-regex

interface UrnSteps {
  order: number;
  ops: string[];
  old?: SourceResource;
  now?: SourceResource;
}

/**
 * Reads `pulumi preview --json` output: each URN's old state (before) and new state (after), and
 * the operation its steps amount to. Unchanged resources are priced from their old state on both
 * sides, so only what the change touches can move the cost; an updated or replaced one from its
 * new inputs over its old state.
 * @throws UsageError naming the file and the JSON path of what is malformed.
 */
export function loadPreview(file: string): SourceStack {
  const option = "--from-preview";
  const where = `${option} ${file}`;
  const doc = readJsonFile(option, file, EXPECTED);
  const kind = documentKind(doc);
  if (kind !== "preview") throw new UsageError(`${where}: ${wrongKind(kind)}; give ${EXPECTED}`);
  const o = doc as Record<string, unknown>;
  const steps = (o.steps ?? []) as unknown[];
  if (!Array.isArray(steps))
    throw new UsageError(`${where}: steps: ${show(o.steps)} is not valid; use the array of preview steps`);
  const summary: Record<string, number> = {};
  if (o.changeSummary !== undefined) {
    if (!isObject(o.changeSummary))
      throw new UsageError(
        `${where}: changeSummary: ${show(o.changeSummary)} is not valid; use an object of operations to counts`,
      );
    for (const [op, n] of Object.entries(o.changeSummary)) {
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
        throw new UsageError(`${where}: changeSummary.${op}: ${show(n)} is not valid; use a count`);
      summary[op] = n;
    }
  }

  const ctx: DecodeContext = {
    file: where,
    encrypted: "encrypted",
    blinded: { text: SECRET_TEXT, why: "`pulumi preview --json` never shows secret values" },
  };
  const byUrn = new Map<string, UrnSteps>();
  steps.forEach((raw, i) => {
    const at = `steps[${i}]`;
    if (!isObject(raw))
      throw new UsageError(`${where}: ${at}: ${show(raw)} is not valid; each step is an object`);
    const op = raw.op;
    if (typeof op !== "string" || !(OPS as readonly string[]).includes(op))
      throw new UsageError(
        `${where}: ${at}.op: ${show(op)} is not valid; ${oneOf(OPS, op)} (a newer Pulumi CLI? this lepton-mc reads the operations of Pulumi 3)`,
      );
    const urn = raw.urn;
    if (typeof urn !== "string" || !parseUrn(urn))
      throw new UsageError(
        `${where}: ${at}.urn: ${show(urn)} is not valid; use a Pulumi URN, urn:pulumi:<stack>::<project>::<type>::<name>`,
      );
    const old = isObject(raw.oldState)
      ? readResource(raw.oldState, `${at}.oldState`, ctx, "outputs")
      : undefined;
    const now = isObject(raw.newState)
      ? readResource(raw.newState, `${at}.newState`, ctx, "inputs")
      : undefined;
    const needsOld = ["update", "delete", "replace", "delete-replaced"].includes(op);
    const needsNew = ["create", "update", "replace", "create-replacement", "import"].includes(op);
    if ((needsOld && !old) || (needsNew && !now))
      throw new UsageError(
        `${where}: ${at}.${needsOld && !old ? "oldState" : "newState"}: missing; a ${op} step carries the resource's ${needsOld && !old ? "old" : "new"} state (was the file edited?)`,
      );
    for (const state of [old, now])
      if (state && state.urn !== urn)
        throw new UsageError(
          `${where}: ${state.at}.urn: ${JSON.stringify(state.urn)} is not the step's URN ${JSON.stringify(urn)}`,
        );
    const entry = byUrn.get(urn) ?? { order: i, ops: [] };
    byUrn.set(urn, entry);
    entry.ops.push(op);
    entry.old ??= old;
    if (now && KEEPS.has(op)) entry.now = now;
  });

  const ops: Record<string, string> = {};
  const before: SourceResource[] = [];
  const after: SourceResource[] = [];
  for (const [urn, e] of [...byUrn.entries()].sort((a, b) => a[1].order - b[1].order)) {
    const op = logicalOp(e.ops);
    ops[urn] = op;
    if (e.old) before.push(e.old);
    if (!e.ops.some((x) => KEEPS.has(x))) continue;
    if (UNCHANGED.has(op) || !e.now) {
      if (e.old ?? e.now) after.push((e.old ?? e.now)!);
    } else if (e.old && (op === "update" || op === "replace")) {
      // A new state holds what the program asks; what the provider computed (a zone taken from
      // the provider's config) is read from the old state until the change is applied.
      after.push({ ...e.now, props: mergeProps(e.now.props, e.old.props) });
    } else after.push(e.now);
  }
  const { stack, project } = stackOf([...before, ...after], where);

  const notes: string[] = [];
  const shownSame = steps.filter((s) => (s as { op?: unknown }).op === "same").length;
  const hiddenSame = (summary.same ?? 0) - shownSame;
  if (hiddenSame > 0)
    notes.push(
      `${file}: the preview counts ${hiddenSame} unchanged resource(s) without listing them, so the cost after the change covers only the ${after.length} it shows (run \`pulumi preview --json --show-sames\` for the whole stack); the cost of the change itself is complete`,
    );
  const errors = (Array.isArray(o.diagnostics) ? o.diagnostics : []).filter(
    (d) => isObject(d) && typeof d.severity === "string" && /error|err$/.test(d.severity),
  ) as { message?: unknown }[];
  if (errors.length > 0) {
    const first = stripAnsi(String(errors[0].message ?? ""))
      .trim()
      .split("\n")[0]
      .slice(0, 200);
    notes.push(
      `${file}: the preview reported ${errors.length} error(s) and may be incomplete${first ? `: ${first}` : ""}`,
    );
  }
  return {
    file,
    option,
    kind: "preview",
    stack,
    project,
    resources: after,
    before,
    ops,
    summary,
    complete: hiddenSame <= 0,
    notes,
  };
}
