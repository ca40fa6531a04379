import { dig, num, Props, str } from "../helpers";

/** A vCore SKU read from sku.name (`GP_Gen5_4`, `GP_S_Gen5_2`, `BC_M_8`) or from tier/family/capacity. */
export interface VcoreSku {
  kind: "vcore";
  /** GP (General Purpose), BC (Business Critical) or HS (Hyperscale). */
  edition: "GP" | "BC" | "HS";
  serverless: boolean;
  family: string;
  vcores: number;
}

/** A DTU SKU: the tier (Basic, Standard, Premium) and its DTUs, from `S3` or tier + capacity. */
export interface DtuSku {
  kind: "dtu";
  tier: "Basic" | "Standard" | "Premium";
  name: string;
  dtus: number;
}

/** DTUs of the single-database service objectives (Azure SQL DTU purchasing model). */
export const DTUS: Record<string, number> = {
  BASIC: 5,
  S0: 10,
  S1: 20,
  S2: 50,
  S3: 100,
  S4: 200,
  S6: 400,
  S7: 800,
  S9: 1600,
  S12: 3000,
  P1: 125,
  P2: 250,
  P4: 500,
  P6: 1000,
  P11: 1750,
  P15: 4000,
};

const EDITIONS: Record<string, VcoreSku["edition"]> = {
  GP: "GP",
  GENERALPURPOSE: "GP",
  BC: "BC",
  BUSINESSCRITICAL: "BC",
  HS: "HS",
  HYPERSCALE: "HS",
};
const DTU_TIERS: Record<string, DtuSku["tier"]> = {
  BASIC: "Basic",
  BASICPOOL: "Basic",
  STANDARD: "Standard",
  STANDARDPOOL: "Standard",
  PREMIUM: "Premium",
  PREMIUMPOOL: "Premium",
};

/** Reads an Azure SQL sku block; a string says what is missing or not understood. */
export function readSqlSku(props: Props): VcoreSku | DtuSku | string {
  const name = str(dig(props, "sku.name"))?.toUpperCase();
  const tier = str(dig(props, "sku.tier"))?.toUpperCase().replace(/\s/g, "");
  const capacity = num(dig(props, "sku.capacity"));
  const family = str(dig(props, "sku.family"));
  if (!name && !tier) return "sku.name is not set";

  const dtu = name ? DTUS[name] : undefined;
  if (name && dtu !== undefined) {
    const t = name === "BASIC" ? "Basic" : name.startsWith("S") ? "Standard" : "Premium";
    return { kind: "dtu", tier: t, name, dtus: dtu };
  }
  const dtuTier = DTU_TIERS[name ?? ""] ?? DTU_TIERS[tier ?? ""];
  if (dtuTier) {
    if (capacity === undefined) return `sku.capacity (DTUs) is not set for the ${dtuTier} tier`;
    return { kind: "dtu", tier: dtuTier, name: `${dtuTier} ${capacity} DTUs`, dtus: capacity };
  }

  const m = name ? /^(GP|BC|HS)(_S)?_([A-Z0-9]+)(?:_(\d+))?$/.exec(name) : null;
  const edition = m ? EDITIONS[m[1]] : EDITIONS[tier ?? ""];
  if (!edition) return `sku.name "${str(dig(props, "sku.name")) ?? ""}" is not an Azure SQL DTU or vCore SKU`;
  const vcores = m?.[4] !== undefined ? Number(m[4]) : capacity;
  if (vcores === undefined) return `sku.capacity (vCores) is not set for ${name ?? tier}`;
  return {
    kind: "vcore",
    edition,
    serverless: m ? m[2] !== undefined : /_S_/.test(name ?? ""),
    family: (m?.[3] ?? family ?? "Gen5").toUpperCase(),
    vcores,
  };
}

/** GiB from a byte count input (maxSizeBytes), if set. */
export function gibOf(bytes: unknown): number | undefined {
  const b = num(bytes);
  return b === undefined ? undefined : b / 2 ** 30;
}
