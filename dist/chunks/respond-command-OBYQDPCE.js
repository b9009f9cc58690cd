import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  KEY_ID_RE,
  KEY_TYPES,
  LeakguardError,
  PathFilter,
  addAnatomy,
  chmodSync,
  describeAccount,
  describeVerification,
  errorMessage,
  findRepoRoot,
  isAwsKeyFinding,
  loadConfig,
  mkdtempSync,
  partOf,
  resolveCwd,
  scanFragment,
  secretHash,
  toFinding,
  writeFileSync
} from "./chunk-WWMHRRQY.js";
import "./chunk-U72GBBDN.js";

// src/aws/locate.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
function parseTarget(arg) {
  const m = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*):)?([0-9a-f]{8,16})$/.exec(arg.trim());
  if (!m) return null;
  return { ...m[1] ? { ruleId: m[1] } : {}, hash: m[2] };
}
function matches(f, t) {
  return isAwsKeyFinding(f) && f.secretHash.startsWith(t.hash) && (t.ruleId === void 0 || f.ruleId === t.ruleId);
}
async function firstMatch(source, ctx, target, paired = false) {
  const controller = new AbortController();
  let fallback = null;
  try {
    for await (const fragment of source.fragments(controller.signal)) {
      for (const c of scanFragment(fragment, ctx.config.ruleSet).findings) {
        const f = toFinding(c, fragment);
        if (!matches(f, target)) continue;
        if (!paired || f.related?.length) return f;
        fallback ??= f;
      }
    }
    return fallback;
  } finally {
    controller.abort();
  }
}
async function filesSource(ctx, paths) {
  const { FilesSource } = await import("./files-3JZKVLE3.js");
  return new FilesSource({ cwd: ctx.cwd, paths, maxFileSize: ctx.config.maxFileSize, filter: ctx.filter, root: ctx.root });
}
async function historySource(ctx, revs, maxCommits) {
  const { HistorySource } = await import("./history-FEQVWP42.js");
  return new HistorySource({ cwd: ctx.cwd, revs, maxCommits, paths: ctx.filter });
}
async function locateInCommit(ctx, target, rev) {
  if (rev.startsWith("-")) throw new LeakguardError(`--commit: "${rev}" is not a revision`);
  try {
    return await firstMatch(await historySource(ctx, [rev], 1), ctx, target);
  } catch (err) {
    if (err instanceof LeakguardError && /^git (log|rev-list): /.test(err.message)) throw new LeakguardError(`--commit: ${err.message.replace(/^git (log|rev-list): /, "")}`);
    throw err;
  }
}
async function locateAnywhere(ctx, target) {
  const inFiles = await firstMatch(await filesSource(ctx, ["."]), ctx, target, true);
  if (inFiles?.related?.length) return inFiles;
  const { findRepoRoot: findRepoRoot2 } = await import("./load-MJ4TOFP3.js");
  if (!findRepoRoot2(ctx.cwd)) return inFiles;
  return await firstMatch(await historySource(ctx, []), ctx, target, true) ?? inFiles;
}
function locateKey(ctx, keyId) {
  return locateAnywhere(ctx, { ruleId: "aws-access-key-id", hash: secretHash(keyId) });
}
async function locateFromReport(ctx, target, reportFile) {
  let findings;
  try {
    const data = JSON.parse(await readFile(resolve(ctx.cwd, reportFile), "utf8"));
    if (!Array.isArray(data.findings)) throw new Error('not a leakguard JSON report (no "findings" array)');
    findings = data.findings;
  } catch (err) {
    throw new LeakguardError(`--report: ${reportFile}: ${errorMessage(err).split("\n")[0]}`);
  }
  const hit = findings.find((f) => typeof f.secretHash === "string" && f.secretHash.startsWith(target.hash) && (!target.ruleId || f.ruleId === target.ruleId));
  if (!hit) throw new LeakguardError(`--report: ${reportFile}: no finding with fingerprint ${target.ruleId ? `${target.ruleId}:` : ""}${target.hash}`);
  if (typeof hit.secret === "string" && KEY_ID_RE.test(hit.secret) && (hit.related ?? []).every(isWhole)) return reportFinding(hit);
  if (hit.commit?.sha) return locateInCommit(ctx, target, hit.commit.sha);
  if (typeof hit.file === "string") return firstMatch(await filesSource(ctx, [hit.file]), ctx, target);
  return null;
}
function isWhole(p) {
  return typeof p.secret === "string" && typeof p.fingerprint === "string" && p.fingerprint.endsWith(`:${secretHash(p.secret)}`);
}
function reportFinding(r) {
  const related = (r.related ?? []).map((p) => ({ ruleId: p.ruleId, description: "", secret: p.secret, line: 0, column: 0, endLine: 0, endColumn: 0 }));
  return {
    ...r,
    tags: ["aws", "key-id"],
    related
  };
}

