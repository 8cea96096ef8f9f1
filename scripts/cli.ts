// What every command-line script does with its arguments before any work: --help prints
// the usage and exits 0; an unknown flag, a missing value or a bad one prints what was
// wrong and the usage, and exits 2. No stack trace either way.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliSpec {
  /** First line "usage: …", then one line per option. */
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** Checks the parsed values: returns what is wrong, or nothing. */
  check?(values: Record<string, unknown>): string | undefined;
}

export type CliParse =
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'ok'; values: Record<string, unknown> };

/** Pure: what `argv` (without node and the script) asks for. */
export function parseCli(argv: readonly string[], spec: CliSpec): CliParse {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: spec.usage };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: spec.options ?? {}, strict: true, allowPositionals: false }));
  } catch (err) {
    return { kind: 'error', text: `${(err as Error).message.split('\n')[0]}\n${spec.usage}` };
  }
  const problem = spec.check?.(values);
  return problem ? { kind: 'error', text: `${problem}\n${spec.usage}` } : { kind: 'ok', values };
}

/** Parses process.argv for a script; exits on --help (0) or a wrong argument (2). */
export function cli<T = Record<string, unknown>>(spec: CliSpec, argv = process.argv.slice(2)): T {
  const parsed = parseCli(argv, spec);
  if (parsed.kind === 'help') {
    console.log(parsed.text);
    process.exit(0);
  }
  if (parsed.kind === 'error') {
    console.error(parsed.text);
    process.exit(2);
  }
  return parsed.values as T;
}
