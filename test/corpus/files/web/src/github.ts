import { Octokit } from '@octokit/rest';

const token = "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";
const octokit = new Octokit({ auth: `token ${process.env.GITHUB_TOKEN}` });
export const OPENAI_KEY = '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';
const npmToken: string = "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";
export async function repos(org: string) {
  return octokit.repos.listForOrg({ org });
}
