import type { Catalog } from "../../sdk/catalog/catalog";
import { ValidationError } from "../../sdk/errors";
import { monthly } from "../../sdk/cost/formulas";
import { priceResource } from "../../sdk/cost/price-resource";
import type { Placement } from "../../sdk/placement/place";

/** The Azure public IP a MultiCloudVm with `publicIp: true` gets, as the engine needs it to price it. */
const AZURE_PUBLIC_IP = "azure-native:network:PublicIPAddress";

/**
 * The machine's price: the instance and its boot disk as placed, plus the Azure public IP when
 * asked (a billed resource of its own there, priced by the cost engine as the plan and the policy
 * pack price it; the catalog has no public IPv4 price for AWS or GCP).
 * @throws ValidationError on `publicIp` when the engine cannot price the address: a figure without
 * it would understate what the machine costs.
 */
export function vmCost(
  placement: Placement,
  publicIp: boolean,
  catalog: Catalog,
): { hourlyUsd: number; monthlyUsd: number } {
  if (!publicIp || placement.cloud !== "azure")
    return { hourlyUsd: placement.hourlyUsd, monthlyUsd: placement.monthlyUsd };
  const ip = priceResource(
    AZURE_PUBLIC_IP,
    {
      location: placement.region,
      sku: { name: "Standard", tier: "Regional" },
      publicIPAllocationMethod: "Static",
      publicIPAddressVersion: "IPv4",
    },
    { catalog },
  );
  if (!ip.priced)
    throw new ValidationError(
      [
        {
          path: "publicIp",
          value: publicIp,
          problem: `the Azure public IP in ${placement.region} cannot be priced (${ip.reason})`,
          expected:
            "add an Azure public IP price (service item publicIp.hour) to the catalog of lepton-multicloud:catalog, or leave publicIp out",
        },
      ],
      "MultiCloudVm args",
    );
  const hourlyUsd = Math.round((placement.hourlyUsd + ip.hourlyUsd) * 1e6) / 1e6;
  return { hourlyUsd, monthlyUsd: monthly(hourlyUsd) };
}
