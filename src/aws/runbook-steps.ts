/**
 * The AWS key incident response as data: seven steps in the order they must happen (see
 * shared/docs/aws-key-incident.md), each with why it matters, the AWS CLI commands with the
 * key filled in, and notes. A long-term user key (AKIA) is deactivated; a temporary key
 * (ASIA, and the other STS forms) cannot be, so its steps revoke the role's sessions
 * instead. runbook.ts fills the placeholders and renders text or a markdown checklist:
 *   {{key}}           the access key ID
 *   {{account}}       the account id (or ACCOUNT_ID when the key does not encode it)
 *   {{writeReplacements}} the command writing the filter-repo --replace-text file ('' when
 *                     leakguard wrote it: a command that fills to '' is left out)
 *   {{replacementsPath}}, {{removeReplacements}} that file, and the command deleting it
 *   {{replacementsNote}} what that file holds or lacks (a note that fills to '' is left out)
 *   {{contained}}     how the key was stopped (step 1 of the variant)
 */

export type Variant = 'user-key' | 'session';

export interface Command {
  /** shell lines (bash); may span lines */
  run: string;
  /** only for this variant */
  only?: Variant;
}

export interface Step {
  title: string;
  why: string;
  commands: Command[];
  notes: string[];
}

// describe-regions lists the enabled regions only (no --all-regions); it needs a region to ask
const REGIONS = `for region in $(aws ec2 describe-regions --region us-east-1 --query 'Regions[].RegionName' --output text); do`;
const EVENTS = `  aws cloudtrail lookup-events --region "$region" \\
    --lookup-attributes AttributeKey=AccessKeyId,AttributeValue={{key}} \\
    --query 'Events[].CloudTrailEvent' --output json |`;
const READ_POLICY = `# read a managed policy's document
aws iam get-policy-version --policy-arn POLICY_ARN \\
  --version-id $(aws iam get-policy --policy-arn POLICY_ARN --query Policy.DefaultVersionId --output text)`;
const REVOKE_POLICY = `'{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["*"],"Resource":["*"],"Condition":{"DateLessThan":{"aws:TokenIssueTime":"'"$(date -u +%Y-%m-%dT%H:%M:%SZ)"'"}}}]}'`;

const CONTAIN: Record<Variant, Step> = {
  'user-key': {
    title: 'Deactivate the key now',
    why: 'Every minute the key stays active the damage grows: bots pick up pushed keys within minutes. Deactivate it before anything else, even before deleting it from the repository.',
    commands: [
      { run: '# the IAM user that owns the key, and when and where it was last used\naws iam get-access-key-last-used --access-key-id {{key}}' },
      {
        run: `USER_NAME=$(aws iam get-access-key-last-used --access-key-id {{key}} --query UserName --output text)
aws iam update-access-key --user-name "$USER_NAME" --access-key-id {{key}} --status Inactive
aws iam list-access-keys --user-name "$USER_NAME"`,
      },
      {
        run: `# sessions the key minted (sts get-session-token) outlive its deactivation: deny every session of the user issued before now
aws iam put-user-policy --user-name "$USER_NAME" --policy-name AWSRevokeOlderSessions \\
  --policy-document ${REVOKE_POLICY}`,
      },
    ],
    notes: [
      'Roles the key assumed (AssumeRole in CloudTrail, step 3) have sessions of their own: put the same policy on each with aws iam put-role-policy --role-name ROLE_NAME --policy-name AWSRevokeOlderSessions.',
      'Deactivate, do not delete yet: an inactive key can be switched back on if something vital breaks, and it stays searchable. Delete it in step 5.',
      'AccessDenied or NoSuchEntity from get-access-key-last-used: you are not signed in to the key\'s account ({{account}}). If that account is not yours, tell its owner: only they can deactivate the key.',
    ],
  },
  session: {
    title: 'Revoke the session now',
    why: 'A temporary key cannot be deactivated, and it keeps working until it expires (up to 12 hours for a role session, 36 for an IAM user\'s session token). Deny every session of its role issued before now: that stops this key; applications using the role must get new credentials.',
    commands: [
      {
        run: `# the role (or IAM user) that issued the session: userIdentity of the calls made with the key
${REGIONS}
${EVENTS}
    jq -r '.[] | fromjson | .userIdentity | [.type, .arn, (.sessionContext.sessionIssuer.type // "-"), (.sessionContext.sessionIssuer.userName // "-")] | @tsv' | head -n 3
done`,
      },
      { run: 'ROLE_NAME=the-role-found-above   # sessionIssuer of type Role' },
      { run: `# deny all sessions of the role issued before now (the console's "Revoke active sessions")
aws iam put-role-policy --role-name "$ROLE_NAME" --policy-name AWSRevokeOlderSessions \\
  --policy-document ${REVOKE_POLICY}` },
    ],
    notes: [
      'Session issuer of type IAMUser (GetSessionToken or GetFederationToken): that user\'s long-term key minted this one. Put the same policy on the user with aws iam put-user-policy, and deactivate the user\'s key that issued it.',
      'A role of an EC2 instance profile: the credentials were taken from an instance (SSRF to the metadata service, a log, a crash dump). Find how they got out and require IMDSv2.',
      'No event in any region: the key was not used in the last 90 days, or it is not from this account ({{account}}).',
    ],
  },
};

