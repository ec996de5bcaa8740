import { describe, expect, it } from 'vitest';
import { NODE_SIZE } from './geometry.ts';
import type { Frame } from './model.ts';
import { parseTopologyText } from './parse.ts';
import { validate } from './rules/index.ts';
import { serializeTopology } from './serialize.ts';
import { TEMPLATES, templateById } from './templates.ts';

function overlaps(a: Frame, b: Frame): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('TEMPLATES', () => {
  it('has unique ids, a blank design and at least three starting designs', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['blank', 'single-site-gateway', 'mn-two-pools', 'branch-and-sip-trunk']));
    expect(templateById('mn-two-pools')?.id).toBe('mn-two-pools');
    expect(templateById('nope')).toBeUndefined();
  });

  it('names and describes each template by a catalogue key of its own (app/ui/dialogs/NewDialog.test.ts checks the English text)', () => {
    const keys = TEMPLATES.flatMap((t) => [t.nameKey, t.descriptionKey]);
    for (const key of keys) expect(key).toMatch(/^templates\.[a-z][A-Za-z]*$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: survives serialize → parse unchanged', (_id, template) => {
    const doc = template.build();
    const text = serializeTopology(doc);
    const parsed = parseTopologyText(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (parsed.ok) expect(serializeTopology(parsed.doc)).toBe(text);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: has no error diagnostics', (id, template) => {
    const diagnostics = validate(template.build());
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
    // A blank design has no Front End pool yet: that is the first thing the user adds.
    expect(errors).toEqual(id === 'blank' ? ['CENTRAL_SITE_NO_POOL'] : []);
  });

  it.each(TEMPLATES.filter((t) => t.id !== 'blank').map((t) => [t.id, t] as const))('%s: has no warnings either', (_id, template) => {
    expect(validate(template.build())).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: draws every card inside its site frame, frames apart', (_id, template) => {
    const doc = template.build();
    const frames = new Map(doc.sites.map((s) => [s.id, s.frame]));
    for (const frame of frames.values()) expect(frame).toBeDefined();
    for (const node of doc.nodes) {
      const frame = frames.get(node.siteId)!;
      const p = node.position!;
      expect(p.x).toBeGreaterThanOrEqual(frame.x);
      expect(p.y).toBeGreaterThanOrEqual(frame.y + 36);
      expect(p.x + NODE_SIZE.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(p.y + NODE_SIZE.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    const list = [...frames.values()] as Frame[];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(overlaps(list[i]!, list[j]!)).toBe(false);
  });

  it('builds a fresh document each call', () => {
    for (const template of TEMPLATES) {
      const a = template.build();
      const b = template.build();
      expect(a).not.toBe(b);
      expect(a).toEqual(b);
      a.sites[0]!.name = 'changed';
      a.sites[0]!.frame!.x = 999;
      if (a.nodes[0]?.position) a.nodes[0].position.x = 999;
      expect(template.build()).toEqual(b);
    }
  });
});
