/**
 * The small protocol between a host that can be closed (the add-sub-account dialog) and the flow
 * inside it (link an account, order a new one). A flow that implements it lets the host ask before
 * closing and clean up after the person confirmed leaving; a flow that does not is closed freely.
 *
 * Flows also dispatch two bubbling, composed events the host listens to:
 * - `flow-back`: the person pressed Back on the flow's first step (return to the host's choice);
 * - `flow-close`: the person pressed Close on the flow's last step.
 * A flow shows those buttons only when its `embedded` property is true (set by the host).
 */
export interface GuardedFlow {
  /** What closing now would abandon: nothing, a request in flight, or started server-side work. */
  readonly leaveRisk: LeaveRisk;
  /**
   * The person confirmed leaving: abort or finish requests in the background and release any
   * server-side state the flow started (e.g. cancel an open link request). Never throws.
   */
  abandon(): Promise<void> | void;
}

/** `none`: close freely; `busy`: a request is in flight; `pending`: work started and unfinished. */
export type LeaveRisk = 'none' | 'busy' | 'pending';

export function isGuardedFlow(value: unknown): value is GuardedFlow {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as GuardedFlow).abandon === 'function' &&
    typeof (value as GuardedFlow).leaveRisk === 'string'
  );
}