const SCOPE: Record<Variant, Step> = {
  'user-key': {
    title: 'What could it do: the user\'s policies and groups',
    why: 'The attacker can do whatever the user can. Administrator rights (AdministratorAccess, or "*" on "*") or any IAM permission make this an emergency: assume the worst in steps 3 and 4.',
    commands: [
      { run: 'aws iam list-attached-user-policies --user-name "$USER_NAME"' },
      { run: 'aws iam list-user-policies --user-name "$USER_NAME"\naws iam get-user-policy --user-name "$USER_NAME" --policy-name POLICY_NAME' },
      {
        run: `for g in $(aws iam list-groups-for-user --user-name "$USER_NAME" --query 'Groups[].GroupName' --output text); do
  echo "== group $g"
  aws iam list-attached-group-policies --group-name "$g"
  aws iam list-group-policies --group-name "$g"
done`,
      },
      { run: READ_POLICY },
    ],
    notes: [],
  },
  session: {
    title: 'What could it do: the role\'s policies and who can assume it',
    why: 'The session can do what the role can (less only if a session policy was passed). Administrator rights or any IAM permission make this an emergency. The trust policy says who can assume the role again and get a fresh key.',
    commands: [
      { run: `aws iam get-role --role-name "$ROLE_NAME" --query 'Role.[Arn,MaxSessionDuration,AssumeRolePolicyDocument]'` },
      { run: 'aws iam list-attached-role-policies --role-name "$ROLE_NAME"' },
      { run: 'aws iam list-role-policies --role-name "$ROLE_NAME"\naws iam get-role-policy --role-name "$ROLE_NAME" --policy-name POLICY_NAME' },
      { run: READ_POLICY },
    ],
    notes: [],
  },
};

