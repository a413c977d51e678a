import { describe, expect, it } from "vitest";
import { Event, parseHTML } from "linkedom";
import { makeListenerMapsLazy } from "../src/formats/listener-maps.js";

describe("lazy listener maps", () => {
  it("listeners are added, dispatched, bubbled and removed as before", () => {
    makeListenerMapsLazy();
    const { document } = parseHTML("<html><body><div id=a><p id=b>x</p></div></body></html>");
    const a = document.getElementById("a")!;
    const b = document.getElementById("b")!;
    const log: string[] = [];
    a.addEventListener("ping", () => log.push("a"));
    const onB = () => log.push("b");
    b.addEventListener("ping", onB);
    b.dispatchEvent(new Event("ping", { bubbles: true }));
    b.removeEventListener("ping", onB);
    b.dispatchEvent(new Event("ping", { bubbles: true }));
    b.dispatchEvent(new Event("ping"));
    (b as unknown as { onclick: () => void }).onclick = () => log.push("click");
    (b as unknown as { click(): void }).click();
    expect(log).toEqual(["b", "a", "a", "click"]);
  });
});