// src/aws/replacements.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
function replacementLines(parts, show = (s) => s) {
  const lines = [`${parts.keyId}==>REMOVED-AWS-ACCESS-KEY-ID`];
  if (parts.secret) lines.push(`${show(parts.secret)}==>REMOVED-AWS-SECRET-ACCESS-KEY`);
  if (parts.sessionToken) lines.push(`${show(parts.sessionToken)}==>REMOVED-AWS-SESSION-TOKEN`);
  return lines.join("\n");
}
function writeReplacementFile(parts, dir = tmpdir()) {
  const folder = mkdtempSync(join(dir, "leakguard-replacements-"));
  chmodSync(folder, 448);
  const file = join(folder, "replacements.txt");
  writeFileSync(file, replacementLines(parts) + "\n", { mode: 384, flag: "wx" });
  chmodSync(file, 384);
  return file;
}
function shellWord(s) {
  return /^[A-Za-z0-9_./+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

// src/aws/runbook-steps.ts
var REGIONS = `for region in $(aws ec2 describe-regions --region us-east-1 --query 'Regions[].RegionName' --output text); do`;
var EVENTS = `  aws cloudtrail lookup-events --region "$region" \\
    --lookup-attributes AttributeKey=AccessKeyId,AttributeValue={{key}} \\
    --query 'Events[].CloudTrailEvent' --output json |`;
var READ_POLICY = `# read a managed policy's document
aws iam get-policy-version --policy-arn POLICY_ARN \\
  --version-id $(aws iam get-policy --policy-arn POLICY_ARN --query Policy.DefaultVersionId --output text)`;
var REVOKE_POLICY = `'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["*"],"Resource":["*"],"Condition":{"DateLessThan":{"aws:TokenIssueTime":"'"$(date -u +%Y-%m-%dT%H:%M:%SZ)"'"}}}]}'`;
var CONTAIN = {
  "user-key": {
    title: "Deactivate the key now",
    why: "Every minute the key stays active the damage grows: bots pick up pushed keys within minutes. Deactivate it before anything else, even before deleting it from the repository.",
    commands: [
      { run: "# the IAM user that owns the key, and when and where it was last used\naws iam get-access-key-last-used --access-key-id {{key}}" },
      {
        run: `USER_NAME=$(aws iam get-access-key-last-used --access-key-id {{key}} --query UserName --output text)
aws iam update-access-key --user-name "$USER_NAME" --access-key-id {{key}} --status Inactive
aws iam list-access-keys --user-name "$USER_NAME"`
      },
      {
        run: `# sessions the key minted (sts get-session-token) outlive its deactivation: deny every session of the user issued before now
aws iam put-user-policy --user-name "$USER_NAME" --policy-name AWSRevokeOlderSessions \\
  --policy-document ${REVOKE_POLICY}`
      }
    ],
    notes: [
      "Roles the key assumed (AssumeRole in CloudTrail, step 3) have sessions of their own: put the same policy on each with aws iam put-role-policy --role-name ROLE_NAME --policy-name AWSRevokeOlderSessions.",
      "Deactivate, do not delete yet: an inactive key can be switched back on if something vital breaks, and it stays searchable. Delete it in step 5.",
      "AccessDenied or NoSuchEntity from get-access-key-last-used: you are not signed in to the key's account ({{account}}). If that account is not yours, tell its owner: only they can deactivate the key."
    ]
  },
  session: {
    title: "Revoke the session now",
    why: "A temporary key cannot be deactivated, and it keeps working until it expires (up to 12 hours for a role session, 36 for an IAM user's session token). Deny every session of its role issued before now: that stops this key; applications using the role must get new credentials.",
    commands: [
      {
        run: `# the role (or IAM user) that issued the session: userIdentity of the calls made with the key
${REGIONS}
${EVENTS}
    jq -r '.[] | fromjson | .userIdentity | [.type, .arn, (.sessionContext.sessionIssuer.type // "-"), (.sessionContext.sessionIssuer.userName // "-")] | @tsv' | head -n 3
done`
      },
      { run: "ROLE_NAME=the-role-found-above   # sessionIssuer of type Role" },
      { run: `# deny all sessions of the role issued before now (the console's "Revoke active sessions")
aws iam put-role-policy --role-name "$ROLE_NAME" --policy-name AWSRevokeOlderSessions \\
  --policy-document ${REVOKE_POLICY}` }
    ],
    notes: [
      "Session issuer of type IAMUser (GetSessionToken or GetFederationToken): that user's long-term key minted this one. Put the same policy on the user with aws iam put-user-policy, and deactivate the user's key that issued it.",
      "A role of an EC2 instance profile: the credentials were taken from an instance (SSRF to the metadata service, a log, a crash dump). Find how they got out and require IMDSv2.",
      "No event in any region: the key was not used in the last 90 days, or it is not from this account ({{account}})."
    ]
  }
};
var SCOPE = {
  "user-key": {
    title: "What could it do: the user's policies and groups",
    why: 'The attacker can do whatever the user can. Administrator rights (AdministratorAccess, or "*" on "*") or any IAM permission make this an emergency: assume the worst in steps 3 and 4.',
    commands: [
      { run: 'aws iam list-attached-user-policies --user-name "$USER_NAME"' },
      { run: 'aws iam list-user-policies --user-name "$USER_NAME"\naws iam get-user-policy --user-name "$USER_NAME" --policy-name POLICY_NAME' },
      {
        run: `for g in $(aws iam list-groups-for-user --user-name "$USER_NAME" --query 'Groups[].GroupName' --output text); do
  echo "== group $g"
  aws iam list-attached-group-policies --group-name "$g"
  aws iam list-group-policies --group-name "$g"
done`
      },
      { run: READ_POLICY }
    ],
    notes: []
  },
  session: {
    title: "What could it do: the role's policies and who can assume it",
    why: "The session can do what the role can (less only if a session policy was passed). Administrator rights or any IAM permission make this an emergency. The trust policy says who can assume the role again and get a fresh key.",
    commands: [
      { run: `aws iam get-role --role-name "$ROLE_NAME" --query 'Role.[Arn,MaxSessionDuration,AssumeRolePolicyDocument]'` },
      { run: 'aws iam list-attached-role-policies --role-name "$ROLE_NAME"' },
      { run: 'aws iam list-role-policies --role-name "$ROLE_NAME"\naws iam get-role-policy --role-name "$ROLE_NAME" --policy-name POLICY_NAME' },
      { run: READ_POLICY }
    ],
    notes: []
  }
};
var SHARED = [
  {
    title: "What did it do: CloudTrail, in every region",
    why: "CloudTrail keeps 90 days of API calls (management events) per region. Search every region: attackers use the ones nobody watches. Temporary keys the key minted act under their own key IDs: search those too.",
    commands: [
      {
        run: `${REGIONS}
  echo "== $region"
${EVENTS}
    jq -r '.[] | fromjson | [.eventTime, .eventSource, .eventName, .sourceIPAddress, (.errorCode // "ok")] | @tsv'
done`
      },
      {
        run: `# temporary keys it minted (GetSessionToken, AssumeRole, GetFederationToken), from the responses CloudTrail logged
MINTED=$(${REGIONS}
${EVENTS}
    jq -r '.[] | fromjson | select(.errorCode == null) | .responseElements.credentials.accessKeyId // empty'
done | sort -u)
echo "minted: $MINTED"`
      },
      {
        run: `# what each minted key did, in every region
for minted in $MINTED; do
  ${REGIONS}
    aws cloudtrail lookup-events --region "$region" \\
      --lookup-attributes AttributeKey=AccessKeyId,AttributeValue="$minted" \\
      --query 'Events[].CloudTrailEvent' --output json |
      jq -r --arg k "$minted" '.[] | fromjson | [$k, .eventTime, .eventSource, .eventName, .sourceIPAddress, (.errorCode // "ok")] | @tsv'
  done
done`
      }
    ],
    notes: [
      "An error code AccessDenied (or UnauthorizedOperation, Client.UnauthorizedOperation) means that call failed: the key lacked the permission. Every call marked ok happened.",
      "IAM and other global services log in us-east-1. The commands need jq; without it, drop the jq line and read the JSON."
    ]
  },
  {
    title: "Clean up: what it launched and created",
    why: "Undo everything it did: instances started in every region (crypto mining is the usual bill), and IAM users, access keys and roles created to keep access once this key is gone.",
    commands: [
      {
        run: `# the calls that changed something and succeeded
${REGIONS}
${EVENTS}
    jq -r --arg r "$region" '.[] | fromjson | select(.errorCode == null and (.readOnly | not)) | [$r, .eventTime, .eventName, (.requestParameters | tostring | .[0:160])] | @tsv'
done`
      },
      {
        run: `# instances in every region
${REGIONS}
  aws ec2 describe-instances --region "$region" --filters Name=instance-state-name,Values=pending,running,stopping,stopped \\
    --query 'Reservations[].Instances[].[InstanceId,InstanceType,LaunchTime,KeyName]' --output text | sed "s/^/$region\\t/"
done`
      },
      { run: "aws ec2 terminate-instances --region REGION --instance-ids INSTANCE_ID" },
      {
        run: `# spot requests, launch templates, auto scaling groups, Lambda functions and quota increase requests, in every region
${REGIONS}
  aws ec2 describe-spot-instance-requests --region "$region" --filters Name=state,Values=open,active \\
    --query 'SpotInstanceRequests[].[SpotInstanceRequestId,InstanceId,CreateTime]' --output text | sed "s/^/$region\\tspot\\t/"
  aws ec2 describe-launch-templates --region "$region" \\
    --query 'LaunchTemplates[].[LaunchTemplateId,LaunchTemplateName,CreateTime]' --output text | sed "s/^/$region\\ttemplate\\t/"
  aws autoscaling describe-auto-scaling-groups --region "$region" \\
    --query 'AutoScalingGroups[].[AutoScalingGroupName,DesiredCapacity,CreatedTime]' --output text | sed "s/^/$region\\tasg\\t/"
  aws lambda list-functions --region "$region" \\
    --query 'Functions[].[FunctionName,Runtime,LastModified]' --output text | sed "s/^/$region\\tlambda\\t/"
  aws service-quotas list-requested-service-quota-change-history --region "$region" --status PENDING \\
    --query 'RequestedQuotas[].[Id,ServiceCode,QuotaName,DesiredValue,Created]' --output text | sed "s/^/$region\\tquota\\t/"
done`
      },
      {
        run: `# remove what is not yours (REGION and the ids from the lists above)
aws ec2 cancel-spot-instance-requests --region REGION --spot-instance-request-ids SPOT_REQUEST_ID
aws ec2 delete-launch-template --region REGION --launch-template-id LAUNCH_TEMPLATE_ID
aws autoscaling delete-auto-scaling-group --region REGION --auto-scaling-group-name ASG_NAME --force-delete
aws lambda delete-function --region REGION --function-name FUNCTION_NAME`
      },
      {
        run: `# IAM users and roles (look for recent CreateDate); on every user: access keys, console password, MFA devices
aws iam list-users --query 'Users[].[UserName,CreateDate]' --output text
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam list-access-keys --user-name "$u" --query 'AccessKeyMetadata[].[UserName,AccessKeyId,Status,CreateDate]' --output text
  aws iam get-login-profile --user-name "$u" --query 'LoginProfile.[UserName,CreateDate]' --output text 2>/dev/null | sed 's/^/password\\t/'
  aws iam list-mfa-devices --user-name "$u" --query 'MFADevices[].[UserName,SerialNumber,EnableDate]' --output text | sed 's/^/mfa\\t/'
done`
      },
      {
        run: `# roles that another account can assume (a way back in): trust policies naming an account other than {{account}}
aws iam list-roles --output json |
  jq -r --arg me "{{account}}" '.Roles[] | select([.AssumeRolePolicyDocument.Statement[]?.Principal.AWS? // empty | if type == "array" then .[] else . end | select(test($me) | not)] | length > 0) | [.RoleName, .CreateDate] | @tsv'`
      },
      {
        run: `# remove what is not yours
aws iam delete-access-key --user-name USER --access-key-id KEY_ID
aws iam delete-login-profile --user-name USER
aws iam deactivate-mfa-device --user-name USER --serial-number MFA_SERIAL
aws iam delete-virtual-mfa-device --serial-number MFA_SERIAL
aws iam delete-role --role-name ROLE_NAME
aws iam delete-user --user-name USER`
      }
    ],
    notes: [
      "A user or role can only be deleted once empty: first list-attached-user-policies / detach-user-policy, list-user-policies / delete-user-policy, remove-user-from-group (for a role: detach-role-policy, delete-role-policy, remove-role-from-instance-profile).",
      "A pending service quota increase (more vCPUs, more GPUs: mining) cannot be withdrawn by the CLI: ask AWS Support to cancel it, in the case of step 7.",
      "Check the bill by region (Cost Explorer): mining shows up as EC2 cost in regions you never use."
    ]
  },
  {
    title: "Harden: rotate everything, watch, least privilege",
    why: "Assume the attacker saw or made other credentials while inside: rotate all of them, not only this key.",
    commands: [
      {
        run: `# every access key of every IAM user: rotate (create, deploy, deactivate the old) or delete
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam list-access-keys --user-name "$u" --query 'AccessKeyMetadata[].[UserName,AccessKeyId,Status,CreateDate]' --output text
done`
      },
      {
        run: `# every console password: a new one at next sign-in
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam update-login-profile --user-name "$u" --password-reset-required 2>/dev/null && echo "password reset required: $u"
done`
      },
      { run: '# the leaked key, once nothing depends on it\naws iam delete-access-key --user-name "$USER_NAME" --access-key-id {{key}}', only: "user-key" },
      { run: '# the revocation policy can go once every older session has expired (36 hours at most)\naws iam delete-user-policy --user-name "$USER_NAME" --policy-name AWSRevokeOlderSessions', only: "user-key" },
      { run: '# the revocation policy can go once every older session has expired (after MaxSessionDuration)\naws iam delete-role-policy --role-name "$ROLE_NAME" --policy-name AWSRevokeOlderSessions', only: "session" }
    ],
    notes: [
      "Reset the root user's password and check its MFA: sign in as the root user (console only).",
      "Least privilege: each user and role gets only what it needs, and no IAM permissions unless it must (even read access to IAM shows an attacker what exists). Prefer roles with temporary credentials to long-term keys."
    ]
  },
  {
    title: "Remove it from the code and the history",
    why: "Make the code read the key from the environment or a secret manager, then rewrite the history: the key stays in every clone until then. Rewriting history does not un-leak a key (copies are already out); revoking it in step 1 is what made it harmless.",
    commands: [
      { run: "# in a fresh clone (git filter-repo insists on one)\ngit clone REPO_URL leak-cleanup && cd leak-cleanup" },
      { run: "{{writeReplacements}}" },
      { run: "git filter-repo --replace-text {{replacementsPath}}" },
      { run: "# filter-repo removes the origin remote so that nothing is pushed by accident\ngit remote add origin REPO_URL\ngit push --force --all origin && git push --force --tags origin" },
      { run: "# the replacement file holds the secret: delete it\n{{removeReplacements}}" }
    ],
    notes: [
      "Every collaborator re-clones: a pull or merge from an old clone brings the key back. Forks, pull requests and the host's caches keep the old commits: ask the host's support to purge them.",
      "{{replacementsNote}}"
    ]
  },
  {
    title: "Reply to the AWS support case",
    why: `When AWS finds a key exposed it opens a support case and mails the account's root address (search the mail for "compromised"). The case stays open until AWS agrees the account is clean; ask there about the unauthorized charges.`,
    commands: [{ run: `aws support describe-cases --region us-east-1 --query 'cases[].[caseId,subject,status]' --output text` }],
    notes: [
      "The Support API needs a Business or higher support plan; otherwise answer in the Support Center of the console.",
      "Say what you did: {{contained}}, what CloudTrail showed (3), what you removed (4), what you rotated (5)."
    ]
  },
  {
    title: "Detect it early next time",
    why: "This incident was found late: the next one should raise an alarm within minutes. GuardDuty reports credentials used from unusual places, an organisation trail keeps every account's API calls beyond 90 days, and a budget mails you when the bill jumps.",
    commands: [
      {
        run: `# GuardDuty in every region: it reports leaked credentials used from outside AWS
${REGIONS}
  aws guardduty create-detector --enable --region "$region"
done`
      },
      {
        run: `# one trail for every account and region of the organisation (from the management account; BUCKET_NAME must allow CloudTrail to write)
aws cloudtrail create-trail --region us-east-1 --name organization-trail --s3-bucket-name BUCKET_NAME \\
  --is-organization-trail --is-multi-region-trail --enable-log-file-validation
aws cloudtrail start-logging --region us-east-1 --name organization-trail`
      },
      {
        run: `# a monthly cost budget that mails you at 80% of AMOUNT USD
aws budgets create-budget --region us-east-1 --account-id {{account}} \\
  --budget '{"BudgetName":"monthly-cost","BudgetLimit":{"Amount":"AMOUNT","Unit":"USD"},"TimeUnit":"MONTHLY","BudgetType":"COST"}' \\
  --notifications-with-subscribers '[{"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"EMAIL_ADDRESS"}]}]'`
      }
    ],
    notes: ["Not in an organisation: drop --is-organization-trail to log this account in every region."]
  }
];
function stepsFor(variant) {
  return [CONTAIN[variant], SCOPE[variant], ...SHARED].map((s) => ({ ...s, commands: s.commands.filter((c) => !c.only || c.only === variant) }));
}

// src/aws/runbook.ts
var RUNBOOK_FORMATS = ["text", "markdown"];
function renderRunbook(input, options) {
  const variant = KEY_TYPES[input.aws.keyType].response;
  const fill = filler(input, options);
  const steps = stepsFor(variant).map((s) => ({
    ...s,
    why: fill(s.why),
    notes: s.notes.map(fill).filter((n) => n !== ""),
    commands: s.commands.map((c) => ({ ...c, run: fill(c.run) })).filter((c) => c.run !== "")
  }));
  const facts = headerFacts(input, options);
  const advice = headerAdvice(input);
  return options.format === "markdown" ? markdown(input, facts, advice, steps) : text(input, facts, advice, steps);
}
function filler(input, options) {
  const values = {
    key: input.keyId,
    account: input.aws.account ?? "ACCOUNT_ID",
    // without a written file, a here-document: never with a secret unless --no-redact
    ...replacementValues(input.replacementFile || !options.redact ? input : { ...input, secret: void 0, sessionToken: void 0 }),
    replacementsNote: replacementsNote(input),
    contained: KEY_TYPES[input.aws.keyType].response === "session" ? "the sessions revoked (step 1)" : "the key deactivated and deleted (steps 1, 5)"
  };
  const user = liveUser(input.aws);
  if (user && input.aws.account === null) values.account = user.account;
  const fill = (s) => s.replace(/\{\{(\w+)\}\}/g, (m, name) => values[name] ?? m);
  if (!user) return fill;
  return (s) => fill(s).replace(/^USER_NAME=\$\(aws iam get-access-key-last-used [^\n]*\)$/m, `USER_NAME='${user.name}'  # from the live check: ${user.arn}`);
}
function liveUser(aws) {
  const v = aws.verification;
  if (v?.status !== "live") return null;
  const m = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]{1,64})$/.exec(v.arn);
  return m ? { account: m[1], name: m[2], arn: v.arn } : null;
}
var DEFAULT_FILE = "../leakguard-replacements.txt";
function replacementValues(input) {
  if (input.replacementFile) {
    const path = shellWord(input.replacementFile);
    const folder = shellWord(input.replacementFile.replace(/\/[^/]*$/, ""));
    return { writeReplacements: "", replacementsPath: path, removeReplacements: `rm -f ${path} && rmdir ${folder}` };
  }
  return {
    writeReplacements: `cat > ${DEFAULT_FILE} <<'EOF'
${replacementLines(input)}
EOF`,
    replacementsPath: DEFAULT_FILE,
    removeReplacements: `rm -f ${DEFAULT_FILE}`
  };
}
function replacementsNote(input) {
  const session = KEY_TYPES[input.aws.keyType].response === "session";
  const missing = [
    !input.secret && "SECRET_ACCESS_KEY==>REMOVED-AWS-SECRET-ACCESS-KEY",
    session && !input.sessionToken && "SESSION_TOKEN==>REMOVED-AWS-SESSION-TOKEN"
  ].filter((m) => typeof m === "string");
  const parts = ["the key ID", input.secret && "the secret access key", input.sessionToken && "the session token"].filter((p) => typeof p === "string");
  const held = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  const wrote = input.replacementFile ? `leakguard wrote the replacement file named above (mode 0600, in a folder only you can read) with ${held} exactly as found in the repository, so that filter-repo replaces the real values; it never prints them. Delete it with the last command once filter-repo has run. ` : "";
  if (missing.length) return `${wrote}Not found with the key ID, so not in the file: if ${missing.length > 1 ? "they were" : "it was"} committed too, add ${missing.map((m) => `a line ${m}`).join(" and ")}.`;
  return wrote.trimEnd();
}
function headerFacts(input, options) {
  const aws = input.aws;
  const facts = [["kind", `${aws.keyType}: ${KEY_TYPES[aws.keyType].kind}`]];
  if (aws.account === null) facts.push(["account", "not encoded in this key ID; ask AWS:"], ["", `aws sts get-access-key-info --access-key-id ${input.keyId}`, true]);
  else facts.push(["account", `${describeAccount(aws)}, decoded from the key ID`]);
  if (input.where) {
    const w = input.where;
    const c = w.commit;
    facts.push(["found", `${w.file ?? "commit message"}:${w.line}${c ? `, commit ${c.sha.slice(0, 12)} (${c.date.slice(0, 10)}, ${c.author})` : ""}`]);
  }
  const secretNote = input.secret ? `found with it (${input.replacementFile ? "written to the replacement file of step 6, never printed" : options.redact ? "not printed" : "printed whole in step 6: --no-redact"})` : "not found with it (if it was committed too, add it to the replacement file in step 6)";
  facts.push(["secret", secretNote]);
  if (aws.verification) facts.push(["live check", describeVerification(aws.verification)]);
  return facts;
}
function headerAdvice(input) {
  const aws = input.aws;
  const out = [];
  if (aws.keyType !== "AKIA" && aws.keyType !== "A3T") {
    out.push(`This is a temporary credential (${aws.keyType}), not a user's long-term key: it cannot be deactivated. The steps revoke the sessions of the role (or user) that issued it instead.`);
  }
  if (aws.accountKnown === false) out.push("This account is not one of the accounts in your config (aws.accounts). If you cannot sign in to it, tell its owner: only they can stop the key.");
  const acct = aws.account ?? "ACCOUNT_ID";
  out.push(`Run every command with an administrator's credentials for account ${acct} (e.g. aws --profile), never with the leaked key, in one shell: later steps use the variables set in step 1.`);
  out.push("Do the steps in order. Step 1 comes first, now: before deleting the file or rewriting history.");
  return out;
}
function text(input, facts, advice, steps) {
  const out = [`AWS key incident: ${input.keyId}`, ""];
  for (const [k, v] of facts) out.push(`  ${k.padEnd(10)} ${v}`);
  out.push("", ...advice.flatMap((a) => [...wrap(a, 90, ""), ""]));
  steps.forEach((s, i) => {
    out.push(`${i + 1}. ${s.title}`, ...wrap(s.why, 90, "   "), "");
    for (const c of s.commands) out.push(...c.run.split("\n").map((l) => `     ${l}`), "");
    for (const n of s.notes) out.push(...wrap(n, 90, "   - ", "     "));
    if (s.notes.length) out.push("");
  });
  return out.join("\n");
}
function markdown(input, facts, advice, steps) {
  const out = [`# AWS key incident: \`${input.keyId}\``, ""];
  for (const [k, v, code] of facts) out.push(code ? `  \`${v}\`` : `- **${k}**: ${v}`);
  out.push("", ...advice.flatMap((a) => [a, ""]));
  steps.forEach((s, i) => {
    out.push(`- [ ] **${i + 1}. ${s.title}**`, "", `  ${s.why}`, "");
    for (const c of s.commands) out.push("  ```sh", ...c.run.split("\n").map((l) => `  ${l}`), "  ```", "");
    for (const n of s.notes) out.push(`  - ${n}`);
    if (s.notes.length) out.push("");
  });
  return out.join("\n");
}
function wrap(paragraph, width, first, rest = first) {
  const lines = [];
  let line = first;
  for (const word of paragraph.split(" ")) {
    const prefix = lines.length ? rest : first;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += (line.length > prefix.length ? " " : "") + word;
  }
  lines.push(line);
  return lines;
}

