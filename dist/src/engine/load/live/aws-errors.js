/**
 * An AWS SDK error as one line a user can act on, naming the API action that failed. The SDK's own error names are
 * the contract here (`CredentialsProviderError`, `ExpiredTokenException`, `AccessDenied`, `ValidationError`).
 */
export function describeAwsError(e, action, what) {
    const error = e;
    const name = error.name ?? '';
    const message = oneLine(error.message ?? String(e));
    const code = error.code ?? e.cause?.code ?? '';
    if (name === 'CredentialsProviderError' || /Could not load credentials|Unable to locate credentials/i.test(message)) {
        return 'no AWS credentials found: set them as the SDK reads them (AWS_PROFILE or --profile, AWS_ACCESS_KEY_ID, SSO, a container or instance role)';
    }
    if (/ExpiredToken|TokenRefreshRequired|RequestExpired/i.test(name) || /token .*expired|expired token/i.test(message)) {
        return `the AWS credentials have expired (${action} on ${what}): log in again (aws sso login) or refresh them`;
    }
    if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(name) || error.$metadata?.httpStatusCode === 403) {
        return `access denied: ${action} on ${what} is not allowed for these credentials (${message})`;
    }
    if (name === 'ValidationError' && /does not exist/i.test(message))
        return `no such stack: ${what} (${message})`;
    if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code) ||
        /ECONNREFUSED|ENOTFOUND|getaddrinfo|socket hang up/i.test(message)) {
        return `the CloudFormation endpoint cannot be reached (${action} on ${what}: ${code || message})`;
    }
    if (/Throttl|TooManyRequests|RequestLimitExceeded/i.test(name))
        return `throttled by AWS after the SDK's retries (${action} on ${what})`;
    return `${action} on ${what} failed: ${name ? `${name}: ` : ''}${message}`;
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
//# sourceMappingURL=aws-errors.js.map