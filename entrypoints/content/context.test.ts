// @vitest-environment happy-dom
// The content script's context: what is tied to it ends with it, even when tied late.
import { describe, expect, it, vi } from 'vitest';
import { ContentContext } from './context';

describe('ContentContext', () => {
  it('runs what is tied to it when it ends, once', () => {
    const ctx = new ContentContext();
    const cb = vi.fn();
    ctx.onInvalidated(cb);
    expect(cb).not.toHaveBeenCalled();
    ctx.end();
    ctx.end();
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('runs at once what is tied to it after it ended (nothing of ours outlives it)', () => {
    const ctx = new ContentContext();
    ctx.end();
    const cb = vi.fn();
    ctx.onInvalidated(cb);
    expect(cb).toHaveBeenCalledTimes(1);
  });
});
