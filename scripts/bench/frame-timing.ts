// Rendering counted on both sides: timed work ends when the next frame after
// it is rendered (style, layout and paint: what a highlight stylesheet or mark.js's
// new elements cost), without the idle wait for that frame to start.

/** Resolves once the next frame has been rendered: when it started, and when its rendering was over. */
export function nextFrame(): Promise<{ frameAt: number; renderedAt: number }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      // A task posted from a frame's callbacks runs after that frame's rendering.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve({ frameAt, renderedAt: performance.now() });
      };
      channel.port2.postMessage(null);
    }),
  );
}

export interface FrameTimed<T> {
  /** The work plus the next frame's rendering. */
  ms: number;
  renderMs: number;
  result: T;
}

export async function timedToNextFrame<T>(work: () => Promise<T> | T): Promise<FrameTimed<T>> {
  const start = performance.now();
  const result = await work();
  const end = performance.now();
  const { frameAt, renderedAt } = await nextFrame();
  return { ms: end - start + (renderedAt - frameAt), renderMs: renderedAt - frameAt, result };
}
