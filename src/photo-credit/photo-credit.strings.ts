import type { StringTable } from '../internal/locale.js';

export type PhotoCreditKey =
  | 'photo-credit.photo-by'
  | 'photo-credit.photo-by-author'
  | 'photo-credit.photo-via'
  | 'photo-credit.license'
  | 'photo-credit.zoom'
  | 'photo-credit.zoom-untitled'
  | 'photo-credit.dialog'
  | 'photo-credit.close';

/**
 * Every string `<photo-credit>` shows or announces. `photo-by` is also how credit lines are
 * recognised (in any shipped language), so keep its `{author}` and `{source}` placeholders.
 */
export const strings: StringTable<PhotoCreditKey> = {
  en: {
    'photo-credit.photo-by': 'Photo by {author} on {source}',
    'photo-credit.photo-by-author': 'Photo by {author}',
    'photo-credit.photo-via': 'Photo via {source}',
    'photo-credit.license': 'License: {license}',
    'photo-credit.zoom': 'Enlarge image: {alt}',
    'photo-credit.zoom-untitled': 'Enlarge image',
    'photo-credit.dialog': 'Enlarged image',
    'photo-credit.close': 'Close',
  },
  es: {
    'photo-credit.photo-by': 'Foto de {author} en {source}',
    'photo-credit.photo-by-author': 'Foto de {author}',
    'photo-credit.photo-via': 'Foto vía {source}',
    'photo-credit.license': 'Licencia: {license}',
    'photo-credit.zoom': 'Ampliar imagen: {alt}',
    'photo-credit.zoom-untitled': 'Ampliar imagen',
    'photo-credit.dialog': 'Imagen ampliada',
    'photo-credit.close': 'Cerrar',
  },
  fr: {
    'photo-credit.photo-by': 'Photo de {author} sur {source}',
    'photo-credit.photo-by-author': 'Photo de {author}',
    'photo-credit.photo-via': 'Photo via {source}',
    'photo-credit.license': 'Licence : {license}',
    'photo-credit.zoom': 'Agrandir l’image : {alt}',
    'photo-credit.zoom-untitled': 'Agrandir l’image',
    'photo-credit.dialog': 'Image agrandie',
    'photo-credit.close': 'Fermer',
  },
  de: {
    'photo-credit.photo-by': 'Foto von {author} auf {source}',
    'photo-credit.photo-by-author': 'Foto von {author}',
    'photo-credit.photo-via': 'Foto über {source}',
    'photo-credit.license': 'Lizenz: {license}',
    'photo-credit.zoom': 'Bild vergrößern: {alt}',
    'photo-credit.zoom-untitled': 'Bild vergrößern',
    'photo-credit.dialog': 'Vergrößertes Bild',
    'photo-credit.close': 'Schließen',
  },
  pt: {
    'photo-credit.photo-by': 'Foto de {author} em {source}',
    'photo-credit.photo-by-author': 'Foto de {author}',
    'photo-credit.photo-via': 'Foto via {source}',
    'photo-credit.license': 'Licença: {license}',
    'photo-credit.zoom': 'Ampliar imagem: {alt}',
    'photo-credit.zoom-untitled': 'Ampliar imagem',
    'photo-credit.dialog': 'Imagem ampliada',
    'photo-credit.close': 'Fechar',
  },
  ja: {
    'photo-credit.photo-by': '{source}の{author}が撮影した写真',
    'photo-credit.photo-by-author': '{author}が撮影した写真',
    'photo-credit.photo-via': '写真：{source}',
    'photo-credit.license': 'ライセンス：{license}',
    'photo-credit.zoom': '画像を拡大：{alt}',
    'photo-credit.zoom-untitled': '画像を拡大',
    'photo-credit.dialog': '拡大画像',
    'photo-credit.close': '閉じる',
  },
  zh: {
    'photo-credit.photo-by': '照片作者：{author}，来自 {source}',
    'photo-credit.photo-by-author': '照片作者：{author}',
    'photo-credit.photo-via': '照片来源：{source}',
    'photo-credit.license': '许可：{license}',
    'photo-credit.zoom': '放大图片：{alt}',
    'photo-credit.zoom-untitled': '放大图片',
    'photo-credit.dialog': '放大的图片',
    'photo-credit.close': '关闭',
  },
  ar: {
    'photo-credit.photo-by': 'صورة بواسطة {author} على {source}',
    'photo-credit.photo-by-author': 'صورة بواسطة {author}',
    'photo-credit.photo-via': 'صورة عبر {source}',
    'photo-credit.license': 'الترخيص: {license}',
    'photo-credit.zoom': 'تكبير الصورة: {alt}',
    'photo-credit.zoom-untitled': 'تكبير الصورة',
    'photo-credit.dialog': 'صورة مكبّرة',
    'photo-credit.close': 'إغلاق',
  },
};
