// Sites, column by column: flags, central-site references, ids, names, frames. A branch's central
// site is predicted to be the last central site before it; a frame is stored relative to the last
// frame of a site of the same kind, a branch's corner relative to its central site's, so that sites
// laid out alike give identical bytes.
import type { Frame, Topology } from '../../model.ts';
import { LinkDamage } from '../bytes.ts';
import { type Ref, checkIndex, readRef, refId, writeRef } from './refs.ts';
import type { Json, JsonObject, LayoutInput, LayoutOutput } from './section.ts';

const S_BRANCH = 1;
const S_FRAME = 2;
/** Set when the presence of centralSiteId is not what the kind predicts (a central site naming a parent, a branch without one). */
const S_CENTRAL_SURPRISE = 4;
const S_ALL = 7;

/** What the sections after this one need of the sites. */
export interface DecodedSites {
  json: Json[];
  ids: string[];
  frames: (Frame | undefined)[];
}

export function writeSites(out: LayoutOutput, doc: Pick<Topology, 'sites'>, siteIndex: ReadonlyMap<string, number>): void {
  const { w } = out;
  for (const site of doc.sites) {
    const branch = site.kind === 'branch';
    w.uint((branch ? S_BRANCH : 0) | (site.frame ? S_FRAME : 0) | ((site.centralSiteId !== undefined) !== branch ? S_CENTRAL_SURPRISE : 0));
  }
  let lastCentral = -1;
  doc.sites.forEach((site, i) => {
    if (site.centralSiteId !== undefined) writeRef(w, siteIndex, site.centralSiteId, 0, (target) => (target === lastCentral ? 1 : 2 + target));
    if (site.kind === 'central') lastCentral = i;
  });
  const ids = out.texts();
  for (const site of doc.sites) ids.write(site.id);
  const names = out.texts();
  for (const site of doc.sites) names.write(site.name);
  const frames = new FrameBases();
  doc.sites.forEach((site, i) => {
    const central = site.kind === 'branch' && site.centralSiteId !== undefined ? siteIndex.get(site.centralSiteId) : undefined;
    if (site.frame) {
      const base = frames.base(site.kind === 'branch', central !== undefined && central < i ? doc.sites[central]!.frame : undefined);
      w.number(site.frame.x, base.x);
      w.number(site.frame.y, base.y);
      w.number(site.frame.width, base.width);
      w.number(site.frame.height, base.height);
      frames.remember(site.kind === 'branch', site.frame);
    }
  });
}

export function readSites(input: LayoutInput, count: number): DecodedSites {
  const { r } = input;
  const flags: number[] = [];
  for (let i = 0; i < count; i++) {
    const value = r.uint();
    if ((value & ~S_ALL) !== 0) throw new LinkDamage('link.malformedSite', {});
    flags.push(value);
  }
  const isBranch = (i: number) => (flags[i]! & S_BRANCH) !== 0;
  const centralRefs: (Ref | undefined)[] = [];
  let lastCentral = -1;
  const central = (code: number) => {
    if (code !== 1) return checkIndex(code - 2, count, 'site');
    if (lastCentral < 0) throw new LinkDamage('link.branchWithoutCentral', {});
    return lastCentral;
  };
  for (let i = 0; i < count; i++) {
    const hasCentral = isBranch(i) !== ((flags[i]! & S_CENTRAL_SURPRISE) !== 0);
    centralRefs.push(hasCentral ? readRef(input, r.uint(), 0, central) : undefined);
    if (!isBranch(i)) lastCentral = i;
  }
  const idReader = input.texts();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(idReader.read());
  const nameReader = input.texts();
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.push(nameReader.read());
  const frames: (Frame | undefined)[] = [];
  const bases = new FrameBases();
  for (let i = 0; i < count; i++) {
    if ((flags[i]! & S_FRAME) === 0) {
      frames.push(undefined);
      continue;
    }
    const ref = centralRefs[i];
    const base = bases.base(isBranch(i), isBranch(i) && typeof ref === 'number' && ref < i ? frames[ref] : undefined);
    const x = r.number(base.x);
    const y = r.number(base.y);
    const width = r.number(base.width);
    const height = r.number(base.height);
    const frame = { x, y, width, height };
    frames.push(frame);
    bases.remember(isBranch(i), frame);
  }
  const json: Json[] = [];
  for (let i = 0; i < count; i++) {
    const site: JsonObject = { id: ids[i]!, name: names[i]!, kind: isBranch(i) ? 'branch' : 'central' };
    const ref = centralRefs[i];
    if (ref !== undefined) site.centralSiteId = refId(ref, ids);
    const frame = frames[i];
    if (frame) site.frame = { x: frame.x, y: frame.y, width: frame.width, height: frame.height };
    json.push(site);
  }
  return { json, ids, frames };
}

/** The base a frame is stored relative to: the last frame of a site of the same kind, a branch's corner its central site's. */
class FrameBases {
  private last: { central?: Frame; branch?: Frame } = {};

  base(branch: boolean, centralFrame: Frame | undefined): Frame {
    const previous = (branch ? this.last.branch : this.last.central) ?? { x: 0, y: 0, width: 0, height: 0 };
    const corner = centralFrame ?? previous;
    return { x: corner.x, y: corner.y, width: previous.width, height: previous.height };
  }

  remember(branch: boolean, frame: Frame): void {
    if (branch) this.last.branch = frame;
    else this.last.central = frame;
  }
}
