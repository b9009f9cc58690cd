import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  buildRuleSet
} from "./chunk-SLZ3O6QT.js";
import {
  DEFAULT_DECODE_DEPTH
} from "./chunk-4ZEJ4JV7.js";
import {
  noJavaScript
} from "./chunk-KNET3OEV.js";
import {
  genericSecretProblem,
  passwordProblem
} from "./chunk-VA4KEGOX.js";
import {
  accessSync,
  constants,
  existsSync,
  readFileSync,
  statSync
} from "./chunk-GDYWKFCI.js";
import {
  LeakguardError,
  errorMessage
} from "./chunk-HWRS3BVT.js";
import {
  nodeCrypto,
  nodeZlib
} from "./chunk-Y6BKULSA.js";

// src/config/load.ts
import { dirname, join, relative, resolve } from "node:path";

// src/generated/builtin-rules.js
var builtin_rules_default = JSON.parse(`[{"file":"rules/aws.yaml","data":{"rules":[{"id":"aws-access-key-id","description":"AWS access key ID","severity":"high","regex":"(?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])","keywords":["akia","asia","abia","acca","a3t"],"entropy":2.5,"identifier":true,"tags":["aws","key-id"]},{"id":"aws-secret-access-key","description":"AWS secret access key (named)","severity":"high","ignoreCase":true,"regex":"(?:(?:aws|amzn|amazon|s3)[\\\\w.-]{0,24}?secret|secret[_.-]?access[_.-]?key)[\\\\w.-]{0,16}?['\\"\`]?[ \\\\t]{0,4}(?:=>|:=|[:=>,]|[ \\\\t])[ \\\\t]{0,4}['\\"\`]?([a-z0-9/+]{40})(?![a-z0-9/+=])","secretGroup":1,"keywords":["secret"],"entropy":4,"validate":"aws-secret-shape","pair":{"rule":"aws-access-key-id","within":5,"severity":"critical"},"tags":["aws","secret"]},{"id":"aws-secret-access-key-nearby","description":"AWS secret access key (unnamed, next to an access key ID)","severity":"high","regex":"(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])","keywords":["akia","asia","abia","acca","a3t"],"entropy":4,"validate":"aws-secret-shape","pair":{"rule":"aws-access-key-id","within":5,"required":true,"severity":"critical"},"tags":["aws","secret"]},{"id":"aws-session-token","description":"AWS session token (temporary credentials)","severity":"high","regex":"(?<![A-Za-z0-9/+])((?:FwoGZXIvYXdz|FQoGZXIvYXdz|IQoJb3JpZ2lu|IgoJb3JpZ2lu|AgoJb3JpZ2lu|AQoDYXdz)[A-Za-z0-9/+]{80,}={0,2})(?![A-Za-z0-9/+=])","keywords":["fwogzxivyxdz","fqogzxivyxdz","iqojb3jpz2lu","igojb3jpz2lu","agojb3jpz2lu","aqodyxdz"],"entropy":4.5,"pair":{"rule":"aws-access-key-id","within":5,"severity":"critical"},"tags":["aws","session-token"]},{"id":"aws-mws-auth-token","description":"Amazon Marketplace Web Service (MWS) auth token","severity":"high","regex":"\\\\b(amzn\\\\.mws\\\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-zA-Z-])","keywords":["amzn.mws."],"entropy":3,"tags":["amazon","mws"]},{"id":"aws-bedrock-api-key","description":"Amazon Bedrock API key (long-term or short-term)","severity":"high","regex":"\\\\b(ABSK[A-Za-z0-9+/]{100,300}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{40,4000}={0,2})(?![A-Za-z0-9+/=])","keywords":["absk","bedrock-api-key-"],"entropy":4,"tags":["amazon","bedrock"]},{"id":"aws-appsync-api-key","description":"AWS AppSync API key","severity":"medium","regex":"\\\\b(da2-[a-z0-9]{26})(?![A-Za-z0-9_-])","keywords":["da2-"],"entropy":3.5,"tags":["amazon","appsync"]}]}},{"file":"rules/github.yaml","data":{"rules":[{"id":"github-pat","description":"GitHub personal access token (classic)","severity":"critical","regex":"\\\\b(ghp_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghp_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-fine-grained-pat","description":"GitHub fine-grained personal access token","severity":"critical","regex":"\\\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])","keywords":["github_pat_"],"validate":"github-fine-grained-checksum","tags":["github","token"]},{"id":"github-oauth-token","description":"GitHub OAuth access token","severity":"high","regex":"\\\\b(gho_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["gho_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-user-to-server-token","description":"GitHub App user-to-server token","severity":"high","regex":"\\\\b(ghu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghu_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-app-installation-token","description":"GitHub App installation (server-to-server) token","severity":"high","regex":"\\\\b(ghs_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["ghs_"],"validate":"github-token-checksum","tags":["github","token"]},{"id":"github-app-installation-token-jwt","description":"GitHub App installation token (2026 format, app id and signed JWT)","severity":"high","regex":"\\\\b(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,2000}\\\\.eyJ[A-Za-z0-9_-]{10,4000}\\\\.[A-Za-z0-9_-]{20,1000})(?![A-Za-z0-9_-])","keywords":["ghs_"],"validate":"jwt","tags":["github","token"]},{"id":"github-refresh-token","description":"GitHub App refresh token","severity":"high","regex":"\\\\b(ghr_[A-Za-z0-9]{76})(?![A-Za-z0-9_])","keywords":["ghr_"],"entropy":4.5,"tags":["github","token"]}]}},{"file":"rules/gitlab.yaml","data":{"rules":[{"id":"gitlab-pat","description":"GitLab personal, project, group or impersonation access token","severity":"critical","regex":"\\\\b(glpat-[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9A-Za-z]{7,9})?)(?![A-Za-z0-9_-])","keywords":["glpat-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-runner-token","description":"GitLab runner authentication token","severity":"high","regex":"\\\\b(glrt-(?:t[0-9]_)?[A-Za-z0-9_-]{20,300}(?:\\\\.[0-9a-z]{2}\\\\.[0-9A-Za-z]{7,9})?)(?![A-Za-z0-9_-])","keywords":["glrt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-runner-registration-token","description":"GitLab runner registration token","severity":"high","regex":"\\\\b(GR1348941[A-Za-z0-9_-]{20}|glrtr-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gr1348941","glrtr-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-pipeline-trigger-token","description":"GitLab pipeline trigger token","severity":"high","regex":"\\\\b(glptt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glptt-"],"entropy":3,"tags":["gitlab","token"]},{"id":"gitlab-deploy-token","description":"GitLab deploy token","severity":"high","regex":"\\\\b(gldt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gldt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-cicd-job-token","description":"GitLab CI/CD job token","severity":"medium","regex":"\\\\b(glcbt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glcbt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-feed-token","description":"GitLab feed token","severity":"medium","regex":"\\\\b(glft-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glft-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-incoming-mail-token","description":"GitLab incoming mail token","severity":"medium","regex":"\\\\b(glimt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glimt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-oauth-app-secret","description":"GitLab OAuth application secret","severity":"high","regex":"\\\\b(gloas-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["gloas-"],"entropy":3,"tags":["gitlab","token"]},{"id":"gitlab-agent-token","description":"GitLab agent for Kubernetes token","severity":"high","regex":"\\\\b(glagent-[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])","keywords":["glagent-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-scim-token","description":"GitLab SCIM token","severity":"high","regex":"\\\\b(glsoat-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glsoat-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-feature-flag-client-token","description":"GitLab feature flags client token","severity":"medium","regex":"\\\\b(glffct-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glffct-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-workspace-token","description":"GitLab workspace token","severity":"medium","regex":"\\\\b(glwt-[A-Za-z0-9_-]{20,300})(?![A-Za-z0-9_-])","keywords":["glwt-"],"entropy":3.5,"tags":["gitlab","token"]},{"id":"gitlab-session-cookie","description":"GitLab session cookie","severity":"medium","regex":"\\\\b_gitlab_session=([0-9a-f]{32})(?![0-9A-Za-z])","keywords":["_gitlab_session="],"entropy":3,"tags":["gitlab","session"]}]}},{"file":"rules/slack.yaml","data":{"rules":[{"id":"slack-bot-token","description":"Slack bot token","severity":"high","regex":"\\\\b(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})(?![A-Za-z0-9-])","keywords":["xoxb-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-user-token","description":"Slack user token","severity":"high","regex":"\\\\b(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[a-f0-9]{32})(?![A-Za-z0-9-])","keywords":["xoxp-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-app-token","description":"Slack app-level token","severity":"high","regex":"\\\\b(xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{64})(?![A-Za-z0-9-])","keywords":["xapp-"],"entropy":3,"tags":["slack","token"]},{"id":"slack-config-token","description":"Slack app configuration access or refresh token","severity":"high","regex":"\\\\b(xoxe\\\\.xox[bp]-[0-9]-[A-Za-z0-9]{140,180}|xoxe-[0-9]-[A-Za-z0-9]{130,160})(?![A-Za-z0-9-])","keywords":["xoxe.xoxb-","xoxe.xoxp-","xoxe-"],"entropy":4,"tags":["slack","token"]},{"id":"slack-legacy-token","description":"Slack legacy workspace, session or refresh token","severity":"high","regex":"\\\\b(xox[aors]-(?:[0-9]{1,14}-){0,3}[0-9A-Za-z]{10,64})(?![A-Za-z0-9-])","keywords":["xoxa-","xoxo-","xoxr-","xoxs-"],"entropy":3.2,"tags":["slack","token"]},{"id":"slack-webhook-url","description":"Slack incoming or workflow webhook URL","severity":"medium","regex":"\\\\bhooks\\\\.slack\\\\.com/((?:services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}|(?:workflows|triggers)/T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{8,24}/[A-Za-z0-9]{32}))(?![A-Za-z0-9])","keywords":["hooks.slack.com"],"entropy":3,"tags":["slack","webhook"]}]}},{"file":"rules/stripe.yaml","data":{"rules":[{"id":"stripe-secret-key","description":"Stripe live secret key","severity":"critical","regex":"\\\\b(sk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["sk_live_"],"entropy":3.5,"tags":["stripe","key"]},{"id":"stripe-restricted-key","description":"Stripe live restricted key","severity":"high","regex":"\\\\b(rk_live_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["rk_live_"],"entropy":3.5,"tags":["stripe","key"]},{"id":"stripe-test-key","description":"Stripe test-mode secret or restricted key","severity":"low","regex":"\\\\b([sr]k_test_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])","keywords":["sk_test_","rk_test_"],"entropy":3.5,"allow":{"regexes":["^sk_test_4eC39HqLyjWDarjtT1zdp7dc$"]},"tags":["stripe","key","test-mode"]},{"id":"stripe-webhook-secret","description":"Stripe webhook signing secret","severity":"medium","regex":"\\\\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])","keywords":["whsec_"],"entropy":3.5,"tags":["stripe","webhook"]}]}},{"file":"rules/google.yaml","data":{"rules":[{"id":"google-service-account-key","description":"Google Cloud service account private key (JSON key file)","severity":"critical","regex":"\\"private_key\\"[ \\\\t]*:[ \\\\t]*\\"(-----BEGIN PRIVATE KEY-----\\\\\\\\n[A-Za-z0-9+/]{40}[A-Za-z0-9+/=\\\\\\\\]{0,8000}?-----END PRIVATE KEY-----)","keywords":["private_key"],"tags":["google","gcp","private-key"]},{"id":"google-api-key","description":"Google API key (Google Cloud, Maps, Firebase)","severity":"high","regex":"\\\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])","keywords":["aiza"],"entropy":3.5,"tags":["google","key"]},{"id":"google-oauth-client-secret","description":"Google OAuth client secret","severity":"high","regex":"\\\\b(GOCSPX-[0-9A-Za-z_-]{28})(?![0-9A-Za-z_-])","keywords":["gocspx-"],"entropy":3.5,"tags":["google","oauth"]},{"id":"google-oauth-access-token","description":"Google OAuth access token","severity":"medium","regex":"\\\\b(ya29\\\\.[0-9A-Za-z_-]{30,2000})(?![0-9A-Za-z_.-])","keywords":["ya29."],"entropy":4,"tags":["google","oauth"]},{"id":"firebase-cloud-messaging-server-key","description":"Firebase Cloud Messaging legacy server key","severity":"high","regex":"\\\\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])","keywords":[":apa91b"],"entropy":4,"tags":["google","firebase","key"]},{"id":"google-oauth-refresh-token","description":"Google OAuth refresh token","severity":"high","regex":"(?<![A-Za-z0-9_/-])(1//0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])","keywords":["1//0"],"entropy":4,"tags":["google","oauth"]}]}},{"file":"rules/azure.yaml","data":{"rules":[{"id":"azure-storage-account-key","description":"Azure storage (or Cosmos DB) account key","severity":"critical","ignoreCase":true,"regex":"(?:\\\\bAccountKey=|(?:storage|account)[\\\\w.-]{0,20}?key[\\\\w.-]{0,10}?['\\"]?[ \\\\t]{0,4}(?:=|:|=>)[ \\\\t]{0,4}['\\"]?)([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])","keywords":["accountkey=","storage","account"],"entropy":4.5,"allow":{"regexes":["^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==$"]},"tags":["azure","key"]},{"id":"azure-connection-string-shared-access-key","description":"Azure Service Bus / Event Hubs / IoT Hub / Relay shared access key","severity":"high","regex":"\\\\bSharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])","keywords":["sharedaccesskey="],"entropy":4,"tags":["azure","key"]},{"id":"azure-sas-token","description":"Azure shared access signature (SAS) token","severity":"high","regex":"\\\\bsv=[0-9]{4}-[0-9]{2}-[0-9]{2}&[^\\\\s\\"'<>]{0,400}?\\\\bsig=([A-Za-z0-9%+/]{40,100}(?:%3D|=)?)","keywords":["sig="],"entropy":4,"tags":["azure","sas"]},{"id":"azure-ad-client-secret","description":"Microsoft Entra ID (Azure AD) application client secret","severity":"high","regex":"(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])","keywords":["q~"],"entropy":3.5,"tags":["azure","oauth"]},{"id":"azure-common-annotated-key","description":"Azure key in Microsoft's common annotated security key format","severity":"high","regex":"(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9])","keywords":["jqqj9"],"entropy":4,"tags":["azure","key"]}]}},{"file":"rules/private-keys.yaml","data":{"rules":[{"id":"private-key-rsa","description":"RSA private key (PEM, PKCS#1)","severity":"high","regex":"(-----BEGIN RSA PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END RSA PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","rsa"]},{"id":"private-key-ec","description":"EC private key (PEM, SEC1)","severity":"high","regex":"(-----BEGIN EC PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END EC PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","ec"]},{"id":"private-key-dsa","description":"DSA private key (PEM)","severity":"high","regex":"(-----BEGIN DSA PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END DSA PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","dsa"]},{"id":"private-key-openssh","description":"OpenSSH private key (unencrypted)","severity":"high","regex":"(-----BEGIN OPENSSH PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ[A-Za-z0-9+/]{8}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END OPENSSH PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","ssh"]},{"id":"private-key-pkcs8","description":"Private key (PEM, PKCS#8)","severity":"high","regex":"(-----BEGIN PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,16000}?-----END PRIVATE KEY-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","pkcs8"]},{"id":"private-key-pgp","description":"OpenPGP private key block","severity":"high","regex":"(-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)[A-Za-z-]{2,20}: [^\\\\r\\\\n\\\\\\\\]{0,200}){0,6}(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n){1,2}[ \\\\t\\"']{0,8}[A-Za-z0-9+/]{40}(?:[A-Za-z0-9+/=\\\\s\\\\\\\\\\"',]{0,40000}?-----END PGP PRIVATE KEY BLOCK-----)?)","keywords":["-----begin"],"entropy":4,"tags":["private-key","pgp"]},{"id":"private-key-putty","description":"PuTTY private key file (unencrypted)","severity":"high","regex":"(PuTTY-User-Key-File-[23]: (?:ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp(?:256|384|521))(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Encryption: none)\\\\b","keywords":["putty-user-key-file-"],"tags":["private-key","ssh","putty"]},{"id":"private-key-encrypted","description":"Encrypted private key (PEM with a passphrase)","severity":"low","regex":"(-----BEGIN ENCRYPTED PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}[A-Za-z0-9+/]{40}|-----BEGIN (?:RSA|EC|DSA) PRIVATE KEY-----(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Proc-Type: 4,ENCRYPTED)","keywords":["-----begin"],"tags":["private-key","encrypted"]},{"id":"private-key-openssh-encrypted","description":"OpenSSH private key (encrypted with a passphrase)","severity":"low","regex":"(-----BEGIN OPENSSH PRIVATE KEY-----(?:\\\\\\\\{1,2}[rn]|[\\\\r\\\\n \\\\t\\"'+,]){1,24}b3BlbnNzaC1rZXktdjEAAAAA(?!BG5vbmU)[A-Za-z0-9+/]{20})","keywords":["-----begin"],"tags":["private-key","ssh","encrypted"]},{"id":"private-key-putty-encrypted","description":"PuTTY private key file (encrypted with a passphrase)","severity":"low","regex":"(PuTTY-User-Key-File-[23]: (?:ssh-rsa|ssh-dss|ssh-ed25519|ssh-ed448|ecdsa-sha2-nistp(?:256|384|521))(?:\\\\\\\\r\\\\\\\\n|\\\\\\\\n|\\\\r?\\\\n)Encryption: (?!none\\\\b)[a-z0-9-]{3,30})","keywords":["putty-user-key-file-"],"tags":["private-key","ssh","putty","encrypted"]},{"id":"age-secret-key","description":"age encryption secret key","severity":"high","regex":"\\\\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])","keywords":["age-secret-key-1"],"validate":"bech32-checksum","tags":["private-key","age"]},{"id":"nats-nkey-seed","description":"NATS NKey seed (the private key of a NATS user, account, operator or server)","severity":"high","regex":"(?<![A-Za-z0-9])(S[UAONCX]A[A-Z2-7]{55})(?![A-Za-z0-9])","keywords":["nkey","nats","seed"],"entropy":4,"tags":["private-key","nats"]},{"id":"jwk-private-key","description":"Private key in JSON Web Key format (RSA/EC/OKP with \\"d\\", or a symmetric \\"oct\\" key)","severity":"high","regex":"\\"kty\\"[ \\\\t]*:[ \\\\t]*\\"(?:(?:RSA|EC|OKP)\\"[^{}]{0,2000}?\\"d\\"|oct\\"[^{}]{0,2000}?\\"k\\")[ \\\\t]*:[ \\\\t]*\\"([A-Za-z0-9_-]{16,2000})\\"","keywords":["\\"kty\\""],"entropy":4,"tags":["private-key","jwk"]}]}},{"file":"rules/algolia.yaml","data":{"rules":[{"id":"algolia-admin-api-key","description":"Algolia admin or write API key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?algolia[\\\\w.-]{0,30}?(?:admin|write|secret|private)[\\\\w.-]{0,20}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([a-f0-9]{32})(?![a-z0-9_-])","keywords":["algolia"],"entropy":3,"tags":["algolia","key"]}]}},{"file":"rules/alibaba.yaml","data":{"rules":[{"id":"alibaba-access-key-id","description":"Alibaba Cloud AccessKey ID","severity":"medium","regex":"\\\\b(LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9_])","keywords":["ltai"],"entropy":3.5,"identifier":true,"tags":["alibaba","token"]}]}},{"file":"rules/anthropic.yaml","data":{"rules":[{"id":"anthropic-api-key","description":"Anthropic API key","severity":"high","regex":"\\\\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","keywords":["sk-ant-api03-"],"entropy":4,"tags":["anthropic","key"]},{"id":"anthropic-admin-key","description":"Anthropic Admin API key","severity":"critical","regex":"\\\\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])","keywords":["sk-ant-admin01-"],"entropy":4,"tags":["anthropic","key"]}]}},{"file":"rules/atlassian.yaml","data":{"rules":[{"id":"atlassian-api-token","description":"Atlassian Cloud API token (Jira, Confluence)","severity":"high","regex":"\\\\b(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])","keywords":["atatt3"],"entropy":4,"tags":["atlassian","token"]},{"id":"bitbucket-app-password","description":"Bitbucket app password","severity":"high","regex":"\\\\b(ATBB[A-Za-z0-9_=.-]{32})(?![A-Za-z0-9_=.-])","keywords":["atbb"],"entropy":3.5,"tags":["atlassian","bitbucket","password"]}]}},{"file":"rules/brevo.yaml","data":{"rules":[{"id":"brevo-api-key","description":"Brevo (Sendinblue) API or SMTP key","severity":"high","regex":"\\\\b(x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])","keywords":["xkeysib-","xsmtpsib-"],"entropy":3.5,"tags":["brevo","token"]}]}},{"file":"rules/clojars.yaml","data":{"rules":[{"id":"clojars-deploy-token","description":"Clojars deploy token","severity":"high","regex":"\\\\b(CLOJARS_[a-z0-9]{60})(?![A-Za-z0-9_])","keywords":["clojars_"],"entropy":3.5,"tags":["clojars","token"]}]}},{"file":"rules/cloudflare.yaml","data":{"rules":[{"id":"cloudflare-api-credential","description":"Cloudflare API key or token (prefixed format)","severity":"critical","regex":"\\\\b(cf(?:k|ut|at)_[A-Za-z0-9]{46,50})(?![A-Za-z0-9_])","keywords":["cfk_","cfut_","cfat_"],"entropy":4,"tags":["cloudflare","token"]},{"id":"cloudflare-api-token","description":"Cloudflare API token","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:cloudflare|cf)[_.-]?(?:api[_.-]?)?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["cloudflare","cf_api","cf-api","cf_token","cf-token","cfapi"],"entropy":3.5,"tags":["cloudflare","token"]},{"id":"cloudflare-global-api-key","description":"Cloudflare global API key","severity":"critical","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:cloudflare|cf|x-auth)[_.-]?(?:api[_.-]?|auth[_.-]?)?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{37})(?![0-9a-z_-])","keywords":["cloudflare","cf_api","cf-api","cf_key","x-auth-key","cfapi"],"entropy":3,"tags":["cloudflare","key"]},{"id":"cloudflare-origin-ca-key","description":"Cloudflare origin CA key","severity":"high","regex":"\\\\b(v1\\\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9_-])","keywords":["v1.0-"],"entropy":3,"tags":["cloudflare","key"]}]}},{"file":"rules/databricks.yaml","data":{"rules":[{"id":"databricks-api-token","description":"Databricks personal access token","severity":"high","regex":"\\\\b(dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])","keywords":["dapi"],"entropy":3,"tags":["databricks","token"]},{"id":"databricks-oauth-secret","description":"Databricks service principal OAuth secret","severity":"high","regex":"\\\\b(dose[a-f0-9]{32})(?![A-Za-z0-9_-])","keywords":["dose"],"entropy":3,"tags":["databricks","oauth"]}]}},{"file":"rules/datadog.yaml","data":{"rules":[{"id":"datadog-api-key","description":"Datadog API key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:datadog|dd)[_.-]?api[_.-]?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{32})(?![0-9a-z_-])","keywords":["datadog","dd_api","dd-api","ddapi","dd.api"],"entropy":3,"tags":["datadog","key"]},{"id":"datadog-app-key","description":"Datadog application key","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{40})(?![0-9a-z_-])","keywords":["datadog","dd_app","dd-app","ddapp","dd.app"],"entropy":3,"tags":["datadog","key"]}]}},{"file":"rules/digitalocean.yaml","data":{"rules":[{"id":"digitalocean-pat","description":"DigitalOcean personal access token","severity":"high","regex":"\\\\b(dop_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["dop_v1_"],"entropy":3,"tags":["digitalocean","token"]},{"id":"digitalocean-oauth-token","description":"DigitalOcean OAuth access token","severity":"high","regex":"\\\\b(doo_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["doo_v1_"],"entropy":3,"tags":["digitalocean","token"]},{"id":"digitalocean-refresh-token","description":"DigitalOcean OAuth refresh token","severity":"high","regex":"\\\\b(dor_v1_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["dor_v1_"],"entropy":3,"tags":["digitalocean","token"]}]}},{"file":"rules/discord.yaml","data":{"rules":[{"id":"discord-bot-token","description":"Discord bot token","severity":"high","regex":"\\\\b([MNO][A-Za-z0-9_-]{23,27}\\\\.[A-Za-z0-9_-]{6}\\\\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])","keywords":["discord"],"entropy":4,"tags":["discord","token"]},{"id":"discord-webhook-url","description":"Discord webhook URL","severity":"medium","regex":"\\\\bdiscord(?:app)?\\\\.com/api/webhooks/([0-9]{17,20}/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])","keywords":["/api/webhooks/"],"entropy":4,"tags":["discord","webhook"]}]}},{"file":"rules/docker.yaml","data":{"rules":[{"id":"dockerhub-pat","description":"Docker Hub personal or organization access token","severity":"high","regex":"\\\\b(dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,64})(?![A-Za-z0-9_-])","keywords":["dckr_pat_","dckr_oat_"],"entropy":3.5,"tags":["docker","token"]},{"id":"docker-config-auth","description":"Registry credentials in a Docker config.json (\\"auth\\" is base64 of user:password)","severity":"high","regex":"\\"auth\\"[ \\\\t]*:[ \\\\t]*\\"([A-Za-z0-9+/]{8,400}={0,2})\\"","keywords":["\\"auth\\""],"validate":"basic-auth-base64","tags":["docker","password"]},{"id":"docker-swarm-join-token","description":"Docker Swarm join token","severity":"high","regex":"\\\\b(SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25})(?![0-9a-z])","keywords":["swmtkn-1-"],"entropy":3.5,"tags":["docker","token"]},{"id":"docker-swarm-unlock-key","description":"Docker Swarm unlock key","severity":"high","regex":"\\\\b(SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])","keywords":["swmkey-1-"],"entropy":4,"tags":["docker","key"]}]}},{"file":"rules/doppler.yaml","data":{"rules":[{"id":"doppler-token","description":"Doppler API token","severity":"high","regex":"\\\\b(dp\\\\.(?:pt|st|ct|sa|scim|audit)\\\\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_])","keywords":["dp.pt.","dp.st.","dp.ct.","dp.sa.","dp.scim.","dp.audit."],"entropy":4,"tags":["doppler","token"]}]}},{"file":"rules/dynatrace.yaml","data":{"rules":[{"id":"dynatrace-api-token","description":"Dynatrace API token","severity":"high","regex":"\\\\b(dt0c01\\\\.[A-Z0-9]{24}\\\\.[A-Z0-9]{64})(?![A-Za-z0-9_.-])","keywords":["dt0c01."],"entropy":4,"tags":["dynatrace","token"]}]}},{"file":"rules/figma.yaml","data":{"rules":[{"id":"figma-pat","description":"Figma personal access token","severity":"high","regex":"\\\\b(figd_[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["figd_"],"entropy":4,"tags":["figma","token"]}]}},{"file":"rules/flyio.yaml","data":{"rules":[{"id":"flyio-access-token","description":"Fly.io access token","severity":"high","regex":"\\\\b(fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4000}={0,3})(?![A-Za-z0-9+/=_-])","keywords":["fo1_","fm1a_","fm1r_","fm2_"],"entropy":4,"tags":["flyio","token"]}]}},{"file":"rules/grafana.yaml","data":{"rules":[{"id":"grafana-service-account-token","description":"Grafana service account token","severity":"high","regex":"\\\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_])","keywords":["glsa_"],"entropy":3.5,"tags":["grafana","token"]},{"id":"grafana-cloud-token","description":"Grafana Cloud access policy token","severity":"high","regex":"\\\\b(glc_eyJ[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["glc_eyj"],"entropy":4,"tags":["grafana","token"]},{"id":"grafana-api-key","description":"Grafana API key (legacy)","severity":"high","regex":"\\\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["eyjrijoi"],"entropy":4,"tags":["grafana","token"]}]}},{"file":"rules/groq.yaml","data":{"rules":[{"id":"groq-api-key","description":"Groq API key","severity":"high","regex":"\\\\b(gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])","keywords":["gsk_"],"entropy":4,"tags":["groq","token"]}]}},{"file":"rules/hashicorp.yaml","data":{"rules":[{"id":"vault-service-token","description":"HashiCorp Vault service token","severity":"high","regex":"\\\\b(hvs\\\\.[A-Za-z0-9_-]{90,120})(?![A-Za-z0-9_-])","keywords":["hvs."],"entropy":4,"tags":["hashicorp","vault","token"]},{"id":"vault-batch-token","description":"HashiCorp Vault batch token","severity":"high","regex":"\\\\b(hvb\\\\.[A-Za-z0-9_-]{138,300})(?![A-Za-z0-9_-])","keywords":["hvb."],"entropy":4,"tags":["hashicorp","vault","token"]},{"id":"vault-legacy-token","description":"HashiCorp Vault token (legacy s. format, named)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?vault[\\\\w.-]{0,30}?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?(s\\\\.[A-Za-z0-9]{24})(?![A-Za-z0-9_.-])","keywords":["vault"],"entropy":3.5,"tags":["hashicorp","vault","token"]},{"id":"terraform-cloud-api-token","description":"Terraform Cloud / Enterprise API token","severity":"high","regex":"\\\\b([A-Za-z0-9]{14}\\\\.atlasv1\\\\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])","keywords":[".atlasv1."],"entropy":4,"tags":["hashicorp","terraform","token"]}]}},{"file":"rules/heroku.yaml","data":{"rules":[{"id":"heroku-api-key","description":"Heroku API key","severity":"high","regex":"\\\\b(HRKU-[0-9A-Za-z_-]{36,64})(?![0-9A-Za-z_-])","keywords":["hrku-"],"entropy":4,"tags":["heroku","key"]},{"id":"heroku-legacy-api-key","description":"Heroku API key (legacy UUID format)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?heroku[\\\\w.-]{0,30}?(?:key|token|secret|password)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])","keywords":["heroku"],"entropy":3,"tags":["heroku","key"]}]}},{"file":"rules/huggingface.yaml","data":{"rules":[{"id":"huggingface-access-token","description":"Hugging Face user access token","severity":"high","regex":"\\\\b(hf_[A-Za-z]{34})(?![A-Za-z0-9_])","keywords":["hf_"],"entropy":3.8,"tags":["huggingface","token"]},{"id":"huggingface-org-token","description":"Hugging Face organization API token (legacy)","severity":"high","regex":"\\\\b(api_org_[A-Za-z]{34})(?![A-Za-z0-9_])","keywords":["api_org_"],"entropy":3.8,"tags":["huggingface","token"]}]}},{"file":"rules/jfrog.yaml","data":{"rules":[{"id":"jfrog-api-key","description":"JFrog Artifactory API key","severity":"high","regex":"\\\\b(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9_])","keywords":["akcp"],"entropy":4,"tags":["jfrog","token"]},{"id":"jfrog-reference-token","description":"JFrog access (reference) token","severity":"high","regex":"\\\\b(cmVmdGtu[A-Za-z0-9]{56})(?![A-Za-z0-9_])","keywords":["cmvmdgtu"],"entropy":4,"tags":["jfrog","token"]}]}},{"file":"rules/linear.yaml","data":{"rules":[{"id":"linear-api-key","description":"Linear personal API key","severity":"high","regex":"\\\\b(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_])","keywords":["lin_api_"],"entropy":3.5,"tags":["linear","key"]},{"id":"linear-oauth-token","description":"Linear OAuth access token","severity":"high","regex":"\\\\b(lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["lin_oauth_"],"entropy":3,"tags":["linear","oauth"]}]}},{"file":"rules/mailchimp.yaml","data":{"rules":[{"id":"mailchimp-api-key","description":"Mailchimp Marketing API key","severity":"high","regex":"\\\\b([0-9a-f]{32}-us[0-9]{1,2})(?![0-9a-zA-Z_-])","keywords":["-us"],"entropy":3,"tags":["mailchimp","key"]},{"id":"mailchimp-transactional-key","description":"Mailchimp Transactional (Mandrill) API key","severity":"high","regex":"\\\\b(md-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","keywords":["md-"],"entropy":3.5,"allow":{"regexes":["^md-[a-z]+(?:-{1,2}[a-z]+)+$"]},"tags":["mailchimp","key"]}]}},{"file":"rules/mailgun.yaml","data":{"rules":[{"id":"mailgun-api-key","description":"Mailgun private API key","severity":"high","regex":"\\\\b(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![0-9a-zA-Z_-])","keywords":["key-","mailgun"],"entropy":3,"tags":["mailgun","key"]}]}},{"file":"rules/mapbox.yaml","data":{"rules":[{"id":"mapbox-secret-token","description":"Mapbox secret access token","severity":"high","regex":"\\\\b(sk\\\\.eyJ1Ijoi[A-Za-z0-9_-]{10,200}\\\\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_.-])","keywords":["sk.eyj1ijoi"],"entropy":4,"tags":["mapbox","token"]}]}},{"file":"rules/netlify.yaml","data":{"rules":[{"id":"netlify-access-token","description":"Netlify personal access token","severity":"high","regex":"\\\\b(nfp_[A-Za-z0-9]{36,40})(?![A-Za-z0-9_])","keywords":["nfp_"],"entropy":4,"tags":["netlify","token"]}]}},{"file":"rules/newrelic.yaml","data":{"rules":[{"id":"newrelic-user-api-key","description":"New Relic user API key","severity":"high","regex":"\\\\b(NRAK-[A-Z0-9]{27})(?![A-Za-z0-9_-])","keywords":["nrak-"],"entropy":3.5,"tags":["newrelic","key"]},{"id":"newrelic-license-key","description":"New Relic ingest license key","severity":"high","regex":"\\\\b([a-z]{2}[0-9]{2}x[a-f0-9]{31}NRAL|[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])","keywords":["nral"],"entropy":3,"tags":["newrelic","key"]},{"id":"newrelic-insert-key","description":"New Relic insert key","severity":"high","regex":"\\\\b(NRII-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])","keywords":["nrii-"],"entropy":3.5,"tags":["newrelic","key"]},{"id":"newrelic-browser-key","description":"New Relic browser API key","severity":"low","regex":"\\\\b(NRJS-[a-f0-9]{19})(?![A-Za-z0-9_-])","keywords":["nrjs-"],"entropy":3,"tags":["newrelic","key"]}]}},{"file":"rules/notion.yaml","data":{"rules":[{"id":"notion-integration-token","description":"Notion integration token","severity":"high","regex":"\\\\b(ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])","keywords":["ntn_"],"entropy":3.5,"tags":["notion","token"]},{"id":"notion-legacy-token","description":"Notion integration token (legacy secret_ format)","severity":"high","regex":"\\\\b(secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])","keywords":["secret_"],"entropy":4,"tags":["notion","token"]}]}},{"file":"rules/npm.yaml","data":{"rules":[{"id":"npm-access-token","description":"npm access token","severity":"high","regex":"\\\\b(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])","keywords":["npm_"],"validate":"npm-token-checksum","tags":["npm","token"]},{"id":"npm-legacy-auth-token","description":"npm legacy auth token (UUID) in .npmrc","severity":"high","regex":"_authToken[ \\\\t]*=[ \\\\t]*[\\"']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-zA-Z-])","keywords":["_authtoken"],"entropy":3,"tags":["npm","token"]},{"id":"npm-basic-auth","description":"npm registry basic auth (_auth, base64 of user:password) in .npmrc","severity":"high","regex":"(?:^|[:\\\\s])_auth[ \\\\t]*=[ \\\\t]*[\\"']?([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["_auth"],"validate":"basic-auth-base64","tags":["npm","password"]}]}},{"file":"rules/nuget.yaml","data":{"rules":[{"id":"nuget-api-key","description":"NuGet API key","severity":"high","regex":"\\\\b(oy2[a-p][0-9a-z]{15}[aq][0-9a-z]{11}[eu][bdfhjlnprtvxz357][a-p][0-9a-z]{11}[aeimquy4])(?![a-z0-9])","keywords":["oy2"],"entropy":3.5,"tags":["nuget","token"]}]}},{"file":"rules/okta.yaml","data":{"rules":[{"id":"okta-api-token","description":"Okta API token","severity":"high","ignoreCase":true,"regex":"(?:\\\\b[\\\\w.-]{0,30}?okta[\\\\w.-]{0,30}?(?:token|key|secret)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?|\\\\bSSWS[ \\\\t]+)(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])","keywords":["okta","ssws"],"entropy":3.5,"tags":["okta","token"]}]}},{"file":"rules/onepassword.yaml","data":{"rules":[{"id":"onepassword-service-account-token","description":"1Password service account token","severity":"critical","regex":"\\\\b(ops_eyJ[A-Za-z0-9+/_-]{250,2000}={0,3})(?![A-Za-z0-9+/=_-])","keywords":["ops_eyj"],"entropy":4.5,"tags":["onepassword","token"]}]}},{"file":"rules/openai.yaml","data":{"rules":[{"id":"openai-api-key","description":"OpenAI API key","severity":"high","regex":"\\\\b(sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])","keywords":["t3blbkfj"],"entropy":4,"tags":["openai","key"]}]}},{"file":"rules/paypal.yaml","data":{"rules":[{"id":"braintree-access-token","description":"Braintree (PayPal) production access token","severity":"high","regex":"\\\\b(access_token\\\\$production\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![0-9a-zA-Z])","keywords":["access_token$production$"],"entropy":3,"tags":["paypal","braintree","token"]},{"id":"braintree-sandbox-access-token","description":"Braintree (PayPal) sandbox access token","severity":"low","regex":"\\\\b(access_token\\\\$sandbox\\\\$[0-9a-z]{16}\\\\$[0-9a-f]{32})(?![0-9a-zA-Z])","keywords":["access_token$sandbox$"],"entropy":3,"tags":["paypal","braintree","token","test-mode"]},{"id":"paypal-client-secret","description":"PayPal REST API client secret","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?paypal[\\\\w.-]{0,30}?secret[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([A-Za-z0-9_-]{80})(?![A-Za-z0-9_-])","keywords":["paypal"],"entropy":4,"tags":["paypal","oauth"]}]}},{"file":"rules/perplexity.yaml","data":{"rules":[{"id":"perplexity-api-key","description":"Perplexity API key","severity":"high","regex":"\\\\b(pplx-[A-Za-z0-9]{48,56})(?![A-Za-z0-9_-])","keywords":["pplx-"],"entropy":4,"tags":["perplexity","token"]}]}},{"file":"rules/planetscale.yaml","data":{"rules":[{"id":"planetscale-token","description":"PlanetScale service token, OAuth token or database password","severity":"high","regex":"\\\\b(pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])","keywords":["pscale_tkn_","pscale_oauth_","pscale_pw_"],"entropy":4,"tags":["planetscale","token"]}]}},{"file":"rules/postman.yaml","data":{"rules":[{"id":"postman-api-key","description":"Postman API key","severity":"high","regex":"\\\\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34}|PMAT-[0-9A-Z]{26})(?![A-Za-z0-9_-])","keywords":["pmak-","pmat-"],"entropy":3,"tags":["postman","key"]}]}},{"file":"rules/pulumi.yaml","data":{"rules":[{"id":"pulumi-access-token","description":"Pulumi access token","severity":"high","regex":"\\\\b(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])","keywords":["pul-"],"entropy":3,"tags":["pulumi","token"]}]}},{"file":"rules/pypi.yaml","data":{"rules":[{"id":"pypi-api-token","description":"PyPI API token","severity":"high","regex":"\\\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","keywords":["pypi-ageichlwas5vcmc"],"entropy":4,"tags":["pypi","token"]},{"id":"pypi-test-api-token","description":"TestPyPI API token","severity":"low","regex":"\\\\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})(?![A-Za-z0-9_-])","keywords":["pypi-agendgvzdc5wexbplm9yzw"],"entropy":4,"tags":["pypi","token","test-mode"]}]}},{"file":"rules/replicate.yaml","data":{"rules":[{"id":"replicate-api-token","description":"Replicate API token","severity":"high","regex":"\\\\b(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])","keywords":["r8_"],"entropy":4,"tags":["replicate","token"]}]}},{"file":"rules/rubygems.yaml","data":{"rules":[{"id":"rubygems-api-key","description":"RubyGems API key","severity":"high","regex":"\\\\b(rubygems_[a-f0-9]{48})(?![A-Za-z0-9_])","keywords":["rubygems_"],"entropy":3,"tags":["rubygems","token"]}]}},{"file":"rules/sendgrid.yaml","data":{"rules":[{"id":"sendgrid-api-key","description":"SendGrid API key","severity":"high","regex":"\\\\b(SG\\\\.[A-Za-z0-9_-]{22}\\\\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","keywords":["sg."],"entropy":4,"tags":["sendgrid","key"]}]}},{"file":"rules/sentry.yaml","data":{"rules":[{"id":"sentry-user-token","description":"Sentry user auth token","severity":"high","regex":"\\\\b(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])","keywords":["sntryu_"],"entropy":3,"tags":["sentry","token"]},{"id":"sentry-org-token","description":"Sentry organization auth token","severity":"high","regex":"\\\\b(sntrys_eyJ[A-Za-z0-9+/]{30,400}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_])","keywords":["sntrys_eyj"],"entropy":4,"tags":["sentry","token"]},{"id":"sentry-auth-token","description":"Sentry auth token (legacy, 64 hex characters)","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?sentry[\\\\w.-]{0,30}?token[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-f]{64})(?![0-9a-z_-])","keywords":["sentry"],"entropy":3,"tags":["sentry","token"]}]}},{"file":"rules/shopify.yaml","data":{"rules":[{"id":"shopify-access-token","description":"Shopify Admin API access token","severity":"high","regex":"\\\\b(shpat_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpat_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-custom-app-token","description":"Shopify custom app access token","severity":"high","regex":"\\\\b(shpca_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpca_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-private-app-token","description":"Shopify private app password","severity":"high","regex":"\\\\b(shppa_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shppa_"],"entropy":3,"tags":["shopify","token"]},{"id":"shopify-shared-secret","description":"Shopify app shared secret","severity":"high","regex":"\\\\b(shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])","keywords":["shpss_"],"entropy":3,"tags":["shopify","secret"]}]}},{"file":"rules/sonarqube.yaml","data":{"rules":[{"id":"sonarqube-token","description":"SonarQube token","severity":"high","regex":"\\\\b(sq[uap]_[a-f0-9]{40})(?![A-Za-z0-9_])","keywords":["squ_","sqp_","sqa_"],"entropy":3,"tags":["sonarqube","token"]}]}},{"file":"rules/square.yaml","data":{"rules":[{"id":"square-access-token","description":"Square access token","severity":"high","regex":"\\\\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])","keywords":["eaaa","sq0atp-"],"entropy":3.5,"tags":["square","token"]},{"id":"square-oauth-secret","description":"Square OAuth application secret","severity":"high","regex":"\\\\b(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])","keywords":["sq0csp-"],"entropy":3.5,"tags":["square","oauth"]}]}},{"file":"rules/supabase.yaml","data":{"rules":[{"id":"supabase-access-token","description":"Supabase personal access token","severity":"high","regex":"\\\\b(sbp_(?:v0_)?[a-f0-9]{40})(?![A-Za-z0-9_])","keywords":["sbp_"],"entropy":3,"tags":["supabase","token"]},{"id":"supabase-secret-key","description":"Supabase secret API key","severity":"high","regex":"\\\\b(sb_secret_[A-Za-z0-9_-]{31,64})(?![A-Za-z0-9_-])","keywords":["sb_secret_"],"entropy":3.5,"tags":["supabase","token"]}]}},{"file":"rules/tailscale.yaml","data":{"rules":[{"id":"tailscale-key","description":"Tailscale auth, API or OAuth client key","severity":"high","regex":"\\\\b(tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])","keywords":["tskey-"],"entropy":4,"tags":["tailscale","token"]}]}},{"file":"rules/telegram.yaml","data":{"rules":[{"id":"telegram-bot-token","description":"Telegram bot token","severity":"high","regex":"(?:(?<![A-Za-z0-9_:-])|(?<=[A-Za-z_\\"']:)|(?<=/bot))([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])","keywords":[":aa"],"entropy":3.5,"tags":["telegram","token"]}]}},{"file":"rules/twilio.yaml","data":{"rules":[{"id":"twilio-auth-token","description":"Twilio auth token or API key secret","severity":"high","ignoreCase":true,"regex":"\\\\b[\\\\w.-]{0,30}?twilio[\\\\w.-]{0,30}?(?:auth[_.-]?token|secret|api[_.-]?key[_.-]?secret)[\\\\w.-]{0,12}?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}['\\"\`]?([0-9a-z]{32})(?![0-9a-z_-])","keywords":["twilio"],"entropy":3.2,"tags":["twilio","token"]}]}},{"file":"rules/xai.yaml","data":{"rules":[{"id":"xai-api-key","description":"xAI API key","severity":"high","regex":"\\\\b(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])","keywords":["xai-"],"entropy":4,"tags":["xai","token"]}]}},{"file":"rules/urls.yaml","data":{"rules":[{"id":"postgres-url-password","description":"PostgreSQL connection URL with a password","severity":"high","regex":"\\\\b(?:postgres(?:ql)?|jdbc:postgresql|postgis)://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["postgres","postgis"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"mysql-url-password","description":"MySQL / MariaDB connection URL with a password","severity":"high","regex":"\\\\b(?:mysql|mysql\\\\+\\\\w{1,20}|mariadb|jdbc:mysql|jdbc:mariadb)://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["mysql","mariadb"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"mongodb-url-password","description":"MongoDB connection URL with a password","severity":"high","regex":"\\\\bmongodb(?:\\\\+srv)?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["mongodb"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"redis-url-password","description":"Redis connection URL with a password","severity":"high","regex":"\\\\brediss?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["redis"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["database","password","url"]},{"id":"amqp-url-password","description":"AMQP (RabbitMQ) connection URL with a password","severity":"high","regex":"\\\\bamqps?://[^:@/\\\\s'\\"<>\\\\\\\\]{0,100}:([^@/\\\\s'\\"<>\\\\\\\\]{1,128})@[A-Za-z0-9._-]{1,253}","keywords":["amqp"],"validate":"url-password","allow":{"target":"match","regexes":["://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["broker","password","url"]},{"id":"url-basic-auth","description":"Credentials in a URL (scheme://user:password@host), any scheme","severity":"medium","fallback":true,"regex":"\\\\b[A-Za-z][A-Za-z0-9+.-]{1,30}://[^:/\\\\s'\\"<>\\\\\\\\]{1,100}:([^@/\\\\s'\\"<>\\\\\\\\]{3,128})@[A-Za-z0-9._-]{1,253}","keywords":["://"],"scope":"line","validate":"url-password","allow":{"target":"match","regexes":["@(?:[\\\\w-]+\\\\.)*(?:example\\\\.(?:com|org|net)|[\\\\w-]+\\\\.(?:example|test|invalid))(?![\\\\w.-])","://([^:/\\\\s@]{1,100}):\\\\1@"]},"tags":["password","url"]}]}},{"file":"rules/generic.yaml","data":{"rules":[{"id":"jwt-token","description":"JSON Web Token (signed)","severity":"medium","fallback":true,"regex":"\\\\b(eyJ[A-Za-z0-9_-]{10,4000}\\\\.eyJ[A-Za-z0-9_-]{10,8000}\\\\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])","keywords":["eyj"],"validate":"jwt","allow":{"regexes":["\\\\.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$"]},"tags":["jwt","token"]},{"id":"http-basic-auth-header","description":"HTTP basic auth credentials in an Authorization header","severity":"high","ignoreCase":true,"regex":"\\\\bAuthorization[\\"']?[ \\\\t]{0,4}[:=,][ \\\\t]{0,4}[\\"']?Basic[ \\\\t]+([A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])","keywords":["authorization"],"validate":"basic-auth-base64","tags":["http","password"]},{"id":"http-bearer-token","description":"Bearer token in an Authorization header","severity":"medium","fallback":true,"regex":"\\\\bBearer[ \\\\t]+([A-Za-z0-9_~+/.-]{20,2000}={0,2})(?![A-Za-z0-9_~+/.=-])","keywords":["bearer"],"entropy":3.5,"validate":"generic-secret","tags":["http","token"]},{"id":"curl-user-password","description":"Password passed to curl with -u / --user","severity":"medium","fallback":true,"regex":"\\\\bcurl\\\\b[^\\\\r\\\\n]{0,200}?[ \\\\t](?:-u|--user)(?:[ \\\\t]{1,4}|=)[\\"']?[^:\\\\s'\\"]{1,64}:([^\\\\s'\\"]{4,128})","keywords":["curl"],"validate":"password","tags":["password","http"]},{"id":"powershell-securestring-password","description":"Password converted with ConvertTo-SecureString -AsPlainText (PowerShell)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"\\\\bConvertTo-SecureString[ \\\\t]+(?:-String[ \\\\t]+)?\\\\\\\\?[\\"']([^\\"'\\\\r\\\\n\\\\\\\\]{4,128})\\\\\\\\?[\\"']","keywords":["convertto-securestring"],"validate":"password","tags":["password","powershell"]},{"id":"netrc-password","description":"Password in a .netrc entry (machine ... login ... password ...)","severity":"high","fallback":true,"regex":"\\\\bmachine[ \\\\t]+[^\\\\s]{1,253}[ \\\\t]+login[ \\\\t]+[^\\\\s]{1,128}[ \\\\t]+password[ \\\\t]+([^\\\\s'\\"\`]{4,256})","keywords":["machine"],"validate":"password","allow":{"target":"match","regexes":["^machine[ \\\\t]+(?:[\\\\w-]+\\\\.)*(?:example\\\\.(?:com|org|net)|[\\\\w-]+\\\\.(?:example|test|invalid|localhost)|localhost)[ \\\\t]"]},"tags":["password","netrc"]},{"id":"cli-password-argument","description":"Password passed as a command-line argument (--password X, -Password 'X', --passphrase X)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:^|[\\\\s\\"'(])--?(?:pass(?:word|wd|phrase)?|pwd|pw)(?:[ \\\\t]{1,4}|=)[\\"']?([^\\\\s\\"'\`;|&<>]{4,128})(?![^\\\\s\\"'\`;|&<>])","keywords":["-pass","-pw"],"validate":"password","tags":["password","cli"]},{"id":"cli-secret-argument","description":"Token or secret passed as a command-line argument (--token X, --api-key=X, -secret X)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:^|[\\\\s\\"'(])--?(?:[a-z0-9]{1,20}[_-]){0,3}(?:token|secret|api[_-]?key|access[_-]?key|auth[_-]?key)(?:[ \\\\t]{1,4}|=)[\\"']?([A-Za-z0-9+/=_.~-]{12,256})(?![A-Za-z0-9+/=_.~-])","keywords":["-token","-secret","-api-key","-api_key","-apikey","-access-key","-access_key","-auth-key"],"entropy":3,"validate":"generic-secret","tags":["generic","cli"]},{"id":"sql-password","description":"Password in SQL (IDENTIFIED BY '...', WITH PASSWORD '...')","severity":"medium","fallback":true,"ignoreCase":true,"regex":"\\\\b(?:CREATE|ALTER)[ \\\\t]+(?:USER|ROLE|LOGIN)\\\\b[^;\\\\r\\\\n]{0,200}?\\\\b(?:IDENTIFIED[ \\\\t]+(?:WITH[ \\\\t]+[\\\\w']{1,40}[ \\\\t]+)?BY|PASSWORD)[ \\\\t]+'?([^\\\\s';\\"\\\\\\\\<>\`]{4,128})'?","keywords":["identified","password"],"validate":"password","tags":["password","sql"]},{"id":"password-xml","description":"Password in an XML element or .NET/NuGet config (<password>...</password>, <add key=\\"Password\\" value=\\"...\\">)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?:<[\\\\w:.-]{0,30}?(?:passw(?:or)?d|passphrase|pwd)[\\\\w.-]{0,10}?(?:[ \\\\t]{1,4}[\\\\w:.-]{1,30}=\\"[^\\"<>\\\\r\\\\n]{0,60}\\"){0,4}[ \\\\t]{0,4}>|<add[ \\\\t]+key=\\"[\\\\w:. -]{0,30}?(?:passw(?:or)?d|pwd)[\\\\w. -]{0,10}?\\"[ \\\\t]+value=\\")([^<\\"\\\\r\\\\n]{4,128})(?=</|\\")","keywords":["pass","pwd"],"validate":"password","tags":["password"]},{"id":"password-constant-argument","description":"Password passed next to an upper-case password constant (CURLOPT_PASSWORD, \\"x\\"; define('DB_PASSWORD', 'x'))","severity":"medium","fallback":true,"regex":"\\\\b[A-Z0-9_]{0,40}?(?:PASSWORD|PASSWD|PASSWRD|PASSPHRASE|PWD|PASS)\\\\\\\\?[\\"']?[ \\\\t]{0,4},[ \\\\t]{0,4}\\\\\\\\?[\\"']([^\\"'\\\\r\\\\n\\\\\\\\]{4,128})\\\\\\\\?[\\"']","keywords":["pass","pwd"],"scope":"line","validate":"password","tags":["password"]},{"id":"password-assignment","description":"Password assigned in code or configuration (password = \\"...\\", DB_PASSWORD=..., Password=... in a connection string)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?<![\\\\w.-])[\\\\w.-]{0,40}?(?:pa?s{1,2}w(?:o?r)?d|passwort|passphrase|(?:(?<![a-z])|(?<=db|user|root|admin|sql|smtp|mail|ftp|ldap|redis|app|api|svc|sys|proxy|rpc|vnc|wifi|my))pass|(?<![a-z])pwd|(?<![a-z])pw)(?![a-z])[\\\\w.-]{0,40}?\\\\\\\\?['\\"]?\\\\]?(?:[ \\\\t]{0,4}:[ \\\\t]{0,4}[A-Za-z_][\\\\w.<>\\\\[\\\\]]{0,30})?[ \\\\t]{0,4}(?::=|=>|===?|!==?|=|:(?!:)|(?<=(?:passw(?:or)?d|passphrase)[\\"']?)[ \\\\t](?=[ \\\\t]{0,3}\\\\\\\\?[\\"'][^\\"'\\\\s]*[^A-Za-z\\"'\\\\s]))[ \\\\t]{0,4}\\\\\\\\?['\\"\`]?((?<=\\")[^\\"\\\\r\\\\n\\\\\\\\]{4,128}(?=\\\\\\\\?\\")|(?<=')[^'\\\\r\\\\n\\\\\\\\]{4,128}(?=')|[^\\\\s'\\"\`,;&<>\\\\\\\\]{4,128}(?![^\\\\s'\\"\`,;&<>\\\\\\\\]|\\\\\\\\{1,2}[A-Za-z]))","keywords":["pass","pw","psw","pssw","pasw"],"scope":"line","validate":"password","allow":{"target":"match","regexes":["^[\\\\w.-]{0,60}?(?:bypass|compass|passenger|passport|passive|passthrough|passage|surpass|trespass|encompass|passed|passes|passing|pass[_.-]?fail)","^[\\\\w.-]{0,60}?(?:pass\\\\w{0,20}?|pwd)[_.-]?(?:hash|digest|salt|field|label|hint|length|len|policy|regex|pattern|file|path|prompt|placeholder|reset|confirm|min|max|rule|changed|expir|encoder|validator|strength|url|required|enabled|visible|input|reminder|strategy|command|cmd|env|var|key|id|name|type|count|attempt|age|history|min|ref|secret[_.-]?ref|manager|store|column|col|param|attribute|attr|timeout|ttl|interval|lifetime|duration|retr(?:y|ies)|delay|provider|driver|algo|callback|controller|route|broker)","^[\\\\w.-]{0,30}?(?:reset|forgot(?:ten)?)[_.-]?pass"]},"tags":["password"]},{"id":"generic-secret","description":"High-entropy secret assigned to a secret-like name (secret, token, api_key, credentials...)","severity":"medium","fallback":true,"ignoreCase":true,"regex":"(?<![\\\\w.-])[\\\\w.-]{0,40}?(?:secret|token|credentials?|creds|auth(?:entication|orization)?(?![a-z])|(?:api|access|auth|authentication|private|client|signing|encryption|master|app|session|license|account|secret)[ _.-]?key)[\\\\w.-]{0,40}?\\\\\\\\?['\\"]?\\\\]?[ \\\\t]{0,4}(?::=|=>|=|:)[ \\\\t]{0,4}(?:[(\\\\[][ \\\\t]{0,4})?\\\\\\\\?['\\"\`]?((?<=\\")[^\\"\\\\s\\\\\\\\]{12,256}(?=\\\\\\\\?\\")|(?<=')[^'\\\\s\\\\\\\\]{12,256}(?=')|[A-Za-z0-9+/=_.~-]{12,256}(?![A-Za-z0-9+/=_.~(-]))","keywords":["secret","token","credential","creds","auth","api_key","api-key","api.key","apikey","access_key","access-key","access.key","accesskey","private_key","private-key","private.key","privatekey","client_key","client-key","client.key","clientkey","signing_key","signing-key","signing.key","signingkey","encryption_key","encryption-key","encryption.key","encryptionkey","master_key","master-key","master.key","masterkey","app_key","app-key","app.key","appkey","session_key","session-key","session.key","sessionkey","license_key","license-key","license.key","licensekey","account_key","account-key","account.key","accountkey","api key","access key","auth key","authentication key","private key","client key","signing key","encryption key","master key","app key","session key","license key","account key","secret key"],"scope":"line","entropy":3.2,"validate":"generic-secret","allow":{"target":"match","regexes":["^[\\\\w.-]{0,60}?(?:hash|digest|checksum|sha\\\\d{0,3}|md5|crc|fingerprint|etag|integrity|nonce|salt|signature|csrf|xsrf|page[_.-]?token|next[_.-]?token|continuation|public|publishable|uuid|guid)","^[\\\\w.-]{0,60}?(?:key[_.-]?(?:id|name|type|path|file|size|length|len|alias|version|vault|ref|pair|store|ring|board|word|frame|code)|token[_.-]?(?:type|url|uri|endpoint|name|id|ttl|expir|length|len|path|file|lifetime|prefix|header|field|count|limit|usage|iz|s?[_.-]?used)|secret[_.-]?(?:name|ref|id|arn|path|file|version|manager|store|provider|keeper|mount|engine)|auth[_.-]?(?:url|uri|type|method|mode|provider|endpoint|domain|server|header|scheme|service|realm|path|enabled|required|state|flow|code[_.-]?url))","^[a-z0-9]+(?:-[a-z0-9]+)+:[0-9a-f]{16}$"]},"tags":["generic"]}]}}]`);

