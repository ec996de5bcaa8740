import { defineRule, type RuleReport } from '../diagnostic.ts';

export const centralSiteNoPool = defineRule({
  id: 'CENTRAL_SITE_NO_POOL',
  severity: 'error',
  source: 'SITES',
  description: 'Every central site holds at least one Front End pool.',
  messages: { default: 'Central site "{{site}}" holds no Front End pool: a central site needs one. Add a Front End pool to it.' },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (const site of doc.sites) {
      if (site.kind !== 'central') continue;
      const nodes = index.nodesBySite.get(site.id) ?? [];
      if (nodes.some((node) => node.kind === 'frontEndPool')) continue;
      reports.push({ messageId: 'default', params: { site: site.name }, targets: [site.id] });
    }
    return reports;
  },
});
