import { describe, expect, test } from 'vitest';
import { auditFilters, auditParamsToSearch, parseAuditParams, prettyJson } from './audit-params';

describe('audit trail filters', () => {
  test('the address round-trips, and only meaningful filters reach the core', () => {
    const p = parseAuditParams(new URLSearchParams('route=parties.party.create&entityId=12&from=2025-01-01'));
    expect(p).toMatchObject({ route: 'parties.party.create', entityId: '12', from: '2025-01-01' });
    expect(parseAuditParams(auditParamsToSearch(p))).toEqual(p);
    expect(auditFilters(p)).toEqual({ route: 'parties.party.create', entityId: 12, from: '2025-01-01' });
    expect(auditFilters(parseAuditParams(new URLSearchParams('entityId=abc&to=01/02/2025&userId=0')))).toEqual({});
    expect(auditParamsToSearch(parseAuditParams(new URLSearchParams('page=3'))).toString()).toBe('');
  });

  test('before and after are indented when they are JSON', () => {
    expect(prettyJson('{"a":1,"b":[2]}')).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(prettyJson('not json')).toBe('not json');
    expect(prettyJson(null)).toBeNull();
  });
});
