// The renderer's Content Security Policy, sent as a header by both hosts (app:// in Electron, the HTTP
// bridge in browser mode) and repeated as a meta tag in renderer/index.html (a test keeps them equal).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
