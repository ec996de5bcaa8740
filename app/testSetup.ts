// Every test runs with the pattern engine loaded, as the CLI does (the browser loads it after the page starts).
import { loadPatternEngine } from './domain/routing/pattern.ts';

await loadPatternEngine();