// src/engine/checksums.ts
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var table;
function crc32(s) {
  const native = nodeZlib().crc32;
  return native ? native(s) >>> 0 : crc32Portable(s);
}
function crc32Portable(s) {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 4294967295;
  for (const byte of Buffer.from(s, "utf8")) crc = table[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}
function base62(n, width = 6) {
  let s = "";
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, "0");
}
function base32(bytes) {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8 | b) & 65535;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[value >>> bits - 5 & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[value << 5 - bits & 31];
  return out;
}
function crc32Base62Problem(token) {
  const body = token.slice(token.indexOf("_") + 1);
  if (!/^[A-Za-z0-9]{36}$/.test(body)) return "not 36 base62 characters after the prefix";
  return base62(crc32(body.slice(0, 30))) === body.slice(30) ? null : "bad checksum: the last 6 characters are not the CRC32 of the 30 before them";
}
function fineGrainedPatProblem(token) {
  if (!/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/.test(token)) return "not github_pat_ + 22 + _ + 59 base62 characters";
  const head = token.slice(0, -16);
  const expected = base32(nodeCrypto().createHash("sha256").update(head, "utf8").digest()).slice(0, 8);
  return expected === token.slice(-16, -8) ? null : "bad checksum: characters 78-85 are not the SHA-256 (base32) of the 77 before them";
}
function withCrc32Base62(prefix, random30) {
  return `${prefix}${random30}${base62(crc32(random30))}`;
}
function withFineGrainedChecksum(head77, tail8) {
  return `${head77}${base32(nodeCrypto().createHash("sha256").update(head77, "utf8").digest()).slice(0, 8)}${tail8}`;
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32_GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ BECH32_GEN[i]) >>> 0;
  }
  return chk;
}
function bech32Values(hrp, data) {
  const out = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >>> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  for (const c of data) out.push(BECH32.indexOf(c));
  return out;
}
function bech32Problem(s) {
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return "mixed case (Bech32 is all lower or all upper case)";
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf("1");
  const hrp = lower.slice(0, sep);
  const data = lower.slice(sep + 1);
  if (sep < 1 || data.length < 6 || [...data].some((c) => !BECH32.includes(c))) return "not Bech32 (human-readable part, 1, data)";
  return bech32Polymod(bech32Values(hrp, data)) === 1 ? null : "bad checksum: the Bech32 checksum does not hold";
}

