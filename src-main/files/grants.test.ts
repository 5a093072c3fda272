import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTokenSchema, PathGrants } from './grants';

describe('PathGrants (main touches only paths the user chose)', () => {
  it('hands out an opaque token and the base name, never the path', () => {
    const g = new PathGrants();
    const h = g.grant('/home/t/lessons/mutex.gosched', ['read', 'write']);
    expect(h.name).toBe('mutex.gosched');
    expect(h.token).not.toContain('mutex');
    expect(fileTokenSchema.safeParse(h.token).success).toBe(true);
    expect(g.pathFor(h.token, 'write')).toBe(resolve('/home/t/lessons/mutex.gosched'));
  });

  it('refuses paths, unknown tokens and non-strings in place of a token', () => {
    const g = new PathGrants();
    g.grant('/home/t/a.gosched', ['read', 'write']);
    expect(g.pathFor('/home/t/a.gosched', 'write')).toBeUndefined();
    expect(g.pathFor('00000000-0000-4000-8000-000000000000', 'read')).toBeUndefined();
    expect(g.pathFor(undefined, 'read')).toBeUndefined();
    expect(g.pathFor({ token: 'x' }, 'read')).toBeUndefined();
  });

  it('grants only the access given: a write grant does not allow reading', () => {
    const g = new PathGrants();
    const h = g.grant('/tmp/out.webm', ['write']);
    expect(g.pathFor(h.token, 'write')).toBeDefined();
    expect(g.pathFor(h.token, 'read')).toBeUndefined();
  });

  it('granting the same path again keeps its token and adds the access', () => {
    const g = new PathGrants();
    const a = g.grant('/tmp/x/../a.gosched', ['write']);
    const b = g.grant(join('/tmp', 'a.gosched'), ['read']);
    expect(b.token).toBe(a.token);
    expect(g.pathFor(a.token, 'read')).toBe(resolve('/tmp/a.gosched'));
    expect(g.handleFor('/tmp/a.gosched')).toEqual(a);
  });

  it('a revoked token opens nothing', () => {
    const g = new PathGrants();
    const h = g.grant('/tmp/a.gosched', ['read']);
    g.revoke(h.token);
    expect(g.pathFor(h.token, 'read')).toBeUndefined();
    expect(g.handleFor('/tmp/a.gosched')).toBeUndefined();
  });
});