const SHARED: Step[] = [
  {
    title: 'What did it do: CloudTrail, in every region',
    why: 'CloudTrail keeps 90 days of API calls (management events) per region. Search every region: attackers use the ones nobody watches. Temporary keys the key minted act under their own key IDs: search those too.',
    commands: [
      {
        run: `${REGIONS}
  echo "== $region"
${EVENTS}
    jq -r '.[] | fromjson | [.eventTime, .eventSource, .eventName, .sourceIPAddress, (.errorCode // "ok")] | @tsv'
done`,
      },
      {
        run: `# temporary keys it minted (GetSessionToken, AssumeRole, GetFederationToken), from the responses CloudTrail logged
MINTED=$(${REGIONS}
${EVENTS}
    jq -r '.[] | fromjson | select(.errorCode == null) | .responseElements.credentials.accessKeyId // empty'
done | sort -u)
echo "minted: $MINTED"`,
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
done`,
      },
    ],
    notes: [
      'An error code AccessDenied (or UnauthorizedOperation, Client.UnauthorizedOperation) means that call failed: the key lacked the permission. Every call marked ok happened.',
      'IAM and other global services log in us-east-1. The commands need jq; without it, drop the jq line and read the JSON.',
    ],
  },
  {
    title: 'Clean up: what it launched and created',
    why: 'Undo everything it did: instances started in every region (crypto mining is the usual bill), and IAM users, access keys and roles created to keep access once this key is gone.',
    commands: [
      {
        run: `# the calls that changed something and succeeded
${REGIONS}
${EVENTS}
    jq -r --arg r "$region" '.[] | fromjson | select(.errorCode == null and (.readOnly | not)) | [$r, .eventTime, .eventName, (.requestParameters | tostring | .[0:160])] | @tsv'
done`,
      },
      {
        run: `# instances in every region
${REGIONS}
  aws ec2 describe-instances --region "$region" --filters Name=instance-state-name,Values=pending,running,stopping,stopped \\
    --query 'Reservations[].Instances[].[InstanceId,InstanceType,LaunchTime,KeyName]' --output text | sed "s/^/$region\\t/"
done`,
      },
      { run: 'aws ec2 terminate-instances --region REGION --instance-ids INSTANCE_ID' },
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
done`,
      },
      {
        run: `# remove what is not yours (REGION and the ids from the lists above)
aws ec2 cancel-spot-instance-requests --region REGION --spot-instance-request-ids SPOT_REQUEST_ID
aws ec2 delete-launch-template --region REGION --launch-template-id LAUNCH_TEMPLATE_ID
aws autoscaling delete-auto-scaling-group --region REGION --auto-scaling-group-name ASG_NAME --force-delete
aws lambda delete-function --region REGION --function-name FUNCTION_NAME`,
      },
      {
        run: `# IAM users and roles (look for recent CreateDate); on every user: access keys, console password, MFA devices
aws iam list-users --query 'Users[].[UserName,CreateDate]' --output text
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam list-access-keys --user-name "$u" --query 'AccessKeyMetadata[].[UserName,AccessKeyId,Status,CreateDate]' --output text
  aws iam get-login-profile --user-name "$u" --query 'LoginProfile.[UserName,CreateDate]' --output text 2>/dev/null | sed 's/^/password\\t/'
  aws iam list-mfa-devices --user-name "$u" --query 'MFADevices[].[UserName,SerialNumber,EnableDate]' --output text | sed 's/^/mfa\\t/'
done`,
      },
      {
        run: `# roles that another account can assume (a way back in): trust policies naming an account other than {{account}}
aws iam list-roles --output json |
  jq -r --arg me "{{account}}" '.Roles[] | select([.AssumeRolePolicyDocument.Statement[]?.Principal.AWS? // empty | if type == "array" then .[] else . end | select(test($me) | not)] | length > 0) | [.RoleName, .CreateDate] | @tsv'`,
      },
      {
        run: `# remove what is not yours
aws iam delete-access-key --user-name USER --access-key-id KEY_ID
aws iam delete-login-profile --user-name USER
aws iam deactivate-mfa-device --user-name USER --serial-number MFA_SERIAL
aws iam delete-virtual-mfa-device --serial-number MFA_SERIAL
aws iam delete-role --role-name ROLE_NAME
aws iam delete-user --user-name USER`,
      },
    ],
    notes: [
      'A user or role can only be deleted once empty: first list-attached-user-policies / detach-user-policy, list-user-policies / delete-user-policy, remove-user-from-group (for a role: detach-role-policy, delete-role-policy, remove-role-from-instance-profile).',
      'A pending service quota increase (more vCPUs, more GPUs: mining) cannot be withdrawn by the CLI: ask AWS Support to cancel it, in the case of step 7.',
      'Check the bill by region (Cost Explorer): mining shows up as EC2 cost in regions you never use.',
    ],
  },
  {
    title: 'Harden: rotate everything, watch, least privilege',
    why: 'Assume the attacker saw or made other credentials while inside: rotate all of them, not only this key.',
    commands: [
      {
        run: `# every access key of every IAM user: rotate (create, deploy, deactivate the old) or delete
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam list-access-keys --user-name "$u" --query 'AccessKeyMetadata[].[UserName,AccessKeyId,Status,CreateDate]' --output text
done`,
      },
      {
        run: `# every console password: a new one at next sign-in
for u in $(aws iam list-users --query 'Users[].UserName' --output text); do
  aws iam update-login-profile --user-name "$u" --password-reset-required 2>/dev/null && echo "password reset required: $u"
done`,
      },
      { run: '# the leaked key, once nothing depends on it\naws iam delete-access-key --user-name "$USER_NAME" --access-key-id {{key}}', only: 'user-key' },
      { run: '# the revocation policy can go once every older session has expired (36 hours at most)\naws iam delete-user-policy --user-name "$USER_NAME" --policy-name AWSRevokeOlderSessions', only: 'user-key' },
      { run: '# the revocation policy can go once every older session has expired (after MaxSessionDuration)\naws iam delete-role-policy --role-name "$ROLE_NAME" --policy-name AWSRevokeOlderSessions', only: 'session' },
    ],
    notes: [
      'Reset the root user\'s password and check its MFA: sign in as the root user (console only).',
      'Least privilege: each user and role gets only what it needs, and no IAM permissions unless it must (even read access to IAM shows an attacker what exists). Prefer roles with temporary credentials to long-term keys.',
    ],
  },
  {
    title: 'Remove it from the code and the history',
    why: 'Make the code read the key from the environment or a secret manager, then rewrite the history: the key stays in every clone until then. Rewriting history does not un-leak a key (copies are already out); revoking it in step 1 is what made it harmless.',
    commands: [
      { run: '# in a fresh clone (git filter-repo insists on one)\ngit clone REPO_URL leak-cleanup && cd leak-cleanup' },
      { run: '{{writeReplacements}}' },
      { run: 'git filter-repo --replace-text {{replacementsPath}}' },
      { run: '# filter-repo removes the origin remote so that nothing is pushed by accident\ngit remote add origin REPO_URL\ngit push --force --all origin && git push --force --tags origin' },
      { run: '# the replacement file holds the secret: delete it\n{{removeReplacements}}' },
    ],
    notes: [
      'Every collaborator re-clones: a pull or merge from an old clone brings the key back. Forks, pull requests and the host\'s caches keep the old commits: ask the host\'s support to purge them.',
      '{{replacementsNote}}',
    ],
  },
  {
    title: 'Reply to the AWS support case',
    why: 'When AWS finds a key exposed it opens a support case and mails the account\'s root address (search the mail for "compromised"). The case stays open until AWS agrees the account is clean; ask there about the unauthorized charges.',
    commands: [{ run: `aws support describe-cases --region us-east-1 --query 'cases[].[caseId,subject,status]' --output text` }],
    notes: [
      'The Support API needs a Business or higher support plan; otherwise answer in the Support Center of the console.',
      'Say what you did: {{contained}}, what CloudTrail showed (3), what you removed (4), what you rotated (5).',
    ],
  },
  {
    title: 'Detect it early next time',
    why: 'This incident was found late: the next one should raise an alarm within minutes. GuardDuty reports credentials used from unusual places, an organisation trail keeps every account\'s API calls beyond 90 days, and a budget mails you when the bill jumps.',
    commands: [
      {
        run: `# GuardDuty in every region: it reports leaked credentials used from outside AWS
${REGIONS}
  aws guardduty create-detector --enable --region "$region"
done`,
      },
      {
        run: `# one trail for every account and region of the organisation (from the management account; BUCKET_NAME must allow CloudTrail to write)
aws cloudtrail create-trail --region us-east-1 --name organization-trail --s3-bucket-name BUCKET_NAME \\
  --is-organization-trail --is-multi-region-trail --enable-log-file-validation
aws cloudtrail start-logging --region us-east-1 --name organization-trail`,
      },
      {
        run: `# a monthly cost budget that mails you at 80% of AMOUNT USD
aws budgets create-budget --region us-east-1 --account-id {{account}} \\
  --budget '{"BudgetName":"monthly-cost","BudgetLimit":{"Amount":"AMOUNT","Unit":"USD"},"TimeUnit":"MONTHLY","BudgetType":"COST"}' \\
  --notifications-with-subscribers '[{"Notification":{"NotificationType":"ACTUAL","ComparisonOperator":"GREATER_THAN","Threshold":80,"ThresholdType":"PERCENTAGE"},"Subscribers":[{"SubscriptionType":"EMAIL","Address":"EMAIL_ADDRESS"}]}]'`,
      },
    ],
    notes: ['Not in an organisation: drop --is-organization-trail to log this account in every region.'],
  },
];

/** The steps for a variant, in order (commands of the other variant left out). */
export function stepsFor(variant: Variant): Step[] {
  return [CONTAIN[variant], SCOPE[variant], ...SHARED].map((s) => ({ ...s, commands: s.commands.filter((c) => !c.only || c.only === variant) }));
}
