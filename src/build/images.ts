/// <reference types="node" />
/**
 * Image sizes known at build time, so every `<img>` gets `width` and `height` and the page does
 * not move when it loads: a local file is measured (its header only, by `image-size`), an
 * Unsplash URL with both `w` and `h` gives them, and nothing is ever fetched.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';

export interface ImageSize {
  width: number;
  height: number;
}

export interface ImageOptions {
  /** Folder that relative image paths are read from (the post's folder). */
  baseDir?: string;
  /** Folder that root-relative paths (`/images/a.png`) are read from: the site's public folder. Default: `baseDir`. */
  publicDir?: string;
  /**
   * Replaces image URLs before anything else, e.g. remote photos by local copies:
   * `{ 'https://images.unsplash.com/photo-1…': 'images/hero.webp' }`, or a function returning the
   * new URL (or undefined to keep it).
   */
  map?: Record<string, string> | ((src: string) => string | undefined);
  /** Sizes for URLs that cannot be measured here (a cache kept next to the posts). */
  sizes?: Record<string, ImageSize>;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** The URL an image is written with, after `map`. */
export function mappedSrc(src: string, options: ImageOptions): string {
  const { map } = options;
  if (!map) return src;
  const mapped = typeof map === 'function' ? map(src) : Object.hasOwn(map, src) ? map[src] : undefined;
  return typeof mapped === 'string' && mapped !== '' ? mapped : src;
}

function positive(value: string | null): number | null {
  if (value === null || !/^\d{1,5}$/.test(value)) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}

/** `w` and `h` of an images.unsplash.com URL (both needed: `fit=max&w=1200` alone says nothing of the height). */
function unsplashSize(src: string): ImageSize | null {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid/');
  } catch {
    return null;
  }
  if (url.hostname !== 'images.unsplash.com' && url.hostname !== 'plus.unsplash.com') return null;
  const width = positive(url.searchParams.get('w'));
  const height = positive(url.searchParams.get('h'));
  return width && height ? { width, height } : null;
}

/** Measures a local file; null when it is missing or not an image. */
function fileSize(src: string, baseDir: string, publicDir: string): ImageSize | null {
  let path: string;
  try {
    const clean = decodeURIComponent(src.replace(/[?#].*$/, ''));
    path = clean.startsWith('file:')
      ? fileURLToPath(clean)
      : isAbsolute(clean)
        ? resolve(publicDir, `.${clean}`)
        : resolve(baseDir, clean);
  } catch {
    return null;
  }
  try {
    const size = imageSize(readFileSync(path));
    const rotated = (size.orientation ?? 1) >= 5;
    const width = rotated ? size.height : size.width;
    const height = rotated ? size.width : size.height;
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

/** The size of the image at `src` (already mapped), or null when the build cannot know it. */
export function sizeOf(src: string, options: ImageOptions): ImageSize | null {
  const known = options.sizes && Object.hasOwn(options.sizes, src) ? options.sizes[src] : undefined;
  if (known && known.width > 0 && known.height > 0) return { width: known.width, height: known.height };
  if (REMOTE.test(src)) return unsplashSize(src);
  if (/^(?:data|blob|https?):/i.test(src)) return null;
  const baseDir = options.baseDir ?? process.cwd();
  return fileSize(src, baseDir, options.publicDir ?? baseDir);
}
