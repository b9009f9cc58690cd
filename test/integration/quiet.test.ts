// Quiet on real histories (issue 18), end to end: a repository shaped like a real project
// (a tests/ folder with fixture passwords, docs quoting an RFC example token, Laravel
// validation code, a generated AWS key pair) audited by the real binary. Fixtures are low
// with their context, examples and code are not reported, the AWS pair is critical wherever
// it is, and the exit code follows --fail-on (default medium).
import { describe, expect, it } from 'vitest';
import { fakeKeyId, fakeSecret, makeRepo, randomString, run, runJson, type Repo } from '../helpers.js';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'bcdfghjkmnpqrstvwxz';

const LARAVEL_REQUEST = `<?php

namespace App\\Http\\Requests\\Auth;

use Illuminate\\Validation\\Rules\\Password;

class RegisterRequest extends FormRequest
{
    public function rules(): array
    {
        return [
            'name' => ['required', 'string', 'max:255'],
            'email' => 'required|string|email|max:255|unique:users',
            'password' => 'required|string|min:8|confirmed',
            'current_password' => ['required', 'current_password'],
            'new_password' => ['required', Password::defaults()],
        ];
    }
}
`;

const LARAVEL_CONTROLLER = `<?php

class AuthController extends Controller
{
    public function store(Request $request)
    {
        $request->validate(['email' => 'required|email', 'password' => 'required|confirmed|min:6']);
        $user = User::create(['password' => Hash::make($request->password)]);
    }
}
`;

const LARAVEL_MODEL = `<?php

class User extends Authenticatable
{
    protected function casts(): array
    {
        return ['password' => 'hashed', 'email_verified_at' => 'datetime'];
    }
}
`;

const LARAVEL_CONFIG = `<?php

return [
    'aliases' => [
        'Password'  => 'Illuminate\\Support\\Facades\\Password',
    ],
    'password_timeout' => 10800,
];
`;

const OAUTH_DOC = `# OAuth

The token endpoint answers (RFC 6749, section 5.1):

\`\`\`http
HTTP/1.1 200 OK
Content-Type: application/json

{"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"}
\`\`\`

For a quick try, log in with:

\`\`\`js
const client = new Client({ username: 'tobi', password: 'rapunz3l' });
\`\`\`
`;

const FIXTURE_TEST = `const request = require('supertest');

describe('basic auth', () => {
  it('accepts the user', () => {
    return request(app).get('/').auth('tobi', 'ferret')
      .set('Authorization', 'Basic dG9iaTpmZXJyZXQ=')
      .expect('{"username":"tobi","password":"ferret"}');
  });
});
`;

function project(): { repo: Repo; keyId: string; secret: string } {
  const repo = makeRepo();
  const keyId = fakeKeyId();
  const secret = fakeSecret();
  repo.write('app/Http/Requests/Auth/RegisterRequest.php', LARAVEL_REQUEST);
  repo.write('app/Http/Controllers/AuthController.php', LARAVEL_CONTROLLER);
  repo.write('app/Models/User.php', LARAVEL_MODEL);
  repo.write('config/app.php', LARAVEL_CONFIG);
  repo.write('docs/oauth.md', OAUTH_DOC);
  repo.write('tests/auth.test.js', FIXTURE_TEST);
  repo.write('tests/fixtures/netrc', 'machine api.example.com login ci password Xq7mZ2vLp9rT4n\n');
  repo.commit('project', '2024-01-01T00:00:00Z');
  repo.write('deploy/credentials.ini', `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\n`);
  repo.commit('deploy settings', '2024-01-02T00:00:00Z');
  return { repo, keyId, secret };
}

const summary = (findings: Array<{ file: string | null; ruleId: string; severity: string; context?: string }>) =>
  findings.map((f) => [f.file, f.ruleId, f.severity, f.context ?? null]).sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));

const EXPECTED = [
  ['deploy/credentials.ini', 'aws-access-key-id', 'critical', null],
  ['docs/oauth.md', 'password-assignment', 'low', 'docs'],
  ['tests/auth.test.js', 'http-basic-auth-header', 'low', 'test'],
  ['tests/auth.test.js', 'password-assignment', 'low', 'test'],
];

describe('quiet on a real-shaped project', () => {
  it('history: fixtures low with their context, examples and Laravel code not reported, the AWS pair critical; exit 1', () => {
    const { repo, keyId, secret } = project();
    const { code, report } = runJson(['history', '--no-redact'], { cwd: repo.dir, env: repo.env });
    expect(summary(report.findings as never)).toEqual(EXPECTED);
    const aws = report.findings.find((f) => f.ruleId === 'aws-access-key-id')!;
    expect([aws.secret, aws.related?.[0]?.secret]).toEqual([keyId, secret]);
    expect(report.findings.find((f) => f.file === 'docs/oauth.md')!.secret).toBe('rapunz3l');
    expect(code).toBe(1);
  });

  it('scan: the same severities; without the AWS pair only low findings remain and the exit code is 0 unless --fail-on low', () => {
    const { repo } = project();
    const first = runJson(['scan', '.'], { cwd: repo.dir, env: repo.env });
    expect(summary(first.report.findings as never)).toEqual(EXPECTED);
    expect(first.code).toBe(1);
    repo.git('rm', '-q', 'deploy/credentials.ini');
    const lowOnly = runJson(['scan', '.'], { cwd: repo.dir, env: repo.env });
    expect(lowOnly.report.findings.map((f) => f.severity)).toEqual(['low', 'low', 'low']);
    expect(lowOnly.code).toBe(0);
    expect(runJson(['scan', '.', '--fail-on', 'low'], { cwd: repo.dir, env: repo.env }).code).toBe(1);
    const text = run(['scan', '.', '--no-color'], { cwd: repo.dir, env: repo.env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('context  test: a person-chosen value in a test or fixture file');
    expect(text.stdout).toContain('context  docs: a person-chosen value in documentation');
    expect(text.stdout).toContain('Nothing here reaches --fail-on medium: reported, not failing the run');
    expect(text.stdout).not.toContain('Remove the secrets from these files');
  });

  it('the pre-commit hook lets Laravel validation code and an RFC example through, and blocks a real password in app code', () => {
    const repo = makeRepo();
    repo.write('README.md', 'app\n');
    repo.commit('init');
    repo.write('app/Http/Requests/Auth/RegisterRequest.php', LARAVEL_REQUEST);
    repo.write('app/Http/Controllers/AuthController.php', LARAVEL_CONTROLLER);
    repo.write('docs/oauth.md', OAUTH_DOC.replace(/const client.*\n/, ''));
    repo.git('add', '-A');
    const clean = run(['staged', '--quiet'], { cwd: repo.dir, env: repo.env });
    expect([clean.code, clean.stdout]).toEqual([0, '']);
    // generated: capitals, small letters and the digits 8 and 2 (no letter look-alike) mixed, as a generator makes them
    const real = `${randomString(UPPER, 2)}8${randomString(LOWER, 3)}2${randomString(UPPER + LOWER, 4)}9${randomString(LOWER, 2)}`;
    repo.write('config/database.php', `<?php\nreturn ['mysql' => ['password' => '${real}']];\n`);
    repo.git('add', '-A');
    const blocked = runJson(['staged'], { cwd: repo.dir, env: repo.env });
    expect(blocked.code).toBe(1);
    expect(summary(blocked.report.findings as never)).toEqual([['config/database.php', 'password-assignment', 'medium', null]]);
  });
});
