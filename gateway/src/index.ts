export { issueDevelopmentToken, viewerFromClaims, type TokenRequest } from './auth.js';
export { loadConfig, DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
export { startGateway, type RunningGateway } from './gateway.js';
// The id a registered operation is run by (tests import it here: importing src/trusted-documents.ts
// beside this package would declare the gateway's messages twice).
export { documentId } from './trusted-documents.js';
