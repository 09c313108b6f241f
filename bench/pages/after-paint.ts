/** Resolves (with the time) after the next frame has been painted: a task queued from that frame's rAF runs after its paint. */
export const afterPaint = (): Promise<number> =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
  );
