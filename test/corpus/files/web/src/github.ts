import { Octokit } from '@octokit/rest';

const token = "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";
const octokit = new Octokit({ auth: `token ${process.env.GITHUB_TOKEN}` });
export const OPENAI_KEY = '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';
const npmToken: string = "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";
export async function repos(org: string) {
  return octokit.repos.listForOrg({ org });
}
