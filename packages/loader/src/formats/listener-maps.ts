import { EventTarget } from "linkedom";

/**
 * linkedom gives every node it builds (each element, attribute and text) an entry of its own, an empty
 * Map, in one private WeakMap of event listeners. On a saved page that was half of the parse and much of
 * the garbage collector's work (a WeakMap's entries are costly to collect), and the reader never listens
 * for events. This makes that WeakMap hold a node's Map from the first time it is asked for instead:
 * adding, removing and dispatching listeners behave as before.
 *
 * The WeakMap is found by watching the one `set` a new EventTarget makes; if linkedom stops making it,
 * nothing is changed.
 */
export function makeListenerMapsLazy(): void {
  const { set, get } = WeakMap.prototype;
  let listeners: WeakMap<object, Map<unknown, unknown>> | null = null;
  WeakMap.prototype.set = function (this: WeakMap<object, unknown>, key: object, value: unknown) {
    listeners ??= this as WeakMap<object, Map<unknown, unknown>>;
    return set.call(this, key, value);
  };
  try {
    new EventTarget();
  } finally {
    WeakMap.prototype.set = set;
  }
  if (!listeners) return;
  const own = listeners;
  // Only the constructor sets: its fresh empty Map is made when first asked for instead.
  Object.defineProperty(own, "set", { value: () => own });
  Object.defineProperty(own, "get", {
    value: (key: object) => {
      let map = get.call(own, key) as Map<unknown, unknown> | undefined;
      if (map === undefined) set.call(own, key, (map = new Map()));
      return map;
    },
  });
}
