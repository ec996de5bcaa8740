// The saved routing tests with pass or fail, rerun on every change (once per document version). Opening a
// test (a click, or a ROUTING_TEST_FAILED problem clicked: session.routingFocus) shows what it expects
// beside what the design gives now.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Topology } from '../../domain/model.ts';
import { routingTestFailures, runRoutingTest, type ExpectationKey, type RoutingOutcome } from '../../domain/routing/simulate.ts';
import { scopeIdentity } from '../../domain/routing/identity.ts';
import { deleteRoutingTest } from '../../domain/routing/testsEdit.ts';
import type { RoutingTest } from '../../domain/routing/types.ts';
import { useDocument } from '../../store/documentStore.ts';
import { useEditor } from '../editor.ts';
import { usePatternEngine } from './TestNumber.tsx';
import './testNumber.css';

export interface TestResult {
  test: RoutingTest;
  outcome: RoutingOutcome;
  failed: ReadonlySet<ExpectationKey>;
}

// One run of every test per document version (and engine state): the list re-renders without rerunning.
const results = new WeakMap<Topology, TestResult[]>();

export function routingTestResults(doc: Topology): TestResult[] {
  let found = results.get(doc);
  if (!found) {
    found = doc.routingTests.map((test) => {
      const outcome = runRoutingTest(doc, test);
      return { test, outcome, failed: new Set(routingTestFailures(test, outcome).map((f) => f.key)) };
    });
    results.set(doc, found);
  }
  return found;
}

/** The last routingFocus request handled (its seq). */
let handledFocus = 0;

const KEYS: readonly ExpectationKey[] = ['translation', 'usage', 'routeId'];

export function RoutingTests() {
  const { t } = useTranslation();
  const editor = useEditor();
  const doc = useDocument(editor.documents);
  const ready = usePatternEngine();
  const focus = useStore(editor.session, (s) => s.routingFocus);
  const list = useMemo(() => (ready ? routingTestResults(doc) : []), [doc, ready]);
  const [openId, setOpenId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const heading = useRef<HTMLHeadingElement>(null);

  // A problem clicked (or anything else that focuses a test) opens it and brings it into view.
  useEffect(() => {
    if (focus?.collection !== 'routingTests' || focus.seq <= handledFocus || !ready) return;
    // Once per request: reopening the workspace later does not take the keyboard focus again.
    handledFocus = focus.seq;
    setOpenId(focus.id);
    const button = buttons.current.get(focus.id);
    button?.scrollIntoView({ block: 'nearest' });
    button?.focus();
  }, [focus, ready]);

  const remove = (test: RoutingTest, index: number) => {
    editor.commit(deleteRoutingTest(editor.doc(), test.id));
    editor.session.getState().announce(t('testNumber.tests.deleted', { name: test.name }));
    const next = list[index + 1] ?? list[index - 1];
    if (next && next.test.id !== test.id) buttons.current.get(next.test.id)?.focus();
    else heading.current?.focus();
  };

  const passed = list.filter((r) => r.failed.size === 0).length;
  return (
    <section className="routing-tests" aria-labelledby="routing-tests-title">
      <h2 id="routing-tests-title" ref={heading} tabIndex={-1}>
        {t('testNumber.tests.title')}
      </h2>
      {!ready ? (
        <p className="routing-tests__summary">{t('testNumber.pending')}</p>
      ) : list.length === 0 ? (
        <p className="routing-tests__summary">{t('testNumber.tests.none')}</p>
      ) : (
        <>
          <p className="routing-tests__summary">{t('testNumber.tests.summary', { count: list.length, passed })}</p>
          <ul className="routing-tests__list">
            {list.map((result, index) => {
              const { test, failed } = result;
              const status = failed.size === 0 ? 'pass' : 'fail';
              const open = openId === test.id;
              return (
                <li key={test.id} data-test-id={test.id} data-status={status}>
                  <div className="routing-tests__row">
                    <button
                      type="button"
                      className="routing-tests__open"
                      aria-expanded={open}
                      aria-controls={`routing-test-${test.id}`}
                      ref={(el) => {
                        if (el) buttons.current.set(test.id, el);
                        else buttons.current.delete(test.id);
                      }}
                      onClick={() => setOpenId(open ? null : test.id)}
                    >
                      {test.name}
                    </button>
                    <span className={`routing-tests__status routing-tests__status--${status}`}>{t(`testNumber.tests.${status}`)}</span>
                    <button type="button" aria-label={t('testNumber.tests.delete', { name: test.name })} title={t('testNumber.tests.delete', { name: test.name })} onClick={() => remove(test, index)}>
                      ×
                    </button>
                  </div>
                  {open && <TestDetail doc={doc} result={result} />}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** What the test expects beside what the design gives now, a row per expectation. */
function TestDetail({ doc, result }: { doc: Topology; result: TestResult }) {
  const { t } = useTranslation();
  const { test, outcome, failed } = result;
  const plan = doc.dialPlans.find((p) => p.id === test.dialPlanId);
  const policy = doc.voicePolicies.find((p) => p.id === test.voicePolicyId);
  const scoped = (item: typeof plan | typeof policy, id: string) => (item ? t('testNumber.scoped', { scope: scopeIdentity(doc, item.scope), id }) : id);
  const routeName = (id: string) => {
    const route = doc.voiceRoutes.find((r) => r.id === id);
    return route ? t('testNumber.scoped', { scope: route.name, id }) : id;
  };
  const unknown = outcome.unknown?.step;
  const actual = (key: ExpectationKey): string => {
    if (unknown === 'normalize' || (key !== 'translation' && unknown === 'route')) return t('testNumber.tests.unknown');
    if (key === 'translation') return outcome.normalization?.number ?? t('testNumber.tests.unknown');
    if (outcome.firstRoute === null) return t('testNumber.tests.noRoute');
    return key === 'usage' ? outcome.firstUsage ?? '' : routeName(outcome.firstRoute.id);
  };
  const expected = (key: ExpectationKey): string => {
    const value = test.expect[key];
    if (value === undefined) return t('testNumber.tests.notChecked');
    if (value === null) return t('testNumber.tests.noRoute');
    return key === 'routeId' ? routeName(value) : value;
  };
  return (
    <div id={`routing-test-${test.id}`} className="routing-tests__detail">
      <p>{t('testNumber.tests.dialing', { number: test.dialedNumber, dialPlan: scoped(plan, test.dialPlanId), voicePolicy: scoped(policy, test.voicePolicyId) })}</p>
      <table>
        <caption className="visually-hidden">{t('testNumber.tests.caption', { name: test.name })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('testNumber.tests.expected')}</th>
            <th scope="col">{t('testNumber.tests.actual')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map((key) => (
            <tr key={key} data-key={key} data-differs={failed.has(key)}>
              <th scope="row">{t(`testNumber.tests.${key}`)}</th>
              <td>{expected(key)}</td>
              <td>{actual(key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
