// The reader's own share sheet (`navigator.share`): what it is given and whether it is there.

/** What the share sheet gets: the page title, the share text when it says something else, and the address. */
export function shareData(url: string, text: string): ShareData {
  const data: ShareData = { url };
  const title = document.title.trim();
  if (title) data.title = title;
  if (text && text !== title) data.text = text;
  return data;
}

/** Whether the browser offers a share sheet that takes this address and text. */
export function canShareNatively(url: string, text: string): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function') return false;
  try {
    return navigator.canShare?.(shareData(url, text)) !== false;
  } catch {
    return false;
  }
}

/** Opens the share sheet; false when it failed, true when it shared or the reader dismissed it. */
export async function shareNatively(url: string, text: string): Promise<boolean> {
  try {
    await navigator.share(shareData(url, text));
    return true;
  } catch (error) {
    return (error as DOMException | undefined)?.name === 'AbortError';
  }
}
