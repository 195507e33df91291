import type { StringTable } from '../internal/locale.js';

export type Key =
  | 'post-meta.published'
  | 'post-meta.published-relative'
  | 'post-meta.updated'
  | 'post-meta.updated-relative'
  | 'post-meta.author'
  | 'post-meta.trending'
  | 'post-meta.featured'
  | 'post-meta.ai-generated'
  | 'post-meta.ai-assisted'
  | 'post-meta.ai-edited'
  | 'post-meta.ai-generated-plain'
  | 'post-meta.ai-assisted-plain'
  | 'post-meta.ai-edited-plain';

/**
 * `{date}` is a formatted date ("Mar 18, 2025") or, in the `-relative` keys, a phrase from
 * `Intl.RelativeTimeFormat` ("3 days ago"); `{author}` the author's name; `{model}` the tool
 * named in `generated-by`. The `-plain` disclosure keys are used when no tool is named.
 */
export const strings: StringTable<Key> = {
  en: {
    'post-meta.published': 'Published {date}',
    'post-meta.published-relative': 'Published {date}',
    'post-meta.updated': 'Updated {date}',
    'post-meta.updated-relative': 'Updated {date}',
    'post-meta.author': 'By {author}',
    'post-meta.trending': 'Trending',
    'post-meta.featured': 'Featured',
    'post-meta.ai-generated': 'AI-generated with {model}',
    'post-meta.ai-assisted': 'AI-assisted with {model}',
    'post-meta.ai-edited': 'AI-edited with {model}',
    'post-meta.ai-generated-plain': 'AI-generated',
    'post-meta.ai-assisted-plain': 'AI-assisted',
    'post-meta.ai-edited-plain': 'AI-edited',
  },
  es: {
    'post-meta.published': 'Publicado el {date}',
    'post-meta.published-relative': 'Publicado {date}',
    'post-meta.updated': 'Actualizado el {date}',
    'post-meta.updated-relative': 'Actualizado {date}',
    'post-meta.author': 'Por {author}',
    'post-meta.trending': 'Tendencia',
    'post-meta.featured': 'Destacado',
    'post-meta.ai-generated': 'Generado con IA ({model})',
    'post-meta.ai-assisted': 'Escrito con ayuda de IA ({model})',
    'post-meta.ai-edited': 'Editado con IA ({model})',
    'post-meta.ai-generated-plain': 'Generado con IA',
    'post-meta.ai-assisted-plain': 'Escrito con ayuda de IA',
    'post-meta.ai-edited-plain': 'Editado con IA',
  },
  fr: {
    'post-meta.published': 'Publié le {date}',
    'post-meta.published-relative': 'Publié {date}',
    'post-meta.updated': 'Mis à jour le {date}',
    'post-meta.updated-relative': 'Mis à jour {date}',
    'post-meta.author': 'Par {author}',
    'post-meta.trending': 'Tendance',
    'post-meta.featured': 'À la une',
    'post-meta.ai-generated': 'Généré par IA ({model})',
    'post-meta.ai-assisted': 'Rédigé avec l’aide de l’IA ({model})',
    'post-meta.ai-edited': 'Révisé par IA ({model})',
    'post-meta.ai-generated-plain': 'Généré par IA',
    'post-meta.ai-assisted-plain': 'Rédigé avec l’aide de l’IA',
    'post-meta.ai-edited-plain': 'Révisé par IA',
  },
  de: {
    'post-meta.published': 'Veröffentlicht am {date}',
    'post-meta.published-relative': 'Veröffentlicht {date}',
    'post-meta.updated': 'Aktualisiert am {date}',
    'post-meta.updated-relative': 'Aktualisiert {date}',
    'post-meta.author': 'Von {author}',
    'post-meta.trending': 'Im Trend',
    'post-meta.featured': 'Empfohlen',
    'post-meta.ai-generated': 'KI-generiert mit {model}',
    'post-meta.ai-assisted': 'KI-unterstützt mit {model}',
    'post-meta.ai-edited': 'KI-überarbeitet mit {model}',
    'post-meta.ai-generated-plain': 'KI-generiert',
    'post-meta.ai-assisted-plain': 'KI-unterstützt',
    'post-meta.ai-edited-plain': 'KI-überarbeitet',
  },
  pt: {
    'post-meta.published': 'Publicado em {date}',
    'post-meta.published-relative': 'Publicado {date}',
    'post-meta.updated': 'Atualizado em {date}',
    'post-meta.updated-relative': 'Atualizado {date}',
    'post-meta.author': 'Por {author}',
    'post-meta.trending': 'Em alta',
    'post-meta.featured': 'Destaque',
    'post-meta.ai-generated': 'Gerado por IA ({model})',
    'post-meta.ai-assisted': 'Escrito com ajuda de IA ({model})',
    'post-meta.ai-edited': 'Editado por IA ({model})',
    'post-meta.ai-generated-plain': 'Gerado por IA',
    'post-meta.ai-assisted-plain': 'Escrito com ajuda de IA',
    'post-meta.ai-edited-plain': 'Editado por IA',
  },
  ja: {
    'post-meta.published': '{date} 公開',
    'post-meta.published-relative': '{date}に公開',
    'post-meta.updated': '{date} 更新',
    'post-meta.updated-relative': '{date}に更新',
    'post-meta.author': '著者: {author}',
    'post-meta.trending': '話題',
    'post-meta.featured': '注目',
    'post-meta.ai-generated': '{model} による AI 生成',
    'post-meta.ai-assisted': '{model} による AI 支援',
    'post-meta.ai-edited': '{model} による AI 編集',
    'post-meta.ai-generated-plain': 'AI 生成',
    'post-meta.ai-assisted-plain': 'AI 支援',
    'post-meta.ai-edited-plain': 'AI 編集',
  },
  zh: {
    'post-meta.published': '发布于 {date}',
    'post-meta.published-relative': '{date}发布',
    'post-meta.updated': '更新于 {date}',
    'post-meta.updated-relative': '{date}更新',
    'post-meta.author': '作者：{author}',
    'post-meta.trending': '热门',
    'post-meta.featured': '精选',
    'post-meta.ai-generated': '由 {model} AI 生成',
    'post-meta.ai-assisted': '由 {model} AI 辅助',
    'post-meta.ai-edited': '由 {model} AI 编辑',
    'post-meta.ai-generated-plain': 'AI 生成',
    'post-meta.ai-assisted-plain': 'AI 辅助',
    'post-meta.ai-edited-plain': 'AI 编辑',
  },
  ar: {
    'post-meta.published': 'نُشر في {date}',
    'post-meta.published-relative': 'نُشر {date}',
    'post-meta.updated': 'حُدّث في {date}',
    'post-meta.updated-relative': 'حُدّث {date}',
    'post-meta.author': 'بقلم {author}',
    'post-meta.trending': 'رائج',
    'post-meta.featured': 'مميّز',
    'post-meta.ai-generated': 'مُنشأ بالذكاء الاصطناعي ({model})',
    'post-meta.ai-assisted': 'بمساعدة الذكاء الاصطناعي ({model})',
    'post-meta.ai-edited': 'مُحرَّر بالذكاء الاصطناعي ({model})',
    'post-meta.ai-generated-plain': 'مُنشأ بالذكاء الاصطناعي',
    'post-meta.ai-assisted-plain': 'بمساعدة الذكاء الاصطناعي',
    'post-meta.ai-edited-plain': 'مُحرَّر بالذكاء الاصطناعي',
  },
};
