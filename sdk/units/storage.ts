import { throwIfIssues } from "../errors";
import { Checker } from "./checks";

export const STORAGE_CLASSES = ["hot", "cool", "archive"] as const;
/** `hot`: S3 Standard / Blob Hot / GCS Standard; `cool`: Standard-IA / Cool / Nearline; `archive`: Glacier Flexible Retrieval / Archive / Archive. */
export type StorageClass = (typeof STORAGE_CLASSES)[number];

/** Object storage to price and place. */
export interface StorageUnit {
  /** Expected stored data in GB, 0 or more. */
  expectedGb: number;
  /** Storage class. @default "hot" */
  class?: StorageClass;
}

export interface ResolvedStorageUnit {
  expectedGb: number;
  class: StorageClass;
}

export function validateStorageUnit(input: unknown, path = "storage"): ResolvedStorageUnit {
  const c = new Checker(path);
  const u = c.object("", input);
  if (!u) throwIfIssues(c.issues, path);
  c.unknownKeys(u!, ["expectedGb", "class"]);
  const expectedGb = c.number("expectedGb", u!.expectedGb, { min: 0 });
  const cls = u!.class === undefined ? "hot" : c.choice("class", u!.class, STORAGE_CLASSES);
  throwIfIssues(c.issues, path);
  return { expectedGb: expectedGb!, class: cls! };
}
