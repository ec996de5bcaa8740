import { defineRule, type RuleReport } from '../diagnostic.ts';

export const branchSiteParent = defineRule({
  id: 'BRANCH_SITE_PARENT',
  severity: 'error',
  source: 'SITES: "associated with exactly one central site"',
  description: 'A branch site is attached to a central site, not to another branch site.',
  // The branch site names itself (self), or another branch site (branch), as its central site.
  messages: {
    self: 'Branch site "{{site}}" names itself as its central site: a branch site belongs to a central site. Choose a central site for it.',
    branch: 'Branch site "{{site}}" names branch site "{{parent}}" as its central site: a branch site belongs to a central site. Choose a central site for it.',
  },
  check({ doc, index }) {
    const reports: RuleReport<'self' | 'branch'>[] = [];
    for (const site of doc.sites) {
      if (site.kind !== 'branch' || site.centralSiteId === undefined) continue;
      const parent = index.siteById.get(site.centralSiteId);
      // A missing parent is the parser's to refuse; only a branch parent is this rule's fault.
      if (parent === undefined || parent.kind !== 'branch') continue;
      reports.push(
        parent === site
          ? { messageId: 'self', params: { site: site.name }, targets: [site.id] }
          : { messageId: 'branch', params: { site: site.name, parent: parent.name }, targets: [site.id] },
      );
    }
    return reports;
  },
});
