import { createApp } from 'vue';
import App from './App.vue';
import { onUnauthenticated } from './composables/useGraphql.ts';
import { syncDocumentLanguage } from './composables/useLocale.ts';
import { useSession } from './composables/useSession.ts';
import { createAppI18n, loadLocaleMessages } from './i18n/index.ts';
import { createAppRouter } from './router/index.ts';
import './styles/main.css';

const i18n = createAppI18n();
syncDocumentLanguage(i18n.global.locale.value);

const session = useSession();
const router = createAppRouter(session);

// A session that ends while a page is open (expired, signed out elsewhere) leads back to the login.
onUnauthenticated(() => {
  const current = router.currentRoute.value;
  if (!current.meta.public) {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } });
  }
});

// A remembered non-default language is fetched before the first render, so nothing flickers.
void loadLocaleMessages(i18n.global, i18n.global.locale.value).finally(() => {
  createApp(App).use(i18n).use(router).mount('#app');
});
