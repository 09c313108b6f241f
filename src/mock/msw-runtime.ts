/**
 * MSW, loaded on first use so that a missing `msw` (an optional peer dependency, needed only by
 * `account-widgets/testing/msw`) fails with an error that says what to install, instead of a bare
 * "Cannot find package 'msw'". `account-widgets/testing` never imports this module.
 */
import type * as Msw from 'msw';

let msw: typeof Msw;
try {
  msw = await import('msw');
} catch (cause) {
  throw new Error(
    "account-widgets/testing/msw needs the 'msw' package (version 2), an optional peer dependency: npm install --save-dev msw@^2. " +
      "The in-memory mock (MockBackend, InMemoryAdapter) comes from 'account-widgets/testing' without it.",
    { cause },
  );
}

export const { http, HttpResponse } = msw;
export type RequestHandler = Msw.RequestHandler;
