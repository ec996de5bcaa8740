// The three hand-off files by name, apart from their generators so that the designer's dialog can list
// them before it loads the generators.
export type HandoffKind = 'script' | 'buildSheet' | 'report';
export const HANDOFF_KINDS: readonly HandoffKind[] = ['script', 'buildSheet', 'report'];

/** The suffix of each file after the design's safe name (app/io/download.ts safeFileName). */
export const HANDOFF_SUFFIX: Record<HandoffKind, string> = { script: '.ps1', buildSheet: '.build-sheet.html', report: '.report.html' };