// src/engine/validators.ts
function awsSecretShape(secret) {
  if (!/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return "not mixed case (random base64 has both)";
  if (/^[0-9a-fA-F]+$/.test(secret)) return "hexadecimal (a digest, not a key)";
  if (!/[0-9/+]/.test(secret) && secret.length >= 40) {
    if (/^(?:[A-Z][a-z]+)+$/.test(secret)) return "looks like an identifier (CamelCase words)";
  }
  return null;
}
function base64UrlJson(part) {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}
function jwtShape(secret) {
  const parts = secret.slice(Math.max(0, secret.indexOf("eyJ"))).split(".");
  if (parts.length !== 3) return "not three dot-separated parts";
  const header = base64UrlJson(parts[0]);
  if (!header) return "the header is not base64url-encoded JSON";
  if (typeof header.alg !== "string") return 'the header has no "alg"';
  if (header.alg.toLowerCase() === "none" || !parts[2]) return 'unsigned (alg "none"): it proves nothing';
  if (!base64UrlJson(parts[1])) return "the payload is not base64url-encoded JSON";
  return null;
}
function basicAuthBase64(secret) {
  let decoded;
  try {
    decoded = Buffer.from(secret, "base64").toString("utf8");
  } catch {
    return "not base64";
  }
  if (!/^[\x20-\x7e]+$/.test(decoded)) return "does not decode to printable text";
  const colon = decoded.indexOf(":");
  if (colon < 1) return "does not decode to user:password";
  return passwordProblem(decoded.slice(colon + 1), { quoted: true, url: true });
}
function isDeclared(match, line) {
  const at = line.indexOf(match);
  return at > 0 && /\b(?:var|let|const|val|auto|my|local|dim)\s+$/i.test(line.slice(Math.max(0, at - 12), at));
}
var VALIDATORS = {
  "aws-secret-shape": awsSecretShape,
  "github-token-checksum": (s) => crc32Base62Problem(s),
  "npm-token-checksum": (s) => crc32Base62Problem(s),
  "github-fine-grained-checksum": (s) => fineGrainedPatProblem(s),
  "bech32-checksum": (s) => bech32Problem(s),
  jwt: jwtShape,
  "basic-auth-base64": basicAuthBase64,
  "generic-secret": (s, ctx) => genericSecretProblem(s) ?? publicByDesign(s, ctx),
  password: (s, ctx) => passwordProblem(s, { quoted: isQuoted(s, ctx.match), declared: isDeclared(ctx.match, ctx.line) }),
  "url-password": (s) => passwordProblem(decodeURIComponentSafe(s), { quoted: true, url: true })
};
function publicByDesign(secret, ctx) {
  if (!/^[0-9a-f]{32}$/.test(secret) || !/\b(?:search_?)?api_?key\b["']?\s*[:=]/i.test(ctx.match)) return null;
  const around = ctx.around ?? ctx.line;
  if (/\bdocsearch\b|\bindex_?name\b/i.test(around)) return "an Algolia search-only key for a site search (DocSearch): public by design";
  return null;
}
function isQuoted(secret, match) {
  const at = match.lastIndexOf(secret);
  const before = at > 0 ? match[at - 1] : void 0;
  return before === '"' || before === "'" || before === "`" || before === ">";
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// src/engine/rule.ts
var RuleError = class extends Error {
  constructor(field, message) {
    super(`${field}: ${message}`);
    this.field = field;
  }
  field;
};
function compileRule(spec, index, options = {}) {
  const { safety, glob } = options;
  const flags = "gdm" + (spec.ignoreCase ? "i" : "");
  const regex = safety ? compileRegex(spec.regex, flags, "regex", safety) : void 0;
  const secretGroupOf = () => {
    const groups = countGroups(spec.regex);
    const group = spec.secretGroup ?? (groups.count > 0 ? 1 : 0);
    if (typeof group === "number" && group > groups.count) {
      throw new RuleError("secretGroup", `group ${group} does not exist (the regex has ${groups.count} capture group${groups.count === 1 ? "" : "s"})`);
    }
    if (typeof group === "string" && !groups.names.includes(group)) {
      throw new RuleError("secretGroup", `no group named "${group}" in the regex`);
    }
    return group;
  };
  let lazySecretGroup = safety ? secretGroupOf() : void 0;
  let validator;
  if (spec.validate !== void 0) {
    validator = VALIDATORS[spec.validate];
    if (!validator) throw new RuleError("validate", `unknown validator "${spec.validate}" (known: ${Object.keys(VALIDATORS).join(", ")})`);
  }
  const allow = spec.allow ?? {};
  const allowSources = allow.regexes ?? [];
  const allowRegexes = safety ? allowSources.map((src, i) => compileRegex(src, "i", `allow.regexes[${i}]`, safety)) : void 0;
  for (const kw of spec.keywords) {
    if (kw !== kw.toLowerCase()) throw new RuleError("keywords", `"${kw}" must be lowercase`);
  }
  let lazyRegex = regex;
  let lazySingleLine;
  let lazyAllow = allowRegexes;
  return {
    index,
    id: spec.id,
    description: spec.description,
    severity: spec.severity,
    get regex() {
      return lazyRegex ??= compileRegex(spec.regex, flags, "regex", void 0);
    },
    get secretGroup() {
      return lazySecretGroup ??= secretGroupOf();
    },
    keywords: spec.keywords,
    entropy: spec.entropy,
    validatorName: spec.validate,
    validator,
    fallback: spec.fallback ?? false,
    pair: spec.pair ? { rule: spec.pair.rule, within: spec.pair.within, required: spec.pair.required ?? false, ...spec.pair.severity ? { severity: spec.pair.severity } : {} } : void 0,
    get allowRegexes() {
      return lazyAllow ??= allowSources.map((src, i) => compileRegex(src, "i", `allow.regexes[${i}]`, void 0));
    },
    allowTarget: allow.target ?? "secret",
    stopwords: (allow.stopwords ?? []).map((w) => w.toLowerCase()),
    allowPaths: allow.paths?.length ? compileGlobs(allow.paths, glob) : void 0,
    tags: spec.tags ?? [],
    spec,
    get singleLine() {
      return lazySingleLine ??= spec.scope === "line" && !canSpanLines(spec.regex);
    }
  };
}
function compileGlobs(globs, glob) {
  if (!glob) throw new RuleError("allow.paths", "no glob compiler given");
  return glob(globs);
}
function compileRegex(source, flags, field, safety) {
  let re;
  try {
    re = new RegExp(source, flags);
  } catch (err) {
    const reason = err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
    throw new RuleError(field, `invalid regular expression: ${reason}`);
  }
  if (!safety) return re;
  const unsafe = safety(source);
  if (unsafe) throw new RuleError(field, unsafe);
  if (re.test("")) throw new RuleError(field, "matches the empty string");
  re.lastIndex = 0;
  return re;
}
function* captureGroups(source) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") yield { name: void 0, inner: i + 1 };
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        const close = source.indexOf(">", i + 3);
        yield { name: source.slice(i + 3, close), inner: close + 1 };
      }
    }
  }
}
function countGroups(source) {
  let count = 0;
  const names = [];
  for (const g of captureGroups(source)) {
    count++;
    if (g.name !== void 0) names.push(g.name);
  }
  return { count, names };
}
function canSpanLines(source) {
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (/[sWDnrpPcux0-9kv]/.test(e)) return true;
      i += 2;
    } else if (c === "[") {
      let j = i + 1;
      const negated = source[j] === "^";
      if (negated) j++;
      let body = "";
      for (; j < source.length && source[j] !== "]"; j++) {
        if (source[j] === "\\") {
          body += source.slice(j, j + 2);
          j++;
        } else body += source[j];
      }
      const hasNewline = /\\[sn]/.test(body);
      if (negated ? !hasNewline : /\\[snWDrpPux]/.test(body)) return true;
      i = j + 1;
    } else i++;
  }
  return false;
}

