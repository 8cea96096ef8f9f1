// Runs generator-based work in short tasks so the page never freezes: each slice
// stops once its budget is spent and the rest continues in a later task.

const SLICE_MS = 12;

interface Scheduler {
  postTask(task: () => void): Promise<void>;
}

export function nextTask(): Promise<void> {
  // The platform's task scheduler where there is one (a new message channel per hop cost
  // ~0.1 ms); else a message-channel hop, sooner than setTimeout(0) (no 4 ms clamping).
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined);
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** Drives `work` to completion in slices of about SLICE_MS. Returns false when cancelled. */
export async function runInSlices(work: Iterator<unknown>, isCancelled: () => boolean = () => false): Promise<boolean> {
  for (;;) {
    const deadline = performance.now() + SLICE_MS;
    do {
      if (work.next().done) return true;
    } while (performance.now() < deadline);
    await nextTask();
    if (isCancelled()) return false;
  }
}
