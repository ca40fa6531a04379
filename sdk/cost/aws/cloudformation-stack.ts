import { isUnknown, missing, Props, priced, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const G = "cloudformation_stack_test";
/** Handler operations on resource types outside AWS::, Alexa:: and Custom:: (registry extensions). */
const HANDLER_OPERATION = goldenPrice(G, 0.0009, "operation");
/** Run time of such handler operations beyond 30 seconds. */
const HANDLER_SECOND_OVER_30 = goldenPrice(G, 0.00008, "second");

/** Resource type namespaces whose handler operations CloudFormation does not bill. */
const FREE_NAMESPACES = ["AWS::", "Alexa::", "Custom::"];

/**
 * Types a template may create that bill nothing themselves (the stack is then free as a whole).
 * Any other AWS:: type creates something billed outside the plan, so the stack is left unpriced.
 */
const NOT_BILLED_CREATED = [
  "AWS::CloudFormation::",
  "AWS::IAM::",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::EC2::RouteTable",
  "AWS::EC2::Route",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::InternetGateway",
  "AWS::EC2::VPCGatewayAttachment",
  "AWS::Lambda::Permission",
];

/** The resource types an inline template declares (JSON `"Type": "…"` or YAML `Type: …`). */
function templateTypes(body: string): string[] {
  const found = body.matchAll(/["']?Type["']?\s*:\s*["']?([A-Za-z0-9]+::[A-Za-z0-9:]+)/g);
  return [...new Set([...found].map((m) => m[1]))];
}

const isThirdParty = (t: string) => !FREE_NAMESPACES.some((ns) => t.startsWith(ns));
const isNotBilled = (t: string) =>
  NOT_BILLED_CREATED.some((p) => (p.endsWith("::") ? t.startsWith(p) : t === p));

/**
 * A CloudFormation stack. CloudFormation bills handler operations of third-party resource types
 * (usage); AWS::, Alexa:: and Custom:: operations are free. What the stack creates is billed as
 * itself and never reaches the plan, so a stack that creates billed AWS resources is unpriced,
 * naming them, rather than $0.
 */
function stack(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const body = str(props.templateBody);
  if (!body)
    return unpriced(
      `${isUnknown(props.templateBody) ? missing("templateBody", props.templateBody) : "the template is not inline (templateUrl)"}: the resources the stack creates are not known offline, and they are billed as themselves`,
      "aws",
      region,
    );
  const types = templateTypes(body);
  if (!types.length)
    return unpriced(
      "no resource types could be read from templateBody: what the stack creates is not known",
      "aws",
      region,
    );
  const billedAws = types.filter((t) => !isThirdParty(t) && !isNotBilled(t));
  if (billedAws.length)
    return unpriced(
      `the stack creates resources outside the plan, billed as themselves and not priced here: ${billedAws.join(", ")}`,
      "aws",
      region,
    );
  const thirdParty = types.filter(isThirdParty);
  const notes = [
    place.assumption,
    `handler operations of ${FREE_NAMESPACES.join(", ")} resources are free`,
    `the template creates ${types.join(", ")}`,
  ];
  if (!thirdParty.length)
    return priced("aws", region, [], [...notes, "nothing in it is billed"], { free: true });
  return priced(
    "aws",
    region,
    [],
    [
      ...notes,
      `third-party types bill handler operations: ${thirdParty.join(", ")}`,
      ...priceNotes(region, [HANDLER_OPERATION, HANDLER_SECOND_OVER_30]),
    ],
    {
      usage: [
        usageAt(
          ctx,
          HANDLER_OPERATION,
          "monthlyHandlerOperations",
          "third-party handler operations per month",
        ),
        usageAt(
          ctx,
          HANDLER_SECOND_OVER_30,
          "monthlyHandlerSecondsOver30",
          "seconds of third-party handler operations beyond 30 s per month",
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudformation/stack:Stack": stack };
