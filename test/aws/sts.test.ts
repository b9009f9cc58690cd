// How STS answers become verification results, and which region an endpoint signs for.
import { describe, expect, it } from 'vitest';
import { interpret, regionOf } from '../../src/aws/sts.js';

const error = (code: string) => `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>m</Message></Error></ErrorResponse>`;

describe('interpret', () => {
  it('reads the identity of a 200 answer', () => {
    const xml = '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/a</Arn><UserId>AIDAEXAMPLEUSERID</UserId><Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>';
    expect(interpret(200, xml)).toEqual({ status: 'live', account: '111122223333', arn: 'arn:aws:iam::111122223333:user/a', userId: 'AIDAEXAMPLEUSERID' });
  });
  it('does not call a 200 without an identity live', () => {
    expect(interpret(200, '<html>captive portal</html>')).toEqual({ status: 'unknown', reason: 'STS answered 200 without an identity' });
  });
  it.each(['InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken'])('%s is invalid', (code) => {
    expect(interpret(403, error(code))).toEqual({ status: 'invalid', code });
  });
  it('calls throttling and server errors unknown, never invalid', () => {
    expect(interpret(400, error('Throttling'))).toEqual({ status: 'unknown', reason: 'STS answered HTTP 400 Throttling' });
    expect(interpret(503, 'Service Unavailable')).toEqual({ status: 'unknown', reason: 'STS answered HTTP 503' });
  });
  it('does not echo an error code that is not a word', () => {
    expect(interpret(500, error('echo of something long and odd'))).toEqual({ status: 'unknown', reason: 'STS answered HTTP 500' });
  });
});

describe('regionOf', () => {
  it('signs the global endpoint and unknown hosts for us-east-1, a regional endpoint for its region', () => {
    expect(regionOf(new URL('https://sts.amazonaws.com'))).toBe('us-east-1');
    expect(regionOf(new URL('https://sts.eu-west-1.amazonaws.com'))).toBe('eu-west-1');
    expect(regionOf(new URL('http://127.0.0.1:4566'))).toBe('us-east-1');
  });
});
