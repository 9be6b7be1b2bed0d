/** Semantic version of the public API, sent as the API-Version header (Dutch API Design Rules). */
export const API_VERSION = '1.0.0';
export const API_BASE = '/api/v1';
