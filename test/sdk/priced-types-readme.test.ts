import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { PRICED_TYPES } from "../../sdk/cost/price-resource";

const ROOT = join(__dirname, "..", "..");
const README = join(ROOT, "README.md");

/** The generator of scripts/priced-types.mjs (JavaScript: typed here as the test uses it). */
interface PricedTypesScript {
  loadRegistry(
    costDir: string,
    ext: string,
    load: (file: string) => Promise<unknown>,
  ): Promise<{ pricedTypes: string[]; files: { cloud: string; file: string; types: string[] }[] }>;
  pricedTypesSection(registry: unknown, prettierOptions?: object): Promise<string>;
  readSection(readme: string): string;
  replaceSection(readme: string, section: string): string;
}

/** The script, loaded by a path the compiler does not resolve (it has no type declarations). */
const script = (): Promise<PricedTypesScript> => import(join(ROOT, "scripts", "priced-types.mjs"));

describe("README list of priced types", () => {
  it("is what `npm run docs:priced-types` generates from the registries (run it when this fails)", async () => {
    const { loadRegistry, pricedTypesSection, readSection } = await script();
    // The same generator as the script, over the sources instead of dist/.
    const registry = await loadRegistry(join(ROOT, "sdk", "cost"), ".ts", (f) => import(f));
    expect(registry.pricedTypes).toEqual(PRICED_TYPES);
    const expected = await pricedTypesSection(registry, (await resolveConfig(README)) ?? {});
    expect(readSection(readFileSync(README, "utf8"))).toBe(expected);
  });

  it("lists every priced type once, under the service file that prices it", async () => {
    const { loadRegistry, pricedTypesSection } = await script();
    const registry = await loadRegistry(join(ROOT, "sdk", "cost"), ".ts", (f) => import(f));
    const section = await pricedTypesSection(registry);
    for (const type of PRICED_TYPES) expect(section.split(`\`${type}\``)).toHaveLength(2);
    const ec2 = registry.files.find((f) => f.cloud === "aws" && f.file === "ec2-instance");
    expect(ec2?.types).toContain("aws:ec2/instance:Instance");
    expect(section).toMatch(/^- `ec2-instance` \(\d+\): .*`aws:ec2\/instance:Instance`/m);
  });

  it("refuses a registry with a priced type no service file declares, and a README without markers", async () => {
    const { pricedTypesSection, readSection, replaceSection } = await script();
    const registry = {
      pricedTypes: ["aws:x/y:Z"],
      cloudOfType: () => "aws",
      freeTypes: {},
      knownUnpriced: {},
      files: [],
    };
    await expect(pricedTypesSection(registry)).rejects.toThrow("aws:x/y:Z");
    expect(() => readSection("# no markers")).toThrow("priced-types:start");
    expect(replaceSection("a\n<!-- priced-types:start -->\nold\n<!-- priced-types:end -->\nb", "new")).toBe(
      "a\n<!-- priced-types:start -->\n\nnew\n\n<!-- priced-types:end -->\nb",
    );
  });
});
