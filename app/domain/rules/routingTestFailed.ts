import { defineRule, reportEach, term, type MessageParam } from '../diagnostic.ts';
import { patternEngineReady } from '../routing/pattern.ts';
import { routingTestFailures, runRoutingTest, type ExpectationFailure } from '../routing/simulate.ts';

function value(v: string | null | undefined): MessageParam {
  if (v === undefined) return term('routing.unknown');
  if (v === null) return term('routing.noRoute');
  return v;
}

function failureTerm(failure: ExpectationFailure): MessageParam {
  return term(`expect.${failure.key}`, { expected: value(failure.expected), actual: value(failure.actual) });
}

export const routingTestFailed = defineRule({
  id: 'ROUTING_TEST_FAILED',
  severity: 'error',
  source: 'OD run-voice-routing-test-cases',
  description: 'Every saved routing test gives the outcome it expects.',
  messages: { default: 'Routing test "{{name}}" fails: dialing {{number}}, {{failures}}.' },
  check({ doc }) {
    // Until the pattern engine is loaded (the browser's first moments) no outcome is known: say nothing yet.
    // No test, no need of the engine (the CLI would load it).
    if (doc.routingTests.length === 0 || !patternEngineReady()) return [];
    return reportEach(doc.routingTests, (test) => {
      const failures = routingTestFailures(test, runRoutingTest(doc, test));
      if (failures.length === 0) return null;
      return { messageId: 'default', params: { name: test.name, number: test.dialedNumber, failures: { list: failures.map(failureTerm) } }, targets: [test.id] };
    });
  },
});
