// The configuration store's tables: PSTN usages, voice routes, voice policies, dial plans, trunk configurations.
export function RoutingSections() {
  return null;
}
