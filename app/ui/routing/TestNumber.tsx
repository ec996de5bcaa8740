// "Test a number": the number, dial plan and voice policy, and each step of the outcome (routing.md),
// updated as the user types. The inputs go to the session (numberTest) so that the canvas highlights
// the outcome; Esc or an empty number ends the highlight. "Save as test" keeps the inputs and the
// outcome as a routing test.
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Topology, TopologyNode } from '../../domain/model.ts';
import { loadPatternEngine, patternEngineReady } from '../../domain/routing/pattern.ts';
import { isDialable, type OrderEntry, type RoutingOutcome, type TrunkLeg } from '../../domain/routing/simulate.ts';
import { globalDialPlan, globalVoicePolicy } from '../../domain/routing/scopes.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import { saveRoutingTest } from '../../domain/routing/testsEdit.ts';
import type { Scope } from '../../domain/routing/types.ts';
import { useDocument } from '../../store/documentStore.ts';
import { useEditor } from '../editor.ts';
import { currentHighlight, setHighlighter } from './highlight.ts';
import { cachedHighlight } from './highlightOutcome.ts';
import './testNumber.css';

// The canvas highlights what this panel computes (highlight.ts keeps the simulator out of the first download).
setHighlighter(cachedHighlight);

/** Past this many routes the failover order is cut (the rest is counted): a global policy may reach 10,000. */
const SHOWN_ROUTES = 25;

function nodeLabel(node: TopologyNode | undefined, id: string): string {
  if (!node) return id;
  return node.label || ('fqdn' in node ? node.fqdn : node.address) || id;
}

