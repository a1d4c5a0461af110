import { describe, expect, it } from 'vitest';
import { deriveOperationId } from './operation-id.ts';

describe('deriveOperationId', () => {
  it.each([
    ['GET', '/api/v1/cases', {}, 'listCases'],
    ['GET', '/api/v1/cases/{id}', {}, 'getCase'],
    ['GET', '/api/v1/cases/:id', {}, 'getCase'],
    ['POST', '/api/v1/cases', {}, 'createCase'],
    ['GET', '/api/v1/people/{id}/versions', {}, 'listPersonVersions'],
    ['GET', '/api/v1/bodies/{id}/reviewer-indicator', {}, 'getBodyReviewerIndicator'],
    ['PUT', '/api/v1/cases/{id}/parties/{partyId}', {}, 'updateCaseParty'],
    ['POST', '/api/v1/users/{id}/reset-password', {}, 'resetUserPassword'],
    ['POST', '/api/v1/auth/login', {}, 'login'],
    ['POST', '/api/v1/auth/second-factor/verify', {}, 'verifySecondFactor'],
    ['GET', '/api/v1/auth/settings', {}, 'getAuthSettings'],
    ['GET', '/api/v1/cases/export.xlsx', {}, 'exportCases'],
    ['GET', '/api/v1/cases/meta', {}, 'getCasesMeta'],
    ['DELETE', '/api/v1/auth/tokens/{id}', {}, 'deleteAuthToken'],
    ['POST', '/api/v1/calendar/covered-years', {}, 'createCalendarCoveredYear'],
    ['POST', '/api/v1/cases/{id}/evidence/{seq}/file', { upload: true }, 'uploadCaseEvidenceFile'],
    ['GET', '/api/v1/documents/{id}/file/{format}', { download: true }, 'downloadDocumentFile'],
  ])('%s %s → %s', (method, path, kind, expected) => {
    expect(deriveOperationId(method, path, kind)).toBe(expected);
  });
});
