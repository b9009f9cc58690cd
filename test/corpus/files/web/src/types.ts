export interface Credentials { username: string; password: string; apiKey?: string }
export type TokenResponse = { access_token: string; token_type: "Bearer"; expires_in: number };
const passwordPattern = /^(?=.*[A-Z])(?=.*\d).{12,}$/;
