// The saved routing tests with pass or fail, rerun on every change.
export function RoutingTests() {
  return null;
}
