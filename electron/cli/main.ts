import { runCli } from './run';
import type { CliIo } from './output';

export { runCli };

const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Entry of the bundle (dist/cli/cli.mjs), called by bin.mjs once the Node version is checked. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const code = await runCli(argv, { io: processIo });
  // exitCode rather than exit(): output still buffered for a pipe must reach it.
  process.exitCode = code;
  return code;
}
