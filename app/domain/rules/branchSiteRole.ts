import { defineRule, type RuleReport } from '../diagnostic.ts';
import { describeSite } from '../describe.ts';
import { nodeParam, nodeText, sentenceStart } from './naming.ts';

export const branchSiteRole = defineRule({
  id: 'BRANCH_SITE_ROLE',
  severity: 'error',
  source: 'SITES: a branch holds an SBA/SBS, or a gateway and optionally a Mediation Server',
  description: 'Front End pools and Directors stand in central sites only.',
  messages: { default: ['node', 'site'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const node of doc.nodes) {
      if (node.kind !== 'frontEndPool' && node.kind !== 'director') continue;
      const site = index.siteById.get(node.siteId);
      if (site === undefined || site.kind !== 'branch') continue;
      reports.push({
        message:
          `${sentenceStart(nodeText(node, index))} stands in branch site ${describeSite(site)}: ` +
          'a branch site holds only gateways, IP-PBXs, SBCs and Mediation pools. Move it to a central site.',
        targets: [node.id, site.id],
        key: { id: 'default', params: { node: nodeParam(node, index), site: site.name } },
      });
    }
    return reports;
  },
});
