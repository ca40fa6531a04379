import { table } from "../format/table";
import { describeEntry, PlacementsView } from "./placements";
import { usd } from "./result";

/** What the status column says, and what to do about it. */
const STATUS: Record<string, string> = {
  locked: "locked",
  unlocked: "UNLOCKED",
  resized: "resized",
  stale: "STALE",
  pinned: "pinned",
};

function rows(view: PlacementsView): string[][] {
  return view.items.map((t) => {
    const move = view.migrations.find((m) => m.key === t.key);
    return [
      t.key,
      t.kind,
      STATUS[t.status] ?? t.status,
      describeEntry(t.current),
      usd(t.currentMonthlyUsd),
      move ? `${describeEntry(move.to)} (saves ${usd(move.monthlySavingUsd)}, ${move.savingPct}%)` : "",
    ];
  });
}

const HEAD = ["key", "kind", "status", "where", "$/month", "migration candidate"];

/** One line on what is unlocked or stale, and the command that fixes it (a plan note); empty when all is locked. */
export function lockAdvice(view: PlacementsView): string {
  const parts: string[] = [];
  if (view.unlocked.length)
    parts.push(
      `${view.unlocked.length} placement(s) not locked (${view.unlocked.join(", ")}): a catalog or price change can move them; run lepton-mc lock`,
    );
  if (view.stale.length)
    parts.push(
      `${view.stale.length} lock entr${view.stale.length === 1 ? "y is" : "ies are"} stale (${view.stale.join(", ")}): the program overrides them; run lepton-mc lock --prune, then lepton-mc lock`,
    );
  return parts.join("; ");
}

function thresholdsText(view: PlacementsView): string {
  return `candidates save at least ${view.thresholds.minSavingPct}% and ${usd(view.thresholds.minSavingUsd)}/month; approve one with lepton-mc lock --migrate KEY`;
}

/** The Placements section of the table report; empty when the program placed nothing. */
export function placementsTable(view: PlacementsView): string {
  if (view.items.length === 0) return "";
  const t = table(HEAD);
  for (const r of rows(view)) t.push(r);
  return `Placements (${thresholdsText(view)}):\n${t.toString()}`;
}

/** The Placements section of the Markdown report. */
export function placementsMarkdown(view: PlacementsView, cell: (s: string) => string): string {
  if (view.items.length === 0) return "";
  let md = `### Placements\n\n${thresholdsText(view)}.\n\n| ${HEAD.join(" | ")} |\n|${HEAD.map(() => "---").join("|")}|\n`;
  for (const r of rows(view)) md += `| ${r.map(cell).join(" | ")} |\n`;
  return md;
}

/** The Placements section of the HTML report, as [head, body] for its section helper. */
export function placementsHtmlRows(view: PlacementsView): {
  head: string[];
  body: string[][];
  advice: string;
} {
  return { head: HEAD, body: rows(view), advice: lockAdvice(view) };
}
