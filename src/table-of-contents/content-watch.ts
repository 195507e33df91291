// Notices changes to the headings or to the author's list of links, once a burst of them is over.

const WATCH: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['id', 'href', 'hidden'],
};

/** Calls `onChange` 50 ms after the last change in any of the watched subtrees. */
export class ContentWatch {
  private observer: MutationObserver | undefined;
  private timer = 0;

  constructor(private readonly onChange: () => void) {}

  watch(...roots: Node[]): void {
    this.stop();
    this.observer = new MutationObserver(this.onMutation);
    for (const root of roots) this.observer.observe(root, WATCH);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.timer);
  }

  private readonly onMutation = (): void => {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(this.onChange, 50);
  };
}
