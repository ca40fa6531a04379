import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../sdk/errors";
import {
  parseUsageFile,
  PricedUsageTarget,
  usageFileNotes,
  usageFor,
  validateUsageFile,
} from "../../../sdk/cost/usage-file";

const LAMBDA = "aws:lambda/function:Function";

/** The issues a bad usage file raises, as `path: message` lines. */
function problems(text: string): string[] {
  try {
    parseUsageFile(text, "usage file u.yml");
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.issues.length === 1 ? [e.message] : e.message.split("\n").slice(1);
  }
  throw new Error(`accepted:\n${text}`);
}

describe("usage file: validation", () => {
  // Each bad input, and what its message must name: the path, the bad value and the fix.
  const BAD: [string, string, RegExp][] = [
    ["an empty file", "", /^\(file\): is empty; use a map with version: 1/],
    ["a list", "- 1\n", /^\(file\): \[1\] is not valid; use a map with version: 1/],
    ["no version", "resources: {}\n", /^version: is missing; use version: 1/],
    ["another version", "version: 2\n", /^version: 2 is not valid; use version: 1/],
    [
      "an unknown top-level key",
      "version: 1\nresource: {}\n",
      /^resource: is not a known field; did you mean "resources"\?/,
    ],
    [
      "defaults as a list",
      "version: 1\ndefaults: [1]\n",
      /^defaults: \[1\] is not valid; use a map of Pulumi type tokens/,
    ],
    [
      "a Terraform type",
      "version: 1\ndefaults:\n  aws_lambda_function: {}\n",
      /^defaults\.aws_lambda_function: is not a Pulumi type token; use the Pulumi type token, not the Terraform type/,
    ],
    [
      "a bare type name",
      "version: 1\ndefaults:\n  Function: {}\n",
      /^defaults\.Function: is not a Pulumi type token; use a type token such as aws:lambda\/function:Function/,
    ],
    [
      "a resource entry that is a number",
      "version: 1\nresources:\n  api: 5\n",
      /^resources\.api: 5 is not valid; use a map of usage keys to monthly quantities/,
    ],
    [
      "a negative quantity",
      "version: 1\nresources:\n  api-handler:\n    monthlyRequests: -5\n",
      /^resources\.api-handler\.monthlyRequests: -5 is not valid; use a monthly quantity of 0 or more/,
    ],
    [
      "NaN",
      "version: 1\nresources:\n  api:\n    monthlyRequests: .nan\n",
      /^resources\.api\.monthlyRequests: NaN is not valid; use a finite monthly quantity/,
    ],
    [
      "infinity",
      `version: 1\ndefaults:\n  ${LAMBDA}:\n    monthlyRequests: .inf\n`,
      /^defaults\.aws:lambda\/function:Function\.monthlyRequests: Infinity is not valid; use a finite/,
    ],
    [
      "a quoted number",
      'version: 1\nresources:\n  api:\n    monthlyRequests: "1000"\n',
      /^resources\.api\.monthlyRequests: "1000" is not valid; use a number without quotes: monthlyRequests: 1000/,
    ],
    [
      "a word",
      "version: 1\nresources:\n  api:\n    monthlyRequests: lots\n",
      /^resources\.api\.monthlyRequests: "lots" is not valid; use a monthly quantity: a number of 0 or more/,
    ],
    [
      "a snake_case key",
      "version: 1\nresources:\n  api:\n    monthly_requests: 1\n",
      /^resources\.api\.monthly_requests: is not a usage key; usage keys are camelCase: did you mean "monthlyRequests"\?/,
    ],
    [
      "duplicate keys",
      "version: 1\nresources:\n  api: {}\n  api: {}\n",
      /^line 4, column 3: is not valid YAML: Map keys must be unique; fix the YAML syntax/,
    ],
    [
      "broken YAML",
      "version: 1\nresources: [\n",
      /^line \d+, column \d+: is not valid YAML: .*; fix the YAML syntax/,
    ],
  ];
  it.each(BAD)("rejects %s, naming path, value and fix", (_what, text, message) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("reports every problem at once, under the file's name", () => {
    const text = [
      "verison: 1",
      "defaults:",
      "  aws_s3_bucket: {}",
      "resources:",
      "  api-handler:",
      "    monthlyRequests: -1",
      "    averageDurationMs: .nan",
    ].join("\n");
    let error: unknown;
    try {
      parseUsageFile(text, "usage file u.yml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect(e.message.split("\n")[0]).toBe("5 problems in usage file u.yml:");
    expect(e.issues.map((i) => i.path).sort()).toEqual([
      "defaults.aws_s3_bucket",
      "resources.api-handler.averageDurationMs",
      "resources.api-handler.monthlyRequests",
      "verison",
      "version",
    ]);
  });

  it("reads the documented example, numbers in any YAML spelling, and entries left empty", () => {
    const file = parseUsageFile(
      [
        "# lepton-mc usage file, version 1",
        "version: 1",
        "defaults:",
        `  ${LAMBDA}:`,
        "    monthlyRequests: 1e6",
        "    averageDurationMs: 200",
        "resources:",
        "  api-handler:",
        "    monthlyRequests: 25000000",
        "  queue-worker:",
        "    # monthlyRequests: 0   (commented out, as usage init writes it)",
        '  "urn:pulumi:dev::p::aws:lambda/function:Function::cron":',
        "    monthlyRequests: 0x10",
      ].join("\n"),
    );
    expect(file).toEqual({
      version: 1,
      defaults: { [LAMBDA]: { monthlyRequests: 1_000_000, averageDurationMs: 200 } },
      resources: {
        "api-handler": { monthlyRequests: 25_000_000 },
        "queue-worker": {},
        "urn:pulumi:dev::p::aws:lambda/function:Function::cron": { monthlyRequests: 16 },
      },
    });
    expect(validateUsageFile({ version: 1 })).toEqual({ version: 1, defaults: {}, resources: {} });
  });
});

describe("usage file: merge", () => {
  const file = validateUsageFile({
    version: 1,
    defaults: { [LAMBDA]: { monthlyRequests: 1_000_000, averageDurationMs: 200 } },
    resources: {
      "api-handler": { monthlyRequests: 25_000_000 },
      "urn:pulumi:dev::p::aws:lambda/function:Function::api-handler": { averageDurationMs: 50 },
      bucket: { storageGb: 10 },
    },
  });
  const lambda = (name: string) => ({ type: LAMBDA, name, urn: `urn:pulumi:dev::p::${LAMBDA}::${name}` });

  it("gives a resource its type's defaults, overridden key by key by its name's and then its URN's entry", () => {
    expect(usageFor(file, lambda("other"))).toEqual({ monthlyRequests: 1_000_000, averageDurationMs: 200 });
    expect(usageFor(file, lambda("api-handler"))).toEqual({
      monthlyRequests: 25_000_000,
      averageDurationMs: 50,
    });
  });

  it("gives nothing to a resource no entry names", () => {
    expect(usageFor(file, { type: "aws:s3/bucketV2:BucketV2", name: "logs", urn: "urn:x" })).toBeUndefined();
    expect(usageFor(file, { type: "aws:s3/bucketV2:BucketV2", name: "bucket", urn: "urn:x" })).toEqual({
      storageGb: 10,
    });
  });
});

describe("usage file: notes after pricing", () => {
  const targets: PricedUsageTarget[] = [
    { type: LAMBDA, name: "api-handler", urn: "urn:a", chargeKeys: ["monthlyRequests", "monthlyGbSeconds"] },
    { type: LAMBDA, name: "worker", urn: "urn:w", chargeKeys: ["monthlyRequests", "monthlyGbSeconds"] },
    { type: "aws:ec2/vpc:Vpc", name: "net", urn: "urn:n", chargeKeys: [] },
    { type: "aws:rds/instance:Instance", name: "db", urn: "urn:d", chargeKeys: undefined },
  ];

  it("names keys no charge reads, with a did-you-mean against the keys the charges read", () => {
    const file = validateUsageFile({
      version: 1,
      defaults: { [LAMBDA]: { monthlyRequest: 1 } },
      resources: { "api-handler": { monthlyGbSecond: 2, monthlyRequests: 3 }, net: { monthlyGb: 1 } },
    });
    expect(usageFileNotes(file, targets)).toEqual([
      `usage file defaults.${LAMBDA}.monthlyRequest: no usage charge of the 2 resource(s) of this type reads it; did you mean "monthlyRequests"? (keys read: monthlyRequests, monthlyGbSeconds)`,
      `usage file resources.api-handler.monthlyGbSecond: no usage charge of api-handler (${LAMBDA}) reads it; did you mean "monthlyGbSeconds"? (keys read: monthlyRequests, monthlyGbSeconds)`,
      "usage file resources.net.monthlyGb: no usage charge of net (aws:ec2/vpc:Vpc) reads it; it has no usage-based charge in the cost engine",
    ]);
  });

  it("names entries that match no resource, and says nothing of resources that could not be priced", () => {
    const file = validateUsageFile({
      version: 1,
      defaults: { "aws:lambda/function:Functon": { monthlyRequests: 1 } },
      resources: {
        "api-handlr": { monthlyRequests: 1 },
        "aws:s3/bucketV2:BucketV2": { storageGb: 1 },
        db: { anything: 1 },
      },
    });
    expect(usageFileNotes(file, targets)).toEqual([
      `usage file defaults.aws:lambda/function:Functon: no resource of the program has this type; did you mean "${LAMBDA}"?`,
      'usage file resources.api-handlr: matches no resource of the program by name or URN; did you mean "api-handler"?',
      "usage file resources.aws:s3/bucketV2:BucketV2: matches no resource of the program by name or URN; type tokens go under defaults:",
    ]);
  });
});
