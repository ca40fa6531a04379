import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Document, isMap, parseDocument } from "yaml";
import { LOCK_CONFIG_KEY, LockEntry } from "../../sdk/placement/lock";
import { UsageError } from "../errors";
import type { Project } from "./project";

/** Changes to the lock in a stack's config file. */
export interface LockEdit {
  /** New entries (keys not in the file yet). */
  add: Record<string, LockEntry>;
  /** Entries rewritten (migrations). */
  replace: Record<string, LockEntry>;
  /** Keys removed. */
  remove: string[];
}

/** The stack config file a lock is written to: the one read, else `Pulumi.<stack>.yaml`. */
export function stackConfigPath(project: Project): string {
  return join(project.stackDir, project.stackFile ?? `Pulumi.${project.stack}.yaml`);
}

/** The entry without unset fields, as it is written. */
const plain = (e: LockEntry) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined));

/**
 * Applies lock edits to a stack config file's text with the YAML Document API, so comments, key
 * order and every other key survive. Returns the new text (the same text when nothing changed).
 */
export function editLockText(text: string, file: string, edit: LockEdit): string {
  if (Object.keys(edit.add).length + Object.keys(edit.replace).length + edit.remove.length === 0) return text;
  const doc: Document = text.trim() === "" ? new Document({ config: {} }) : parseDocument(text);
  if (doc.errors.length > 0)
    throw new UsageError(`${file}: is not valid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  const config = doc.get("config");
  if (config !== undefined && config !== null && !isMap(config))
    throw new UsageError(`${file}: config: is not a map; fix the file before locking placements`);
  const lock = doc.getIn(["config", LOCK_CONFIG_KEY]);
  if (lock !== undefined && lock !== null && !isMap(lock))
    throw new UsageError(
      `${file}: config.${LOCK_CONFIG_KEY}: is not a map of placement keys to entries; fix or remove it, then run lepton-mc lock`,
    );
  for (const key of edit.remove) doc.deleteIn(["config", LOCK_CONFIG_KEY, key]);
  for (const [key, entry] of Object.entries(edit.replace))
    doc.setIn(["config", LOCK_CONFIG_KEY, key], doc.createNode(plain(entry)));
  for (const key of Object.keys(edit.add).sort())
    if (!doc.hasIn(["config", LOCK_CONFIG_KEY, key]))
      doc.setIn(["config", LOCK_CONFIG_KEY, key], doc.createNode(plain(edit.add[key])));
  return doc.toString();
}

/** Writes the edits to the stack's config file; true when its bytes changed. */
export function writeLock(project: Project, edit: LockEdit): { file: string; changed: boolean } {
  const file = stackConfigPath(project);
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  const after = editLockText(before, file, edit);
  if (after === before) return { file, changed: false };
  writeFileSync(file, after);
  return { file, changed: true };
}
