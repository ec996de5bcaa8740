// `trunkline COMMAND …`: one entry point, one module per command, one entry per command in this table.
import { printable } from './terminal.ts';
import { runHandoffCommand } from './handoff.ts';
import { runRouteCommand } from './router.ts';
import { type ValidatorIo, runValidator } from './validator.ts';

export interface CliIo extends ValidatorIo {
  /** Writes a whole file (the hand-off files). */
  writeFile(path: string, text: string): void;
  /** Writes text to standard output as it is (no line added). */
  writeOut(text: string): void;
}

export interface Command {
  summary: string;
  /** Returns the exit status. */
  run(argv: readonly string[], io: CliIo): number;
}

export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', { summary: 'check a topology file against every rule (exit 0 no error, 1 errors, 2 unreadable)', run: runValidator }],
  ['route', { summary: 'show which trunks a dialed number leaves by: --number N [--dial-plan X] [--policy Y] [--json] (exit 0 a route, 1 none, 2 refused)', run: runRouteCommand }],
  ['handoff', { summary: 'write the hand-off to Lync: --script OUT.ps1, --build-sheet OUT.html, --report OUT.html [--force] (exit 0 written, 1 the design has errors, 2 unreadable)', run: runHandoffCommand }],
]);

export function usage(): string[] {
  return ['usage: trunkline COMMAND [ARGS]', '', 'commands:', ...[...COMMANDS].map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)];
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    for (const line of usage()) io.out(line);
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS.get(name);
  if (!command) {
    if (name !== undefined) io.err(`trunkline: unknown command "${printable(name)}"`);
    for (const line of usage()) io.err(line);
    return 2;
  }
  return command.run(rest, io);
}
