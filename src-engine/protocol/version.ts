/**
 * Version of the renderer ⇄ engine protocol. Bump it on any incompatible change to a message; both
 * sides send it in their first `hello`, and a mismatch is shown to the user instead of hanging.
 */
export const PROTOCOL_VERSION = 4;
