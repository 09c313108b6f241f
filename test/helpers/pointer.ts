import { executeServerCommand, resetMouse as reset, sendMouse as send } from '@web/test-runner-commands';

/**
 * `sendMouse` / `resetMouse` that first bring the test's page to the front: Chromium delivers mouse
 * moves with animation frames, which a background page of a concurrent run never gets.
 */
export async function sendMouse(options: Parameters<typeof send>[0]): Promise<void> {
  await executeServerCommand('bring-to-front');
  await send(options);
}

export async function resetMouse(): Promise<void> {
  await executeServerCommand('bring-to-front');
  await reset();
}
