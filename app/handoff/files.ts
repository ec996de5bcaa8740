// The three hand-off files of a design, as the CLI and the designer make them: one place that
// hashes the canonical JSON, renders the errors a forced script lists, and names the files.
import type { TFunction } from 'i18next';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Topology } from '../domain/model.ts';
import { serializeTopology } from '../domain/serialize.ts';
import { diagnosticText } from '../i18n/render.ts';
import type { Picture } from '../picture/svg.ts';
import { buildSheetHtml } from './buildSheet.ts';
import { designReport } from './report.ts';
import { documentSha256, managementShellScript } from './script.ts';
import { TRUNKLINE_VERSION } from './version.ts';

import type { HandoffKind } from './kinds.ts';

export { HANDOFF_KINDS, HANDOFF_SUFFIX, type HandoffKind } from './kinds.ts';

export interface HandoffInput {
  doc: Topology;
  diagnostics: readonly Diagnostic[];
  /** ISO 8601: when the files are made (passed in, so that tests and golden files are stable). */
  generatedAt: string;
  /** English: the files are in English whatever the designer's language. */
  t: TFunction;
  version?: string;
  /** app/picture/svg.ts's drawDesign, for the report's diagram (see ReportOptions.diagram). */
  draw: (doc: Topology, options: { diagnostics: readonly Diagnostic[] }) => Picture;
}

/** The design's errors, one line each (rule id, then the message), as a forced script's header lists them. */
export function errorLines(diagnostics: readonly Diagnostic[], t: TFunction): string[] {
  return diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${diagnosticText(d, t)}`);
}

export function handoffFile(kind: HandoffKind, input: HandoffInput): string {
  const version = input.version ?? TRUNKLINE_VERSION;
  const { doc, generatedAt } = input;
  switch (kind) {
    case 'script': {
      const designErrors = errorLines(input.diagnostics, input.t);
      return managementShellScript(doc, { version, generatedAt, documentSha256: documentSha256(serializeTopology(doc)), designErrors });
    }
    case 'buildSheet':
      return buildSheetHtml(doc, { version, generatedAt });
    case 'report':
      return designReport(doc, { version, generatedAt, diagnostics: input.diagnostics, t: input.t, diagram: input.draw(doc, { diagnostics: input.diagnostics }) });
  }
}
