// Messages in the user's language, through app/i18n/render.ts with the designer's i18next.
import i18next, { type TFunction } from 'i18next';
import type { Diagnostic, Message } from '../domain/diagnostic.ts';
import type { Problem } from '../domain/problems.ts';
import * as render from '../i18n/render.ts';

export function diagnosticText(d: Diagnostic, t: TFunction = i18next.t): string {
  return render.diagnosticText(d, t);
}

/** Why an edit was refused (trunkEnds, newTrunk, deleteElements). */
export function refusalText(refusal: Message, t: TFunction = i18next.t): string {
  return render.refusalText(refusal, t);
}

/** Why a file or a share link was refused (parse, shareLink, readImportFile). */
export function problemText(problem: Problem, t: TFunction = i18next.t): string {
  return render.problemText(problem, t);
}
