import { defineAsyncComponent, defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * The chart itself, loaded on first use: ECharts is large and never part of the first page. One
 * shared definition, so both charts of the dashboard wait for the same download.
 */
export const LazyChartCanvas = defineAsyncComponent({
  loader: () => import('./ProjectDashboardChartCanvas.vue').then((module) => module.default),
  // Offline or a failed deployment: the table beside it still has every figure.
  errorComponent: defineComponent(() => {
    const { t } = useI18n();
    return () => h('p', { class: 'hint' }, t('projectDashboard.chart.loadFailed'));
  }),
});
