import type { StringTable } from '../internal/locale.js';

export type ShareButtonsKey =
  | 'share-buttons.label'
  | 'share-buttons.share-on'
  | 'share-buttons.email'
  | 'share-buttons.share-email'
  | 'share-buttons.native'
  | 'share-buttons.copy'
  | 'share-buttons.copied'
  | 'share-buttons.copy-failed'
  | 'share-buttons.mastodon-server'
  | 'share-buttons.mastodon-remember'
  | 'share-buttons.mastodon-share'
  | 'share-buttons.mastodon-cancel'
  | 'share-buttons.mastodon-invalid'
  | 'share-buttons.mastodon-change';

/**
 * Every string `<share-buttons>` shows or announces. `{network}` is a proper noun (X, Bluesky,
 * Mastodon, LinkedIn, Facebook) and is never translated; `{instance}` is a server name.
 */
export const strings: StringTable<ShareButtonsKey> = {
  en: {
    'share-buttons.label': 'Share this page',
    'share-buttons.share-on': 'Share on {network}',
    'share-buttons.email': 'Email',
    'share-buttons.share-email': 'Share by email',
    'share-buttons.native': 'Share…',
    'share-buttons.copy': 'Copy link',
    'share-buttons.copied': 'Link copied',
    'share-buttons.copy-failed': 'Could not copy the link',
    'share-buttons.mastodon-server': 'Your Mastodon server',
    'share-buttons.mastodon-remember': 'Remember my server on this device',
    'share-buttons.mastodon-share': 'Share',
    'share-buttons.mastodon-cancel': 'Cancel',
    'share-buttons.mastodon-invalid': 'Enter a server name such as mastodon.social',
    'share-buttons.mastodon-change': 'Change Mastodon server ({instance})',
  },
  es: {
    'share-buttons.label': 'Compartir esta página',
    'share-buttons.share-on': 'Compartir en {network}',
    'share-buttons.email': 'Correo',
    'share-buttons.share-email': 'Compartir por correo electrónico',
    'share-buttons.native': 'Compartir…',
    'share-buttons.copy': 'Copiar enlace',
    'share-buttons.copied': 'Enlace copiado',
    'share-buttons.copy-failed': 'No se pudo copiar el enlace',
    'share-buttons.mastodon-server': 'Tu servidor de Mastodon',
    'share-buttons.mastodon-remember': 'Recordar mi servidor en este dispositivo',
    'share-buttons.mastodon-share': 'Compartir',
    'share-buttons.mastodon-cancel': 'Cancelar',
    'share-buttons.mastodon-invalid': 'Escribe un nombre de servidor como mastodon.social',
    'share-buttons.mastodon-change': 'Cambiar el servidor de Mastodon ({instance})',
  },
  fr: {
    'share-buttons.label': 'Partager cette page',
    'share-buttons.share-on': 'Partager sur {network}',
    'share-buttons.email': 'E-mail',
    'share-buttons.share-email': 'Partager par e-mail',
    'share-buttons.native': 'Partager…',
    'share-buttons.copy': 'Copier le lien',
    'share-buttons.copied': 'Lien copié',
    'share-buttons.copy-failed': 'Impossible de copier le lien',
    'share-buttons.mastodon-server': 'Votre serveur Mastodon',
    'share-buttons.mastodon-remember': 'Mémoriser mon serveur sur cet appareil',
    'share-buttons.mastodon-share': 'Partager',
    'share-buttons.mastodon-cancel': 'Annuler',
    'share-buttons.mastodon-invalid': 'Saisissez un nom de serveur comme mastodon.social',
    'share-buttons.mastodon-change': 'Changer de serveur Mastodon ({instance})',
  },
  de: {
    'share-buttons.label': 'Diese Seite teilen',
    'share-buttons.share-on': 'Auf {network} teilen',
    'share-buttons.email': 'E-Mail',
    'share-buttons.share-email': 'Per E-Mail teilen',
    'share-buttons.native': 'Teilen…',
    'share-buttons.copy': 'Link kopieren',
    'share-buttons.copied': 'Link kopiert',
    'share-buttons.copy-failed': 'Der Link konnte nicht kopiert werden',
    'share-buttons.mastodon-server': 'Dein Mastodon-Server',
    'share-buttons.mastodon-remember': 'Meinen Server auf diesem Gerät merken',
    'share-buttons.mastodon-share': 'Teilen',
    'share-buttons.mastodon-cancel': 'Abbrechen',
    'share-buttons.mastodon-invalid': 'Gib einen Servernamen wie mastodon.social ein',
    'share-buttons.mastodon-change': 'Mastodon-Server ändern ({instance})',
  },
  pt: {
    'share-buttons.label': 'Compartilhar esta página',
    'share-buttons.share-on': 'Compartilhar no {network}',
    'share-buttons.email': 'E-mail',
    'share-buttons.share-email': 'Compartilhar por e-mail',
    'share-buttons.native': 'Compartilhar…',
    'share-buttons.copy': 'Copiar link',
    'share-buttons.copied': 'Link copiado',
    'share-buttons.copy-failed': 'Não foi possível copiar o link',
    'share-buttons.mastodon-server': 'Seu servidor do Mastodon',
    'share-buttons.mastodon-remember': 'Lembrar meu servidor neste dispositivo',
    'share-buttons.mastodon-share': 'Compartilhar',
    'share-buttons.mastodon-cancel': 'Cancelar',
    'share-buttons.mastodon-invalid': 'Digite um nome de servidor como mastodon.social',
    'share-buttons.mastodon-change': 'Trocar o servidor do Mastodon ({instance})',
  },
  ja: {
    'share-buttons.label': 'このページを共有',
    'share-buttons.share-on': '{network}で共有',
    'share-buttons.email': 'メール',
    'share-buttons.share-email': 'メールで共有',
    'share-buttons.native': '共有…',
    'share-buttons.copy': 'リンクをコピー',
    'share-buttons.copied': 'リンクをコピーしました',
    'share-buttons.copy-failed': 'リンクをコピーできませんでした',
    'share-buttons.mastodon-server': 'あなたのMastodonサーバー',
    'share-buttons.mastodon-remember': 'このデバイスにサーバーを記憶する',
    'share-buttons.mastodon-share': '共有',
    'share-buttons.mastodon-cancel': 'キャンセル',
    'share-buttons.mastodon-invalid': 'mastodon.social のようなサーバー名を入力してください',
    'share-buttons.mastodon-change': 'Mastodonサーバーを変更（{instance}）',
  },
  zh: {
    'share-buttons.label': '分享此页面',
    'share-buttons.share-on': '分享到 {network}',
    'share-buttons.email': '电子邮件',
    'share-buttons.share-email': '通过电子邮件分享',
    'share-buttons.native': '分享…',
    'share-buttons.copy': '复制链接',
    'share-buttons.copied': '链接已复制',
    'share-buttons.copy-failed': '无法复制链接',
    'share-buttons.mastodon-server': '你的 Mastodon 服务器',
    'share-buttons.mastodon-remember': '在此设备上记住我的服务器',
    'share-buttons.mastodon-share': '分享',
    'share-buttons.mastodon-cancel': '取消',
    'share-buttons.mastodon-invalid': '请输入服务器名称，例如 mastodon.social',
    'share-buttons.mastodon-change': '更换 Mastodon 服务器（{instance}）',
  },
  ar: {
    'share-buttons.label': 'شارك هذه الصفحة',
    'share-buttons.share-on': 'شارك على {network}',
    'share-buttons.email': 'البريد الإلكتروني',
    'share-buttons.share-email': 'شارك عبر البريد الإلكتروني',
    'share-buttons.native': 'مشاركة…',
    'share-buttons.copy': 'نسخ الرابط',
    'share-buttons.copied': 'تم نسخ الرابط',
    'share-buttons.copy-failed': 'تعذّر نسخ الرابط',
    'share-buttons.mastodon-server': 'خادم Mastodon الخاص بك',
    'share-buttons.mastodon-remember': 'تذكّر خادمي على هذا الجهاز',
    'share-buttons.mastodon-share': 'مشاركة',
    'share-buttons.mastodon-cancel': 'إلغاء',
    'share-buttons.mastodon-invalid': 'أدخل اسم خادم مثل mastodon.social',
    'share-buttons.mastodon-change': 'تغيير خادم Mastodon ‏({instance})',
  },
};
