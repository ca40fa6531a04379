import { ECR_STORAGE_GB_MONTH } from "../aws/ecr-repository";
import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { priced, Props, unpriced, usageCharge } from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * An awsx `ecr.Repository`: nothing fixed; its images' storage is usage-based (`storageGb`, the
 * GB stored over the month). Its lifecycle policy is not billed.
 */
function repository(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  return priced(
    "aws",
    region,
    [],
    [
      assumption,
      `image storage: ${describePrice(ECR_STORAGE_GB_MONTH)}; data transfer out is not included`,
      regionNote(ECR_STORAGE_GB_MONTH, region),
    ],
    {
      usage: [
        usageCharge(ctx, {
          key: "storageGb",
          quantityUnit: "GB of images stored",
          unit: "GB-month",
          unitSize: 1,
          usdPerUnit: ECR_STORAGE_GB_MONTH.usd,
          source: describePrice(ECR_STORAGE_GB_MONTH),
        }),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "awsx:ecr:Repository": repository };
