import { SCENARIO_SCHEMA_URL } from '../../src-engine/protocol/scenarioFile/schema';

/** Sites whose links the app opens in the system browser: the project's own, nothing else. */
export const PROJECT_LINK_ORIGINS: readonly string[] = [new URL(SCENARIO_SCHEMA_URL).origin];

/**
 * Whether a link the page asks to open (`window.open`, `target=_blank`) may go to the system browser:
 * `https:` on one of {@link PROJECT_LINK_ORIGINS}, on the default port, with no credentials. Everything
 * else (other sites, `file:`, custom schemes that launch programs, malformed URLs) is refused.
 */
export function isAllowedExternalLink(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    PROJECT_LINK_ORIGINS.includes(u.origin)
  );
}
