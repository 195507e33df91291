import type { StringTable } from '../internal/locale.js';

/**
 * The localized label of each kind; `label="…"` or `slot="label"` replaces it. These labels are
 * also what enhance() recognises as a callout's written label (see `labelVocabulary()`).
 */
export type ProTipStringKey =
  | 'pro-tip.tip'
  | 'pro-tip.insight'
  | 'pro-tip.note'
  | 'pro-tip.important'
  | 'pro-tip.warning'
  | 'pro-tip.caution'
  | 'pro-tip.takeaways';

export const strings: StringTable<ProTipStringKey> = {
  en: {
    'pro-tip.tip': 'Pro Tip',
    'pro-tip.insight': 'Expert Insight',
    'pro-tip.note': 'Note',
    'pro-tip.important': 'Important',
    'pro-tip.warning': 'Warning',
    'pro-tip.caution': 'Caution',
    'pro-tip.takeaways': 'Key Takeaways',
  },
  es: {
    'pro-tip.tip': 'Consejo',
    'pro-tip.insight': 'Opinión experta',
    'pro-tip.note': 'Nota',
    'pro-tip.important': 'Importante',
    'pro-tip.warning': 'Advertencia',
    'pro-tip.caution': 'Precaución',
    'pro-tip.takeaways': 'Puntos clave',
  },
  fr: {
    'pro-tip.tip': 'Astuce',
    'pro-tip.insight': 'Avis d’expert',
    'pro-tip.note': 'Remarque',
    'pro-tip.important': 'Important',
    'pro-tip.warning': 'Avertissement',
    'pro-tip.caution': 'Prudence',
    'pro-tip.takeaways': 'À retenir',
  },
  de: {
    'pro-tip.tip': 'Profi-Tipp',
    'pro-tip.insight': 'Experteneinschätzung',
    'pro-tip.note': 'Hinweis',
    'pro-tip.important': 'Wichtig',
    'pro-tip.warning': 'Warnung',
    'pro-tip.caution': 'Vorsicht',
    'pro-tip.takeaways': 'Das Wichtigste in Kürze',
  },
  pt: {
    'pro-tip.tip': 'Dica',
    'pro-tip.insight': 'Visão de especialista',
    'pro-tip.note': 'Nota',
    'pro-tip.important': 'Importante',
    'pro-tip.warning': 'Aviso',
    'pro-tip.caution': 'Cuidado',
    'pro-tip.takeaways': 'Pontos-chave',
  },
  ja: {
    'pro-tip.tip': 'ヒント',
    'pro-tip.insight': '専門家の見解',
    'pro-tip.note': 'メモ',
    'pro-tip.important': '重要',
    'pro-tip.warning': '警告',
    'pro-tip.caution': '注意',
    'pro-tip.takeaways': '要点',
  },
  zh: {
    'pro-tip.tip': '小贴士',
    'pro-tip.insight': '专家见解',
    'pro-tip.note': '备注',
    'pro-tip.important': '重要',
    'pro-tip.warning': '警告',
    'pro-tip.caution': '注意',
    'pro-tip.takeaways': '要点',
  },
  ar: {
    'pro-tip.tip': 'نصيحة',
    'pro-tip.insight': 'رأي الخبراء',
    'pro-tip.note': 'ملاحظة',
    'pro-tip.important': 'مهم',
    'pro-tip.warning': 'تحذير',
    'pro-tip.caution': 'احذر',
    'pro-tip.takeaways': 'أهم النقاط',
  },
};
