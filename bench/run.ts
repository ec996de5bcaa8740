// npm run bench: figures, not pass/fail. Each section prints its own table.
// `npm run bench -- --no-browser` skips the canvas measures.
import { benchDomain } from './domain.ts';
import { benchRouting } from './routing.ts';
import { benchFrames } from './frames.ts';
import { benchHardening } from './hardening.ts';
import { benchHostile } from './hostile.ts';
import { benchLinks } from './link.ts';
import { benchPicture } from './picture.ts';

benchDomain();
await benchRouting();
benchLinks();
benchPicture();
benchHostile();
benchHardening();
if (!process.argv.includes('--no-browser')) await benchFrames();
if (!process.argv.includes('--no-browser')) await (await import('./testNumber.ts')).benchTestNumber();
if (!process.argv.includes('--no-browser')) await (await import('./mainThread.ts')).benchMainThread();
