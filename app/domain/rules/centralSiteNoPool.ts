import { defineRule, type RuleReport } from '../diagnostic.ts';
import { positionsById } from '../idIndex.ts';

export const centralSiteNoPool = defineRule({
  id: 'CENTRAL_SITE_NO_POOL',
  severity: 'error',
  source: 'SITES',
  description: 'Every central site holds at least one Front End pool.',
  messages: { default: 'Central site "{{site}}" holds no Front End pool: a central site needs one. Add a Front End pool to it.' },
  check({ doc }) {
    // Sites marked by position in one pass over the nodes: no list of nodes per site.
    const at = positionsById(doc.sites);
    const hasPool = new Uint8Array(doc.sites.length);
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (node.kind !== 'frontEndPool') continue;
      const site = at.get(node.siteId);
      if (site >= 0) hasPool[site] = 1;
    }
    const reports: RuleReport<'default'>[] = [];
    for (const site of doc.sites) {
      if (site.kind !== 'central' || hasPool[at.get(site.id)] === 1) continue;
      reports.push({ messageId: 'default', params: { site: site.name }, targets: [site.id] });
    }
    return reports;
  },
});
