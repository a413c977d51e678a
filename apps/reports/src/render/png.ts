import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/**
 * The fonts every PNG is drawn with, shipped inside the dejavu-fonts-ttf package. System fonts
 * are never loaded: the same SVG gives the same pixels on a laptop, in CI and on a server
 * with no fonts installed. (resvg reads TrueType/OpenType, not WOFF, hence this package.)
 */
export const FONT_FILES: readonly string[] = (() => {
  const dir = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"].map((f) => join(dir, f));
})();

/** Pixels per SVG unit: charts are drawn at twice their size so they stay sharp on slides. */
export const PNG_SCALE = 2;

/** Renders a standalone chart SVG to PNG bytes with the bundled fonts on a white background. */
export function renderPng(svg: string): Uint8Array {
  return new Uint8Array(rasterise(svg).asPng());
}

/** The rendered image (PNG bytes and raw RGBA pixels); `fontFiles` is for tests that take the fonts away. */
export function rasterise(svg: string, fontFiles: readonly string[] = FONT_FILES) {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [...fontFiles],
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
      serifFamily: "DejaVu Sans",
      monospaceFamily: "DejaVu Sans",
    },
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "white",
    logLevel: "off",
  });
  return resvg.render();
}
