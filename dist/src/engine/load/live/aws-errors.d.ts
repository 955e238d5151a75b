/**
 * An AWS SDK error as one line a user can act on, naming the API action that failed. The SDK's own error names are
 * the contract here (`CredentialsProviderError`, `ExpiredTokenException`, `AccessDenied`, `ValidationError`).
 */
export declare function describeAwsError(e: unknown, action: string, what: string): string;
