import Table from "cli-table3";

/** A plain table (no colour codes, so it reads the same in CI logs and terminals). */
export function table(head: string[]): Table.Table {
  return new Table({ head, style: { head: [], border: [] } });
}
