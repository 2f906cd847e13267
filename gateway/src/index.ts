export { issueDevelopmentToken, viewerFromClaims, type TokenRequest } from './auth.js';
export { loadConfig, DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
export { startGateway, type RunningGateway } from './gateway.js';
