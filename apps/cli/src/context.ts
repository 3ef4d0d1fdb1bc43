/** What a CLI command may touch: its output streams and environment, injected so tests can capture them. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** A `klaster` sub-command: receives the arguments after its name, returns the exit code. */
export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;

export function processContext(): CliContext {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
  };
}
