#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { catalogCommand } from "./commands/catalog";
import { placeCommand } from "./commands/place";
import { lockCommand } from "./commands/lock";
import { optimizeCommand } from "./commands/optimize";
import { planCommand } from "./commands/plan";
import { usageCommand } from "./commands/usage";
import { utilizationCommand } from "./commands/utilization";
import { EXIT, reportError } from "./errors";

/** The package version, from source (cli/) or compiled (dist/cli/) layout alike. */
function packageVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    const file = join(__dirname, rel);
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  }
  return "unknown";
}

/** Builds the lepton-mc program; commands throw, `run` turns errors into exit codes. */
export function buildProgram(): Command {
  const program = new Command("lepton-mc")
    .description("Lepton Multi-Cloud: place, price and check multi-cloud Pulumi programs")
    .version(packageVersion())
    .showHelpAfterError(false)
    .enablePositionalOptions();
  program.addCommand(catalogCommand());
  program.addCommand(placeCommand());
  program.addCommand(planCommand());
  program.addCommand(lockCommand());
  program.addCommand(usageCommand());
  program.addCommand(utilizationCommand());
  program.addCommand(optimizeCommand());
  const output = {
    outputError: (str: string, write: (s: string) => void) =>
      write(`lepton-mc: ${str.replace(/^error: /, "").trim()}\n`),
  };
  const configure = (cmd: Command): void => {
    cmd.exitOverride().configureOutput(output);
    cmd.commands.forEach(configure);
  };
  configure(program);
  return program;
}

/** Runs lepton-mc with arguments (without node and script); resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
        ? EXIT.ok
        : EXIT.usage;
    }
    return reportError(e);
  }
}

/**
 * Ends the process with `code` once stdout and stderr are flushed: a planned program may leave
 * timers or sockets open (a program run by Pulumi is ended by its host the same way), and the
 * command is done.
 */
function exitWhenFlushed(code: number): void {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

if (require.main === module) {
  run(process.argv.slice(2)).then(exitWhenFlushed, (e: unknown) => exitWhenFlushed(reportError(e)));
}
