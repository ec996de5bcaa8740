// When the canvas has first drawn the design (React Flow mounted, its first nodes committed). The rules wait
// for it at start: their first run, and the pattern engine's compiling after it, would otherwise take turns
// with React Flow's mount and put off the design's first drawing by as much (about 0.1 s for 1,000 nodes on
// this machine). Whatever needs the rules sooner (Export for Lync) loads them itself.
let tell: () => void = () => {};
export const designDrawn = new Promise<void>((resolve) => {
  tell = resolve;
});

export function markDesignDrawn(): void {
  tell();
}
