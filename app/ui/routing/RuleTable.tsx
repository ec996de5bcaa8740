// The ordered rules of a dial plan (normalization) or of a trunk configuration (outbound translation): the
// first that matches applies, so they are reordered by keyboard (Alt+ArrowUp/Down) or the move buttons. Each
// rule has a "try it" box that shows what the rule makes of a number, with the simulator's own code (rewrite).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '../../domain/model.ts';
import { addRule, deleteRule, duplicateRule, moveRule, updateRule, type RuleOwner } from '../../domain/routing/edit.ts';
import { compilePattern, rewrite } from '../../domain/routing/pattern.ts';
import type { NormalizationRule, TranslationRule } from '../../domain/routing/types.ts';
import { useEditor } from '../editor.ts';
import { parsePattern, parseRoutingName, parseTranslation } from './routingDrafts.ts';
import { CheckCell, RowActions, TextCell, useRowReorder } from './table.tsx';

const same = (text: string) => text;

/** What one rule makes of a number: its translation, no match, or why it cannot tell. */
export function tryRule(rule: TranslationRule, number: string): { kind: 'result'; number: string } | { kind: 'noMatch' | 'unknown' | 'loading' } {
  const verdict = compilePattern(rule.pattern);
  if (verdict.kind === 'pending') return { kind: 'loading' };
  if (verdict.kind !== 'ok') return { kind: 'unknown' };
  const result = rewrite(verdict.pattern, rule.translation, number);
  return result === null ? { kind: 'noMatch' } : { kind: 'result', number: result };
}

function TryIt({ rule, label }: { rule: TranslationRule; label: string }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState('');
  const outcome = number === '' ? null : tryRule(rule, number);
  return (
    <span className="routing__try">
      <input type="text" aria-label={label} placeholder={t('routing.tryPlaceholder')} size={10} value={number} onChange={(e) => setNumber(e.target.value)} autoComplete="off" spellCheck={false} />
      <output aria-live="polite" className="routing__tryResult">
        {outcome === null ? '' : outcome.kind === 'result' ? `→ ${outcome.number}` : t(`routing.try.${outcome.kind}`)}
      </output>
    </span>
  );
}

export function RuleTable({ owner, ownerName, rules }: { owner: RuleOwner; ownerName: string; rules: readonly (NormalizationRule | TranslationRule)[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const normalization = owner.collection === 'dialPlans';
  const { tableRef, onKeyDown, moveBy } = useRowReorder(true, (key, delta) => {
    const from = Number(key);
    editor.commit(moveRule(editor.doc(), owner, from, delta));
    return String(Math.max(0, Math.min(rules.length - 1, from + delta)));
  });
  const commitAt = (index: number) => (d: Topology, patch: Partial<NormalizationRule>) => updateRule(d, owner, index, patch);
  return (
    <div className="routing__rules">
      <table className="routing__table routing__table--rules" aria-label={t(normalization ? 'routing.normalizationRulesOf' : 'routing.translationRulesOf', { name: ownerName })}>
        <thead>
          <tr>
            <th scope="col">{t('routing.order')}</th>
            <th scope="col">{t('routing.name')}</th>
            <th scope="col">{t('routing.pattern')}</th>
            <th scope="col">{t('routing.translation')}</th>
            {normalization && <th scope="col">{t('routing.internalExtension')}</th>}
            <th scope="col">{t('routing.tryIt')}</th>
            <th scope="col">{t('routing.actions')}</th>
          </tr>
        </thead>
        <tbody ref={tableRef}>
          {rules.map((rule, index) => {
            const name = rule.name;
            const key = String(index);
            const apply = commitAt(index);
            const mergeKey = `${owner.id}:rule:${index}`;
            return (
              // Rows are keyed by place: a rule's name is edited in place, and a move refocuses the control it came from.
              <tr key={index} data-row-key={key} aria-label={name} tabIndex={-1} onKeyDown={onKeyDown(key)}>
                <td>{index + 1}</td>
                <td>
                  <TextCell label={t('routing.ruleName', { name, owner: ownerName })} value={name} parse={parseRoutingName} format={same} apply={(d, v) => apply(d, { name: v })} mergeKey={`${mergeKey}:name`} cell="name" size={10} />
                </td>
                <td>
                  <TextCell label={t('routing.rulePattern', { name, owner: ownerName })} value={rule.pattern} parse={parsePattern} format={same} apply={(d, v) => apply(d, { pattern: v })} mergeKey={`${mergeKey}:pattern`} cell="pattern" size={14} />
                </td>
                <td>
                  <TextCell label={t('routing.ruleTranslation', { name, owner: ownerName })} value={rule.translation} parse={parseTranslation} format={same} apply={(d, v) => apply(d, { translation: v })} mergeKey={`${mergeKey}:translation`} cell="translation" size={10} />
                </td>
                {normalization && (
                  <td>
                    <CheckCell label={t('routing.internalExtensionOf', { name })} checked={(rule as NormalizationRule).isInternalExtension} apply={(d, on) => apply(d, { isInternalExtension: on })} cell="internal" />
                  </td>
                )}
                <td>
                  <TryIt rule={rule} label={t('routing.tryRule', { name })} />
                </td>
                <td>
                  <RowActions
                    name={name}
                    move={(delta) => moveBy(key, delta, delta < 0 ? 'up' : 'down')}
                    first={index === 0}
                    last={index === rules.length - 1}
                    duplicate={() => editor.commit(duplicateRule(editor.doc(), owner, index))}
                    remove={() => editor.commit(deleteRule(editor.doc(), owner, index))}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="routing__button" onClick={() => editor.commit(addRule(editor.doc(), owner))}>
        {t(normalization ? 'routing.addNormalizationRule' : 'routing.addTranslationRule', { name: ownerName })}
      </button>
    </div>
  );
}
