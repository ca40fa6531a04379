import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const examples = readdirSync(join(root, "examples")).filter((d) =>
  existsSync(join(root, "examples", d, "Pulumi.yaml")),
);

// Every example is a user's program: it type-checks against the built package ("lepton-multicloud"
// resolves through the self-link to dist/) with its own compiler options, all in one tsc run.
describe("examples type-check as users' programs", () => {
  it("has the examples the issues ask for", () => {
    for (const name of [
      "vm-anywhere",
      "global-web-pool",
      "budgeted-platform",
      "raw-aws",
      "raw-azure",
      "raw-gcp",
      "raw-k8s",
    ]) {
      expect(examples).toContain(name);
    }
  });

  it("all compile with tsc --noEmit", () => {
    expect(existsSync(join(root, "dist", "index.d.ts")), "run `npm run build` first").toBe(true);
    const options = JSON.parse(
      readFileSync(join(root, "examples", examples[0], "tsconfig.json"), "utf8"),
    ).compilerOptions;
    for (const name of examples) {
      const own = JSON.parse(
        readFileSync(join(root, "examples", name, "tsconfig.json"), "utf8"),
      ).compilerOptions;
      expect(own, `examples/${name}/tsconfig.json`).toEqual(options);
    }
    const dir = join(root, ".tmp", "examples-typecheck");
    mkdirSync(dir, { recursive: true });
    const config = join(dir, "tsconfig.json");
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: { ...options, noEmit: true },
        files: examples.map((e) => join(root, "examples", e, "index.ts")),
      }),
    );
    let output = "";
    try {
      execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", config], {
        encoding: "utf8",
      });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output).toBe("");
  }, 180_000);
});