/** Whether the pattern engine is loaded; it loads after the page starts, and until then no pattern is evaluated. */
export function usePatternEngine(): boolean {
  const [ready, setReady] = useState(patternEngineReady);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadPatternEngine().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

export function TestNumber() {
  const { t } = useTranslation();
  const editor = useEditor();
  const doc = useDocument(editor.documents);
  const numberTest = useStore(editor.session, (s) => s.numberTest);
  const ready = usePatternEngine();
  const globalPlan = globalDialPlan(doc)?.id ?? '';
  const globalPolicy = globalVoicePolicy(doc)?.id ?? '';
  const [number, setNumber] = useState(numberTest?.number ?? '');
  const [planChoice, setPlanChoice] = useState(numberTest?.dialPlanId ?? globalPlan);
  const [policyChoice, setPolicyChoice] = useState(numberTest?.voicePolicyId ?? globalPolicy);
  // A plan or policy deleted meanwhile: the global one applies, as for a saved test.
  const dialPlanId = doc.dialPlans.some((p) => p.id === planChoice) ? planChoice : globalPlan;
  const voicePolicyId = doc.voicePolicies.some((p) => p.id === policyChoice) ? policyChoice : globalPolicy;

  const publish = (next: string, plan: string, policy: string) =>
    editor.session.getState().setNumberTest(next === '' ? null : { number: next, dialPlanId: plan, voicePolicyId: policy });
  const end = () => {
    setNumber('');
    editor.session.getState().setNumberTest(null);
  };

  // The highlight lasts while the workspace is open.
  useEffect(() => () => editor.session.getState().setNumberTest(null), [editor]);
  // Esc ends the highlight from anywhere but a dialog or another field.
  useEffect(() => {
    if (numberTest === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[role="dialog"], dialog, .test-number')) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      end();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key !== 'Escape' || numberTest === null) return;
    event.preventDefault();
    end();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    publish(number, dialPlanId, voicePolicyId);
  };
  const save = () => {
    const result = saveRoutingTest(editor.doc(), { number, dialPlanId, voicePolicyId });
    if (!result.ok) {
      editor.session.getState().announce(t(`testNumber.refused.${result.reason}`));
      return;
    }
    editor.commit(result.doc);
    editor.session.getState().announce(t('testNumber.saved', { name: result.test.name }));
  };

  const current = numberTest !== null && numberTest.number === number && numberTest.dialPlanId === dialPlanId && numberTest.voicePolicyId === voicePolicyId ? numberTest : null;
  const outcome = ready && current ? currentHighlight(doc, current)?.outcome ?? null : null;
  const dialable = isDialable(number);

  return (
    <section className="test-number" aria-labelledby="test-number-title" onKeyDown={onKeyDown}>
      <h2 id="test-number-title">{t('testNumber.region')}</h2>
      <form className="test-number__form" onSubmit={onSubmit}>
        <div className="test-number__field test-number__field--number">
          <label htmlFor="test-number-number">{t('testNumber.number')}</label>
          <input
            id="test-number-number"
            type="text"
            inputMode="tel"
            autoComplete="off"
            spellCheck={false}
            value={number}
            maxLength={64}
            aria-describedby="test-number-outcome"
            onChange={(e) => {
              setNumber(e.target.value);
              publish(e.target.value, dialPlanId, voicePolicyId);
            }}
          />
        </div>
        <ScopedSelect
          id="test-number-plan"
          label={t('testNumber.dialPlan')}
          doc={doc}
          items={doc.dialPlans}
          value={dialPlanId}
          onChange={(id) => {
            setPlanChoice(id);
            if (number !== '') publish(number, id, voicePolicyId);
          }}
        />
        <ScopedSelect
          id="test-number-policy"
          label={t('testNumber.voicePolicy')}
          doc={doc}
          items={doc.voicePolicies}
          value={voicePolicyId}
          onChange={(id) => {
            setPolicyChoice(id);
            if (number !== '') publish(number, dialPlanId, id);
          }}
        />
        <div className="test-number__buttons">
          <button type="submit">{t('testNumber.test')}</button>
          <button type="button" onClick={save} disabled={!dialable || !ready}>
            {t('testNumber.saveAsTest')}
          </button>
        </div>
      </form>
      <div id="test-number-outcome" className="test-number__outcome" role="status">
        {number === '' ? (
          <p>{t('testNumber.empty')}</p>
        ) : !dialable ? (
          <p className="test-number__none">{t('testNumber.notDialable', { number })}</p>
        ) : !ready ? (
          <p>{t('testNumber.pending')}</p>
        ) : outcome ? (
          <OutcomeView doc={doc} outcome={outcome} />
        ) : null}
      </div>
    </section>
  );
}

/** A dial plan or voice policy picker: each named by its scope as Lync writes it, and its id. */
function ScopedSelect(props: { id: string; label: string; doc: Topology; items: readonly { id: string; scope: Scope }[]; value: string; onChange(id: string): void }) {
  const { t } = useTranslation();
  const { doc, items } = props;
  // Up to 1,000 plans or policies: built once per document version, not on every keystroke.
  const options = useMemo(
    () =>
      items.map((item) => (
        <option key={item.id} value={item.id}>
          {t('testNumber.scoped', { scope: scopeIdentity(doc, item.scope), id: item.id })}
        </option>
      )),
    [doc, items, t],
  );
  return (
    <div className="test-number__field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {options}
      </select>
    </div>
  );
}

/** Each step of routing.md, with Trunkline's readings said where they apply. */
function OutcomeView({ doc, outcome }: { doc: Topology; outcome: RoutingOutcome }) {
  const { t } = useTranslation();
  const index = useMemo(
    () => ({ nodes: new Map(doc.nodes.map((n) => [n.id, n])), configurations: new Map(doc.trunkConfigurations.map((c) => [c.id, c])) }),
    [doc],
  );
  const { normalization, unknown } = outcome;
  const unknownLine = unknown ? (
    <p className="test-number__unknown">{t(`testNumber.unknown.${unknown.step}`, { pattern: unknown.pattern, owner: unknown.owner })}</p>
  ) : null;
  const dialPlan = t('testNumber.scoped', { scope: outcome.dialPlan.scope, id: outcome.dialPlan.id });
  const voicePolicy = t('testNumber.scoped', { scope: outcome.voicePolicy.scope, id: outcome.voicePolicy.id });
  const head = <p>{t('testNumber.dialed', { number: outcome.dialedNumber, dialPlan, voicePolicy })}</p>;
  if (normalization === null) return <>{head}{unknownLine}</>;
  const normalized = (
    <p data-step="normalization">
      {normalization.rule === null ? t('testNumber.notNormalized', { number: normalization.number }) : t('testNumber.normalized', { rule: normalization.rule, number: normalization.number })}
    </p>
  );
  if (unknown?.step === 'route') return <>{head}{normalized}{unknownLine}</>;
  if (outcome.firstRoute === null) {
    const modelled = doc.pstnUsages.length > 0 || doc.voiceRoutes.length > 0;
    return (
      <>
        {head}
        {normalized}
        <p className="test-number__none" data-step="noRoute">
          {modelled ? t('testNumber.noRoute', { voicePolicy, number: normalization.number }) : t('testNumber.noRouting')}
        </p>
      </>
    );
  }
  const configurationName = (id: string | null) => {
    const configuration = id === null ? undefined : index.configurations.get(id);
    return configuration ? t('testNumber.scoped', { scope: scopeIdentity(doc, configuration.scope), id: configuration.id }) : t('testNumber.noConfiguration');
  };
  const leg = (trunk: TrunkLeg) => {
    const params = {
      trunk: trunk.name,
      peer: nodeLabel(index.nodes.get(trunk.peerId), trunk.peerId),
      mediation: nodeLabel(index.nodes.get(trunk.mediationId), trunk.mediationId),
      configuration: configurationName(trunk.configuration),
      number: trunk.sentNumber ?? '',
      rule: trunk.translationRule ?? '',
    };
    const key = trunk.sentNumber === null ? 'trunkUnknown' : trunk.translationRule === null ? 'trunkNoRule' : 'trunkRule';
    return (
      <li key={trunk.id} data-trunk={trunk.id}>
        {t(`testNumber.${key}`, params)}
      </li>
    );
  };
  const entry = (e: OrderEntry, i: number) => (
    <li key={e.route.id} data-route={e.route.id} className={i === 0 ? 'test-number__first' : undefined}>
      {t('testNumber.entry', { usage: e.usage, route: e.route.name, id: e.route.id })}
      {e.trunks.length === 0 ? (
        <p>{t('testNumber.noTrunk')}</p>
      ) : (
        <>
          {e.trunks.length > 1 && <p className="test-number__reading">{t('testNumber.shareLoad')}</p>}
          <ul>{e.trunks.map(leg)}</ul>
        </>
      )}
    </li>
  );
  const hidden = outcome.order.length - SHOWN_ROUTES;
  return (
    <>
      {head}
      {normalized}
      <p data-step="first">{t('testNumber.first', { usage: outcome.firstUsage, route: outcome.firstRoute.name, id: outcome.firstRoute.id })}</p>
      <p>{t('testNumber.order')}</p>
      <p className="test-number__reading">{t('testNumber.orderReading')}</p>
      <ol>{outcome.order.slice(0, SHOWN_ROUTES).map(entry)}</ol>
      {hidden > 0 && <p>{t('testNumber.moreRoutes', { count: hidden })}</p>}
      {unknownLine}
    </>
  );
}
