import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPort } from "../../analyzer/harness";

/**
 * Holds the event loop, as a program registering thousands of resources in one go does: until
 * `flag` exists (the child has printed its port) and at least `ms` have passed.
 */
function holdLoop(flag: string, ms: number): void {
  const start = Date.now();
  while (!existsSync(flag) || Date.now() - start < ms);
}

describe("readPort (the pack's port, read while the program runs)", () => {
  it("takes a port already in the pipe when the event loop was held past the deadline", async () => {
    const flag = join(mkdtempSync(join(tmpdir(), "read-port-")), "printed");
    const child = spawn(
      process.execPath,
      [
        "-e",
        `console.log(41234); require("fs").writeFileSync(${JSON.stringify(flag)}, ""); setTimeout(() => {}, 5000)`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const port = readPort(child, "pack", 300);
    // The child prints its port while the loop is held; the deadline passes during the hold.
    holdLoop(flag, 600);
    await expect(port).resolves.toBe(41234);
    child.kill();
  });

  it("still fails when no port ever comes", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 5000)"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    await expect(readPort(child, "pack", 200)).rejects.toThrow(/printed no port within 200 ms/);
  });
});
