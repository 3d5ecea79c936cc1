import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", quotes: "src/quotes/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // Keep the CLI files, which the second build writes into the same folder at the same time.
    clean: ["!cli.js", "!cli.js.map", "!cli-worker.js", "!cli-worker.js.map"],
    target: "node20",
    splitting: false,
    treeshake: true,
  },
  {
    // The khabar command and its worker-thread entry (tinypool loads dist/cli-worker.js by path).
    // ESM only; dist/cli.js keeps the `#!/usr/bin/env node` line of src/cli/main.ts.
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    splitting: false,
    treeshake: true,
    external: ["tinypool"],
  },
]);
