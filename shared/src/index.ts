export { isValidAgs } from './ags.ts';
