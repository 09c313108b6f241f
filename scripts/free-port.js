// A TCP port that is free on 127.0.0.1 right now (for the checks' servers and the WebKit driver).
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
