import { afterEach, describe, expect, it, vi } from 'vitest';

describe('zodJitless', () => {
  afterEach(async () => {
    (await import('zod/mini')).config({ jitless: false });
  });

  it('puts zod in jitless mode without loading it, before or after zod loads', async () => {
    vi.resetModules();
    await import('./zodJitless.ts');
    const z = await import('zod/mini');
    expect(z.config().jitless).toBe(true);
  });
});
