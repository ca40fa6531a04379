import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const G = "transfer_server_test";
const PROTOCOL_HOUR = goldenPrice(G, 0.3, "protocol-hour");
const DOWNLOADED_GB = goldenPrice(G, 0.04, "GB");
const UPLOADED_GB = goldenPrice(G, 0.04, "GB");

/** A Transfer Family server: per enabled protocol per hour (SFTP by default), GB up and down (usage). */
function server(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const listed = Array.isArray(props.protocols) ? props.protocols.map((p) => str(p) ?? "?") : [];
  const protocols = listed.length ? listed : ["SFTP"];
  return priced(
    "aws",
    region,
    protocols.map((p) => ({ item: `${p} protocol enabled`, hourlyUsd: PROTOCOL_HOUR.usd })),
    [
      place.assumption,
      listed.length ? "" : "protocols not set: SFTP (the default)",
      ...priceNotes(region, [PROTOCOL_HOUR, DOWNLOADED_GB, UPLOADED_GB]),
    ],
    {
      usage: [
        usageAt(ctx, DOWNLOADED_GB, "monthlyDownloadedGb", "GB downloaded per month"),
        usageAt(ctx, UPLOADED_GB, "monthlyUploadedGb", "GB uploaded per month"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:transfer/server:Server": server };
