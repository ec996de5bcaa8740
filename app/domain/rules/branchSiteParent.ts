import { defineRule, type RuleReport } from '../diagnostic.ts';
import { describeSite } from '../describe.ts';

export const branchSiteParent = defineRule({
  id: 'BRANCH_SITE_PARENT',
  severity: 'error',
  source: 'SITES: "associated with exactly one central site"',
  description: 'A branch site is attached to a central site, not to another branch site.',
  // The branch site names itself (self), or another branch site (branch), as its central site.
  messages: { self: ['site'], branch: ['site', 'parent'] },
  check({ doc, index }) {
    const reports: RuleReport[] = [];
    for (const site of doc.sites) {
      if (site.kind !== 'branch' || site.centralSiteId === undefined) continue;
      const parent = index.siteById.get(site.centralSiteId);
      // A missing parent is the parser's to refuse; only a branch parent is this rule's fault.
      if (parent === undefined || parent.kind !== 'branch') continue;
      const named = parent === site ? 'itself' : `branch site ${describeSite(parent)}`;
      reports.push({
        message: `Branch site ${describeSite(site)} names ${named} as its central site: a branch site belongs to a central site. Choose a central site for it.`,
        targets: [site.id],
        key: parent === site ? { id: 'self', params: { site: site.name } } : { id: 'branch', params: { site: site.name, parent: parent.name } },
      });
    }
    return reports;
  },
});
