import { throwIfIssues } from "../errors";
import { Checker } from "./checks";

/** Internet egress to price. */
export interface NetworkUnit {
  /** Data sent to the internet per month, in GB, 0 or more. */
  egressGbPerMonth: number;
}

export function validateNetworkUnit(input: unknown, path = "network"): NetworkUnit {
  const c = new Checker(path);
  const u = c.object("", input);
  if (!u) throwIfIssues(c.issues, path);
  c.unknownKeys(u!, ["egressGbPerMonth"]);
  const egress = c.number("egressGbPerMonth", u!.egressGbPerMonth, { min: 0 });
  throwIfIssues(c.issues, path);
  return { egressGbPerMonth: egress! };
}
