import { defineRule } from '../diagnostic.ts';

export const siteNoCentral = defineRule({
  id: 'SITE_NO_CENTRAL',
  severity: 'error',
  source: 'SITES: "must include at least one central site"',
  description: 'A topology with nodes needs at least one central site.',
  messages: { default: 'The topology has no central site: every topology needs at least one. Add a central site, or make a site central.' },
  check({ doc }) {
    // An empty design is a blank canvas, not yet a topology: nothing to report.
    if (doc.nodes.length === 0 || doc.sites.some((site) => site.kind === 'central')) return [];
    return [{ messageId: 'default', params: {}, targets: [] }];
  },
});
