/**
 * When a customer of the demo sees an order done: the mock backend completes it `provisioningMs`
 * after it was placed, and the order flow notices at its next status check. The checks follow the
 * flow's defaults (`poll-interval` 2 s, each wait 1.5 × the one before); every call takes the
 * backend's `latency`. Read from the backend's configuration, so the demo bar stays true when
 * either changes.
 */
export function orderReadyAfterMs(config: {
  provisioningMs: number;
  latency: number;
  pollInterval?: number;
  factor?: number;
}): number {
  const { provisioningMs, latency } = config;
  let wait = config.pollInterval ?? 2000;
  const factor = config.factor ?? 1.5;
  const placed = latency; // the order exists once the placing call is answered
  let clock = placed;
  for (let i = 0; i < 100; i++) {
    clock += wait; // the flow waits, then asks
    const answeredAt = clock + latency;
    if (answeredAt - latency - placed >= provisioningMs) return answeredAt;
    clock = answeredAt;
    wait *= factor;
  }
  return clock;
}
