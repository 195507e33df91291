// Where the browser has scroll-driven animations, the bar fills without any script on scroll.

export function supportsScrollTimelines(): boolean {
  return typeof ScrollTimeline === 'function' && typeof ViewTimeline === 'function';
}

/**
 * Fills `bar` from 0 when the article's top reaches the top of the viewport to 1 when its bottom
 * reaches the bottom: the whole scroll range for the document (`target` null), the `contain`
 * range for an element.
 */
export function animateOnScrollTimeline(bar: HTMLElement, target: Element | null): Animation {
  const timeline = target
    ? new ViewTimeline({ subject: target, axis: 'block' })
    : new ScrollTimeline({ source: document.documentElement, axis: 'block' });
  const options: KeyframeAnimationOptions & { rangeStart?: string; rangeEnd?: string } = {
    timeline,
    fill: 'both',
    easing: 'linear',
  };
  if (target) {
    options.rangeStart = 'contain 0%';
    options.rangeEnd = 'contain 100%';
  }
  bar.style.transform = '';
  return bar.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], options);
}
