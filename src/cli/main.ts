#!/usr/bin/env node
/**
 * The `khabar` command (built as dist/cli.js): `khabar FILE|-`, `khabar parse INPUT...`,
 * `khabar schema`. See HELP for every option.
 */
import { createRequire } from "node:module";
import { readCommand } from "./args.js";
import { runBatch } from "./batch.js";
import { HELP } from "./help.js";
import { schemaText } from "./schema.js";
import { runPage } from "./single.js";
import { EXIT, UsageError } from "./usage.js";

function version(): string {
  try {
    const pkg = createRequire(import.meta.url)("../package.json") as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * Runs the command with `argv` (the arguments after the script) on the process streams and returns
 * the exit code: 0 ok, 1 some record failed, 2 usage error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  try {
    const command = readCommand(argv);
    switch (command.kind) {
      case "help":
        io.stdout.write(HELP);
        return EXIT.ok;
      case "version":
        io.stdout.write(`${version()}\n`);
        return EXIT.ok;
      case "schema":
        io.stdout.write(schemaText(command.quotes, command.pretty));
        return EXIT.ok;
      case "page":
        return await runPage(command, io);
      case "batch":
        return (await runBatch(command, io)).code;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`khabar: ${error.message}\n`);
      return EXIT.usage;
    }
    if ((error as NodeJS.ErrnoException | null)?.code === "EPIPE") return EXIT.ok;
    io.stderr.write(`khabar: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // The reader went away (`khabar parse dir | head`): stop quietly.
  if (error.code === "EPIPE") process.exit(EXIT.ok);
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
