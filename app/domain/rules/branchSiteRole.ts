import { defineRule, type RuleReport } from '../diagnostic.ts';
import { nodeParam } from '../describe.ts';

export const branchSiteRole = defineRule({
  id: 'BRANCH_SITE_ROLE',
  severity: 'error',
  source: 'SITES: a branch holds an SBA/SBS, or a gateway and optionally a Mediation Server',
  description: 'Front End pools and Directors stand in central sites only.',
  messages: {
    default:
      '{{node, capitalize}} stands in branch site "{{site}}": a branch site holds only gateways, IP-PBXs, SBCs and Mediation pools. Move it to a central site.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'default'>[] = [];
    for (let k = 0; k < doc.nodes.length; k++) {
      const node = doc.nodes[k]!;
      if (node.kind !== 'frontEndPool' && node.kind !== 'director') continue;
      const site = index.siteById.get(node.siteId);
      if (site === undefined || site.kind !== 'branch') continue;
      reports.push({ messageId: 'default', params: { node: nodeParam(node, index), site: site.name }, targets: [node.id, site.id] });
    }
    return reports;
  },
});