// src/config/load.ts
var MODULE_NAME = "leakguard";
var SEARCH_PLACES = [
  "package.json",
  ".leakguardrc",
  ".leakguardrc.json",
  ".leakguardrc.yaml",
  ".leakguardrc.yml",
  "leakguard.config.js",
  "leakguard.config.mjs",
  "leakguard.config.cjs"
];
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
async function loadConfig(options) {
  const specs = loadBuiltinSpecs();
  const found = options.noConfig ? null : await findUserConfig(options);
  const label = found ? displayPath(options.cwd, found.filepath) : null;
  const own = found?.config ?? {};
  if (found && label) {
    const { validateConfig } = await import("./validate-config-T3MQ2HKO.js");
    checkSchema(validateConfig, own, label, (path) => ruleIdAt(own, path));
  }
  const user = options.extra ? mergeUnder(options.extra, own) : own;
  return buildConfig(specs, user, label ?? "<config>", label);
}
function mergeUnder(extra, own) {
  const regexes = [...extra.allow?.regexes ?? [], ...own.allow?.regexes ?? []];
  return {
    ...own,
    rules: [...extra.rules ?? [], ...own.rules ?? []],
    ...regexes.length ? { allow: { ...own.allow, regexes } } : {}
  };
}
function loadBuiltinSpecs() {
  return builtin_rules_default.flatMap(({ data }) => data.rules);
}
async function buildConfig(builtin, user, file, label) {
  const specs = new Map(builtin.map((s) => [s.id, s]));
  const userIds = /* @__PURE__ */ new Set();
  const validateRule = user.rules?.length ? (await import("./validate-rule-2INXFWCP.js")).validateRule : void 0;
  for (const entry of user.rules ?? []) {
    const base = specs.get(entry.id);
    const merged = { ...base ?? {}, ...entry };
    if (!base) checkSchema(validateRule, merged, file, () => entry.id, `${entry.id}: `);
    specs.set(entry.id, merged);
    userIds.add(entry.id);
  }
  for (const id of user.disabledRules ?? []) {
    const spec = specs.get(id);
    if (!spec) throw new LeakguardError(`${file}: disabledRules: unknown rule "${id}"`);
    specs.set(id, { ...spec, enabled: false });
  }
  const global = user.allow ?? {};
  const safety = userIds.size || global.regexes?.length ? (await import("./regex-safety-2ZMMKYKA.js")).regexSafetyProblem : void 0;
  const needsGlobs = global.paths?.length || [...specs.values()].some((s) => s.allow?.paths?.length);
  const glob = needsGlobs ? await globCompiler() : void 0;
  (global.regexes ?? []).forEach((src, i) => {
    const problem = safety?.(src);
    if (problem) throw new LeakguardError(`${file}: allow.regexes[${i}]: ${problem}`);
  });
  const enabled = [...specs.values()].filter((s) => s.enabled !== false);
  const rules = enabled.map((spec, index) => {
    const withGlobal = global.regexes?.length || global.stopwords?.length ? {
      ...spec,
      allow: {
        ...spec.allow,
        regexes: [...spec.allow?.regexes ?? [], ...global.regexes ?? []],
        stopwords: [...spec.allow?.stopwords ?? [], ...global.stopwords ?? []]
      }
    } : spec;
    try {
      return compileRule(withGlobal, index, { safety: userIds.has(spec.id) ? safety : void 0, glob });
    } catch (err) {
      const where = builtin.includes(spec) ? builtinFileOf(spec.id) : file;
      if (err instanceof RuleError) throw new LeakguardError(`${where}: ${spec.id}: ${err.message}`);
      throw err;
    }
  });
  const ids = new Set(rules.map((r) => r.id));
  for (const r of rules) {
    if (r.pair && !ids.has(r.pair.rule)) {
      const where = userIds.has(r.id) ? file : builtinFileOf(r.id);
      throw new LeakguardError(`${where}: ${r.id}: pair.rule: unknown or disabled rule "${r.pair.rule}"`);
    }
  }
  return {
    ruleSet: buildRuleSet(rules, user.maxDecodeDepth ?? DEFAULT_DECODE_DEPTH),
    allowPaths: global.paths ?? [],
    allowPath: global.paths?.length ? glob(global.paths) : void 0,
    maxFileSize: parseSize(user.maxFileSize, file),
    file: label,
    aws: { accounts: { ...user.aws?.accounts ?? {} } },
    redactIds: user.redactIds ?? false
  };
}
function builtinFileOf(id) {
  for (const { file, data } of builtin_rules_default) {
    if (data.rules.some((r) => r.id === id)) return file;
  }
  return "rules";
}
async function globCompiler() {
  const { default: picomatch } = await import("./picomatch-NDLLURJ6.js");
  return (globs) => picomatch(globs, { dot: true });
}
function hasCandidate(dir, stopDir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const place of SEARCH_PLACES) {
      const p = join(d, place);
      if (!existsSync(p)) continue;
      checkCandidate(p, dir);
      if (place !== "package.json") return true;
      try {
        if (readFileSync(p, "utf8").includes(`"${MODULE_NAME}"`)) return true;
      } catch {
        return true;
      }
    }
    if (d === stopDir || dirname(d) === d) return false;
  }
}
function jsCandidate(dir, stopDir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    for (const place of SEARCH_PLACES.filter(isJs)) if (existsSync(join(d, place))) return join(d, place);
    if (d === stopDir || dirname(d) === d) return null;
  }
}
function checkCandidate(path, cwd) {
  const shown = displayPath(cwd, path);
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
  if (!stat.isFile()) throw new LeakguardError(`${shown}: is a ${stat.isDirectory() ? "directory" : "special file"}, not a config file (leakguard looks for its config there)`);
  try {
    accessSync(path, constants.R_OK);
  } catch (err) {
    throw new LeakguardError(`${shown}: cannot read: ${errorMessage(err)}`);
  }
}
async function loadCosmiconfig() {
  const mod = await import("./dist-A47Q2SYE.js");
  return mod.cosmiconfig ?? mod.default.cosmiconfig;
}
function refuseJs(shown) {
  throw new LeakguardError(
    `${shown}: a JavaScript config is not loaded when LEAKGUARD_NO_JS is set (code from the checked-out tree, e.g. a pull request from a fork): use .leakguardrc.yaml or .leakguardrc.json`
  );
}
var isJs = (path) => /\.[cm]?[jt]s$/i.test(path);
async function findUserConfig(options) {
  if (options.configFile) {
    const cosmiconfig2 = await loadCosmiconfig();
    const path = resolve(options.cwd, options.configFile);
    if (!existsSync(path)) throw new LeakguardError(`--config: ${options.configFile}: no such file`);
    if (noJavaScript() && isJs(path)) refuseJs(`--config: ${options.configFile}`);
    if (!statSync(path).isFile()) throw new LeakguardError(`--config: ${options.configFile}: not a file`);
    const explorer2 = cosmiconfig2(MODULE_NAME, { searchPlaces: SEARCH_PLACES, cache: false });
    try {
      const result = await explorer2.load(path);
      return { filepath: path, config: result?.config ?? {} };
    } catch (err) {
      throw new LeakguardError(`${options.configFile}: ${firstLine(errorMessage(err))}`);
    }
  }
  const stopDir = findRepoRoot(options.cwd) ?? options.cwd;
  if (!hasCandidate(options.cwd, stopDir)) return null;
  if (noJavaScript()) {
    const js = jsCandidate(options.cwd, stopDir);
    if (js) refuseJs(displayPath(options.cwd, js));
  }
  const cosmiconfig = await loadCosmiconfig();
  const explorer = cosmiconfig(MODULE_NAME, { searchPlaces: SEARCH_PLACES, searchStrategy: "global", stopDir, cache: false });
  try {
    const result = await explorer.search(options.cwd);
    return result && !result.isEmpty ? { filepath: result.filepath, config: result.config } : result ? { filepath: result.filepath, config: {} } : null;
  } catch (err) {
    const e = err;
    const where = e.filepath ? displayPath(options.cwd, e.filepath) : "config";
    throw new LeakguardError(`${where}: ${firstLine(errorMessage(err))}`);
  }
}
function findRepoRoot(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".git"))) return d;
    if (dirname(d) === d) return null;
  }
}
function displayPath(cwd, path) {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}
function firstLine(s) {
  const lines = s.split("\n").filter((l) => l.trim() && !/^(YAML|JSON) Error in /.test(l));
  return (lines[0] ?? s).trim();
}
var SIZE_UNITS = { "": 1, B: 1, K: 1024, KB: 1024, KIB: 1024, M: 1024 ** 2, MB: 1024 ** 2, MIB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3, GIB: 1024 ** 3 };
function parseSize(value, file, field = "maxFileSize") {
  if (value === void 0) return DEFAULT_MAX_FILE_SIZE;
  if (typeof value === "number") return value;
  const m = /^(\d+(?:\.\d+)?)\s*([A-Za-z]*)$/.exec(value.trim());
  const unit = m ? SIZE_UNITS[m[2].toUpperCase()] : void 0;
  if (!m || unit === void 0) throw new LeakguardError(`${file}: ${field}: "${value}" is not a size (e.g. 5000000, "512KB", "10MB")`);
  return Math.round(Number(m[1]) * unit);
}
function ruleIdAt(data, instancePath) {
  const m = /^\/rules\/(\d+)/.exec(instancePath);
  if (!m) return void 0;
  const rule = data.rules?.[Number(m[1])];
  return typeof rule?.id === "string" ? rule.id : `rules[${m[1]}]`;
}
function checkSchema(validate, data, file, idAt, prefix = "") {
  if (validate(data)) return;
  const errors = (validate.errors ?? []).filter((e2) => !["anyOf", "allOf", "if"].includes(e2.keyword));
  const e = errors[0] ?? validate.errors?.[0];
  if (!e) throw new LeakguardError(`${file}: invalid`);
  const id = prefix ? "" : idAt(e.instancePath);
  const missing = e.keyword === "required" ? String(e.params.missingProperty) : "";
  const field = [fieldOf(e), missing].filter(Boolean).join(".");
  throw new LeakguardError(`${file}: ${prefix}${id ? `${id}: ` : ""}${field ? `${field}: ` : ""}${describe(e)}`);
}
function fieldOf(e) {
  const parts = e.instancePath.split("/").slice(1);
  const inRule = parts[0] === "rules" && /^\d+$/.test(parts[1] ?? "");
  const rest = inRule ? parts.slice(2) : parts;
  return rest.reduce((acc, p) => /^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p, "");
}
var PATTERN_HINTS = {
  "^[a-z0-9]+(?:-[a-z0-9]+)+$": "must be kebab-case provider-kind (e.g. acme-api-key)",
  "^[\\x21-\\x40\\x5b-\\x7e][\\x20-\\x40\\x5b-\\x7e]*[\\x21-\\x40\\x5b-\\x7e]$": "must be a lowercase ASCII literal of 2 or more characters (inner spaces allowed)",
  "^[0-9]{12}$": 'must be a 12-digit AWS account id (quote it in YAML: "012345678901")',
  "\\S": "must not be empty",
  "[\\s\\S]": "must not be empty"
};
function describe(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown field "${String(p.additionalProperty)}"`;
    case "required":
      return "is required";
    case "enum":
      return `must be one of ${p.allowedValues.join(", ")}`;
    case "pattern": {
      const key = e.propertyName !== void 0 ? `"${e.propertyName}": ` : "";
      return key + (PATTERN_HINTS[String(p.pattern)] ?? `must match ${String(p.pattern)}`);
    }
    default:
      return e.message ?? "invalid";
  }
}

export {
  withCrc32Base62,
  withFineGrainedChecksum,
  compileRule,
  captureGroups,
  MODULE_NAME,
  SEARCH_PLACES,
  DEFAULT_MAX_FILE_SIZE,
  loadConfig,
  loadBuiltinSpecs,
  buildConfig,
  findRepoRoot,
  parseSize
};
