import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/aws/anatomy.ts
var KEY_ID_RE = /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/;
var KEY_TYPES = {
  AKIA: { kind: "long-term access key of an IAM user", response: "user-key" },
  ASIA: { kind: "temporary STS key (comes with a session token)", response: "session" },
  ABIA: { kind: "STS service bearer token", response: "session" },
  ACCA: { kind: "context-specific credential", response: "session" },
  A3T: { kind: "legacy-format access key", response: "user-key" }
};
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function keyTypeOf(keyId) {
  if (!KEY_ID_RE.test(keyId)) return null;
  return keyId.startsWith("A3T") ? "A3T" : keyId.slice(0, 4);
}
function accountOf(keyId) {
  const type = keyTypeOf(keyId);
  if (type === null || type === "A3T") return null;
  if (keyId[4] === "I" || keyId[4] === "J") return null;
  let bits = 0n;
  for (const c of keyId.slice(4, 14)) bits = bits << 5n | BigInt(BASE32.indexOf(c));
  const first6 = bits >> 2n;
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  return account > 999999999999n ? null : account.toString().padStart(12, "0");
}
function isAwsKeyFinding(f) {
  return f.tags.includes("aws") && KEY_ID_RE.test(f.secret);
}
function partKind(r) {
  if (r.ruleId === "aws-session-token") return "session-token";
  if (r.ruleId.startsWith("aws-secret-access-key")) return "secret";
  if (/^[A-Za-z0-9/+]{40}$/.test(r.secret)) return "secret";
  if (/^[A-Za-z0-9/+]{80,}={0,2}$/.test(r.secret)) return "session-token";
  return "other";
}
function partOf(f, kind) {
  return f.related?.find((r) => partKind(r) === kind)?.secret;
}
function anatomy(f, accounts) {
  const keyType = keyTypeOf(f.secret);
  if (keyType === null) return void 0;
  const account = accountOf(f.secret);
  const info = {
    keyType,
    account,
    paired: partOf(f, "secret") !== void 0,
    sessionToken: partOf(f, "session-token") !== void 0,
    verification: null
  };
  return { ...info, ...accountFacts(account, accounts) };
}
function accountFacts(account, accounts) {
  if (!accounts || Object.keys(accounts).length === 0 || account === null) return {};
  const label = Object.hasOwn(accounts, account) ? accounts[account] : void 0;
  return label === void 0 ? { accountKnown: false } : { accountLabel: label, accountKnown: true };
}
function addAnatomy(findings, accounts) {
  return findings.map((f) => {
    if (!isAwsKeyFinding(f)) return f;
    const aws = anatomy(f, accounts);
    return aws ? { ...f, aws } : f;
  });
}
function describeAccount(aws) {
  if (aws.account === null) return "not encoded in this key ID";
  if (aws.accountLabel !== void 0) return `${aws.account} (${aws.accountLabel})`;
  if (aws.accountKnown === false) return `${aws.account} (not one of the accounts in aws.accounts)`;
  return aws.account;
}

export {
  KEY_ID_RE,
  KEY_TYPES,
  isAwsKeyFinding,
  partOf,
  addAnatomy,
  describeAccount
};
