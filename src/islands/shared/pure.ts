import { Component, type ComponentChild } from 'preact';

/**
 * A component that re-renders only when `same(previous, next)` says its props changed:
 * the calculators re-render on every keystroke, and most of their 50 inputs and 30 cost
 * lines do not change with it. (preact/compat's `memo` would bring all of compat along.)
 */
export function pure<P extends object>(render: (props: P) => ComponentChild, same: (a: P, b: P) => boolean = shallowSame) {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props as P, next);
    }
    override render(props: P): ComponentChild {
      return render(props);
    }
  };
}

export function shallowSame<P extends object>(a: P, b: P): boolean {
  const ka = Object.keys(a) as (keyof P)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k === 'children' || Object.is(a[k], b[k]));
}
