import { AccountWidgetsError } from '../api/errors.js';

/**
 * An adapter's access URL as an absolute http(s) address; anything else is refused (the seam
 * checks it too, but an element navigates only to what it checked itself: never `javascript:`).
 */
export function validAccessUrl(url: unknown): string {
  let target: URL;
  try {
    target = new URL(String(url), document.baseURI);
  } catch {
    throw new AccountWidgetsError('invalid-response', { message: 'access URL is not a URL' });
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') {
    throw new AccountWidgetsError('invalid-response', { message: 'access URL must be http(s)' });
  }
  return target.href;
}
