/// <reference types="vite/client" />
import type { MessageSchema } from './i18n/index.ts';

declare module 'vue-i18n' {
  export interface DefineLocaleMessage extends MessageSchema {}
}