// src/cli/respond-command.ts
async function runRespondCommand(a, io) {
  const format = a.format;
  if (!RUNBOOK_FORMATS.includes(format)) throw new LeakguardError(`--format: unknown format "${a.format}" (respond: ${RUNBOOK_FORMATS.join(", ")})`);
  if (a.finding !== void 0 && a.key !== void 0) throw new LeakguardError("respond: give a FINGERPRINT or --key, not both");
  if (a.finding === void 0 && a.key === void 0) throw new LeakguardError("respond: give the FINGERPRINT of a finding (from a report or a history audit) or --key ACCESS_KEY_ID");
  if (a.key === void 0 && a.commit !== void 0 && a.report !== void 0) throw new LeakguardError("--commit: not with --report (the report names the commit)");
  if (a.key !== void 0 && (a.commit !== void 0 || a.report !== void 0)) throw new LeakguardError(`--${a.commit !== void 0 ? "commit" : "report"}: not with --key (they find a FINGERPRINT)`);
  const keyId = a.key !== void 0 ? checkKey(a.key) : void 0;
  const target = a.finding !== void 0 ? parseTarget(a.finding) : null;
  if (a.finding !== void 0 && !target) throw new LeakguardError(`FINGERPRINT: "${a.finding}" is not a fingerprint (e.g. aws-access-key-id:0123456789abcdef, from a report or a history audit)`);
  const cwd = resolveCwd(a.C, io);
  const config = await loadConfig({ cwd, ...typeof a.config === "string" ? { configFile: a.config } : {}, noConfig: a.config === false });
  let finding;
  const root = findRepoRoot(cwd);
  const ctx = { cwd, root: root ?? cwd, config, filter: new PathFilter(config.allowPath, config.ruleSet.rules) };
  if (keyId) finding = (root ? await locateKey(ctx, keyId) : null) ?? keyFinding(keyId);
  else {
    const found = a.report !== void 0 ? await locateFromReport(ctx, target, a.report) : a.commit !== void 0 ? await locateInCommit(ctx, target, a.commit) : await locateAnywhere(ctx, target);
    const where = a.report !== void 0 ? `where --report says it is` : a.commit !== void 0 ? `commit ${a.commit}` : "the work tree or the history";
    if (!found) throw new LeakguardError(`respond: no AWS access key with fingerprint ${a.finding} in ${where}`);
    finding = found;
  }
  const { verifyOptionsOf } = await import("./scan-command-J5UNGC6B.js");
  const verify = verifyOptionsOf(a);
  const { enrichAws } = await import("./enrich-4PUIN52C.js");
  const [enriched] = verify ? await enrichAws([finding], { accounts: config.aws.accounts, verify }) : addAnatomy([finding], config.aws.accounts);
  const input = runbookInput(enriched);
  if (a.redact && (input.secret || input.sessionToken)) input.replacementFile = writeReplacementFile(input);
  io.stdout(renderRunbook(input, { format, redact: a.redact }));
  return 0;
}
function checkKey(value) {
  const v = value.trim();
  if (KEY_ID_RE.test(v)) return v;
  if (/^[A-Za-z0-9/+]{40}$/.test(v)) throw new LeakguardError("--key: that looks like a secret access key: give the access key ID (AKIA...), never the secret, and treat the secret as leaked in your shell history too");
  throw new LeakguardError(`--key: not an AWS access key ID (20 characters: AKIA, ASIA, ABIA or ACCA, then 16 of A-Z and 2-7; got ${v.length} characters)`);
}
function keyFinding(keyId) {
  return {
    ruleId: "aws-access-key-id",
    description: "AWS access key ID",
    severity: "high",
    file: null,
    line: 0,
    column: 0,
    endLine: 0,
    endColumn: 0,
    secret: keyId,
    match: keyId,
    tags: ["aws", "key-id"],
    fingerprint: "",
    secretHash: "",
    origin: "stdin"
  };
}
function runbookInput(f) {
  if (!isAwsKeyFinding(f) || !f.aws) throw new LeakguardError("respond: that finding is not an AWS access key ID");
  const located = f.fingerprint !== "";
  return {
    keyId: f.secret,
    aws: f.aws,
    secret: partOf(f, "secret"),
    sessionToken: partOf(f, "session-token"),
    ...located ? { where: { file: f.file, line: f.line, commit: f.commit } } : {}
  };
}
export {
  runRespondCommand
};
