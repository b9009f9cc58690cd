export function generateRepo(dir: string, options?: { commits?: number; seed?: number; files?: number }): void;
