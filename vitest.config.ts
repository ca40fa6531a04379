import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ once when it is missing or older than the sources (see the file).
    globalSetup: ["test/global-setup.ts"],
    // CLI tests run whole programs through the compiled lepton-mc; a loaded 2-core machine takes a while.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
