/**
 * Staff tokens for the mocked tier: correctly shaped JWTs whose signature nobody checks (the mocked API
 * answers every request). The live tier uses tokens signed with the platform's secret instead.
 */
export type Role = 'store_staff' | 'grader' | 'ops';

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

export function fakeToken(role: Role, extra: Record<string, string> = {}): string {
  const claims = {
    sub: role === 'store_staff' ? 'clerk-1' : role === 'grader' ? 'tech-1' : 'ops-1',
    role,
    ...(role === 'store_staff' ? { storeId: 'STORE-1', partnerId: 'telco' } : {}),
    ...(role === 'grader' ? { siteId: 'SITE-1' } : {}),
    exp: Math.floor(Date.now() / 1000) + 3600,
    ...extra,
  };
  return `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.c2lnbmF0dXJl`;
}
