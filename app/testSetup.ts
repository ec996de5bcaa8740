// Every test runs with the rules, the pattern engine and the parser loaded, as the CLI does (the browser
// loads the rules and re2js after the page starts, the parser when there is something to read).
import { loadChecks } from './ui/checks.ts';
import { loadParser } from './ui/parser.ts';

await Promise.all([loadChecks(), loadParser()]);
