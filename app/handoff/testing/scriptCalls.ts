// Reads a generated script back into its cmdlet calls (cmdlet and the parameters that follow it on
// its line). Tests only.
import { psTokenize, type PsToken } from '../psTokenize.ts';

export interface Call {
  cmdlet: string;
  parameters: string[];
}

export const isCmdletWord = (token: PsToken): token is { kind: 'word'; text: string } => token.kind === 'word' && /^[A-Z][a-z]+-[A-Z]\w*$/.test(token.text);

export function callsOf(script: string): Call[] {
  const calls: Call[] = [];
  let current: Call | null = null;
  for (const token of psTokenize(script)) {
    if (token.kind === 'newline') current = null;
    if (isCmdletWord(token)) {
      current = { cmdlet: token.text, parameters: [] };
      calls.push(current);
    } else if (token.kind === 'parameter' && current) {
      current.parameters.push(token.name);
    }
  }
  return calls;
}
