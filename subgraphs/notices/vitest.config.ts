export { default } from '../../scripts/vitest-base.ts';
