// The catalogue checks for a package's tests (every message used, Chinese in zh, none in en): the
// subgraphs' tests import them from the kit. They live in @arrears-hub/protocol so the gateway,
// which loads no kit, uses the same ones.
export { checkCatalogueTexts, checkCatalogueUsage } from '@arrears-hub/protocol/catalogue-check';
